package org.corroborate.ledger;

import org.corroborate.claims.ClaimGrouper;
import org.corroborate.claims.ClaimMatching;

/**
 * The tunable thresholds of the ledger, with documented defaults ({@link #defaults()}). Every value is
 * checked when set: a bad value fails with a message naming it.
 *
 * @param claimThreshold   similarity from which two statements of one claimant are one claim (0.5)
 * @param contestThreshold similarity from which a denial (with the denier's own name added to its
 *                         words, for "X denied being behind it") contests a claim (0.35); the denial's
 *                         words must also be half covered by the claim (weighted by rarity in the event)
 * @param caveatCoverage   share of a caveat's words ("any capture of territory had not been
 *                         independently confirmed") a claim in the same article must cover, with at
 *                         least two words, to be marked unconfirmed by it (0.5)
 * @param nearIdentical    word-trigram Jaccard of the outlets' own wording around two statements
 *                         (their sentences, less the quoted words of a direct quote) from which they
 *                         are one wire text, counted once (0.8)
 * @param framingActors    how many main actors the framing table shows per event (12)
 * @param matching         the other thresholds of claim grouping ({@link ClaimMatching#defaults()}); its
 *                         own threshold is replaced by {@code claimThreshold}
 */
public record LedgerConfig(double claimThreshold, double contestThreshold, double caveatCoverage,
    double nearIdentical, int framingActors, ClaimMatching matching) {
  public LedgerConfig(double claimThreshold, double contestThreshold, double caveatCoverage, double nearIdentical,
      int framingActors) {
    this(claimThreshold, contestThreshold, caveatCoverage, nearIdentical, framingActors, ClaimMatching.defaults());
  }

  public LedgerConfig {
    java.util.Objects.requireNonNull(matching, "matching");
    unit("claimThreshold", claimThreshold);
    unit("contestThreshold", contestThreshold);
    unit("caveatCoverage", caveatCoverage);
    unit("nearIdentical", nearIdentical);
    matching = matching.withThreshold(claimThreshold);
    if (framingActors < 0) {
      throw new IllegalArgumentException("framingActors must be >= 0, was " + framingActors);
    }
  }

  public static LedgerConfig defaults() {
    return new LedgerConfig(ClaimGrouper.DEFAULT_THRESHOLD, 0.35, 0.5, 0.8, 12);
  }

  private static void unit(String name, double v) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], was " + v);
    }
  }
}
