package org.corroborate.ledger;

import java.time.Instant;
import java.util.List;
import org.corroborate.model.Stance;

/**
 * One claim: what one claimant (or the principal it speaks for) says, as carried by one or more
 * statements in one or more articles.
 *
 * @param text               the representative content (the statement most like the others)
 * @param statements         every statement that carries it, earliest article first
 * @param outlets            the outlets that report it, by name
 * @param independentOutlets outlets counted once per independent source: syndicated copies, the same
 *                           outlet twice, near-identical statement text, and an outlet that says it
 *                           relays another outlet's report count as one
 * @param sourceGroups       the outlets grouped by independence (one group per independent source)
 * @param channels           the channels it came through ("Telegram", "RIA Novosti", "TASS")
 * @param statusReason       a sentence saying why the status applies
 * @param firstSeen          earliest publication time among its articles, null when none is known
 * @param contestedBy        ids of the claims that deny or contradict it
 * @param contests           ids of the claims this one denies or contradicts
 * @param relations          this claim's relations to claims of other claimants (denies, confirms,
 *                           contradicts), each with its evidence; the claim at the other end holds none
 *                           for the same pair (read both directions from {@code contestedBy}/{@code contests}
 *                           and {@link #relations} of the other claims)
 * @param rank               1 for the claim that matters most in its event
 * @param background         the outlets' own background or scene-setting (author voice, carried by one
 *                           outlet, not contested and not about the event's main actors): shown apart
 */
public record LedgerClaim(String id, ClaimantRef claimant, Stance stance, String text,
    List<Evidence> statements, List<String> outlets, int independentOutlets, List<List<String>> sourceGroups,
    List<String> channels, ClaimStatus status, String statusReason, Instant firstSeen,
    List<String> contestedBy, List<String> contests, List<Relation> relations, int rank, boolean background) {
  public LedgerClaim {
    statements = List.copyOf(statements);
    outlets = List.copyOf(outlets);
    sourceGroups = sourceGroups.stream().map(List::copyOf).toList();
    channels = List.copyOf(channels);
    contestedBy = List.copyOf(contestedBy);
    contests = List.copyOf(contests);
    relations = List.copyOf(relations);
  }

  /**
   * Who stands behind a claim.
   *
   * @param kind          "named", "unnamed" (it was reported, unconfirmed reports) or "author" (the outlets'
   *                      own voice; the name is then the outlets' names joined with "; ")
   * @param name          the claimant as the ledger shows it: the principal when the speakers speak for one
   *                      ("the Kremlin" for its spokesman), else the speaker
   * @param entityId      the ledger entity, or null when the claimant resolves to none
   * @param speakers      the speakers as written in the articles, when they differ from {@code name}
   *                      ("Dmitry Peskov" for the Kremlin); empty otherwise
   */
  public record ClaimantRef(String kind, String name, String entityId, List<String> speakers) {
    public ClaimantRef {
      speakers = List.copyOf(speakers);
    }

    public ClaimantRef(String kind, String name, String entityId) {
      this(kind, name, entityId, List.of());
    }
  }

  /**
   * A relation from this claim to another claim of another claimant.
   *
   * @param type     "denies" (this claim denies the other), "confirms" (this claim confirms it),
   *                 "contradicts" (they cannot both be true: different numbers, dates or places for
   *                 one thing)
   * @param claim    the other claim's id
   * @param reason   one sentence for a person: why the two are related
   * @param evidence the two statements that show it, this claim's first: article id + "#" + statement id
   */
  public record Relation(String type, String claim, String reason, List<String> evidence) {
    public Relation {
      if (!type.equals("denies") && !type.equals("confirms") && !type.equals("contradicts")) {
        throw new IllegalArgumentException("relation type must be denies, confirms or contradicts, was " + type);
      }
      evidence = List.copyOf(evidence);
    }
  }
}
