package org.corroborate.ledger;

import java.time.Instant;
import java.util.List;
import org.corroborate.model.Stance;

/**
 * One claim: what one claimant says, as carried by one or more statements in one or more articles.
 *
 * @param text               the representative content (the statement most like the others)
 * @param statements         every statement that carries it, earliest article first
 * @param outlets            the outlets that report it, by name
 * @param independentOutlets outlets counted once per independent source: syndicated copies, the same
 *                           outlet twice and near-identical statement text count as one
 * @param sourceGroups       the outlets grouped by independence (one group per independent source)
 * @param channels           the channels it came through ("Telegram", "RIA Novosti", "TASS")
 * @param statusReason       a sentence saying why the status applies
 * @param firstSeen          earliest publication time among its articles, null when none is known
 * @param contestedBy        ids of the claims that deny or contradict it
 * @param contests           ids of the claims this one denies or contradicts
 */
public record LedgerClaim(String id, ClaimantRef claimant, Stance stance, String text,
    List<Evidence> statements, List<String> outlets, int independentOutlets, List<List<String>> sourceGroups,
    List<String> channels, ClaimStatus status, String statusReason, Instant firstSeen,
    List<String> contestedBy, List<String> contests) {
  public LedgerClaim {
    statements = List.copyOf(statements);
    outlets = List.copyOf(outlets);
    sourceGroups = sourceGroups.stream().map(List::copyOf).toList();
    channels = List.copyOf(channels);
    contestedBy = List.copyOf(contestedBy);
    contests = List.copyOf(contests);
  }

  /**
   * Who stands behind a claim.
   *
   * @param kind     "named", "unnamed" (it was reported, unconfirmed reports) or "author" (the outlets'
   *                 own voice; the name is then the outlets' names joined with "; ")
   * @param entityId the ledger entity, or null when the claimant resolves to none
   */
  public record ClaimantRef(String kind, String name, String entityId) {}
}
