package org.corroborate.eval.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.ledger.Evidence;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerClaim;
import org.corroborate.ledger.LedgerEvent;
import org.corroborate.model.Span;

/**
 * A claim of the ledger as the scorers see it: its statements (article and content span), its
 * independent-outlet count and the claims it contests or is contested by. Kept apart from {@link
 * LedgerClaim} so the scorers and their tests do not depend on the ledger's other fields.
 *
 * @param contests the ids of the claims it denies or contradicts and of those that deny or contradict it
 */
public record SystemClaim(String id, String eventId, String claimant, String stance, String text,
    int independentOutlets, List<Said> statements, Set<String> contests) {
  public SystemClaim {
    statements = List.copyOf(statements);
    contests = Set.copyOf(contests);
  }

  /** One statement of a claim: where its content lies, who said it as written, and how. */
  public record Said(String articleId, String outlet, Span content, String contentText, String claimant, String stance) {}

  /** Every claim of every event of a ledger. */
  public static List<SystemClaim> of(Ledger ledger) {
    List<SystemClaim> out = new ArrayList<>();
    for (LedgerEvent e : ledger.events()) {
      for (LedgerClaim c : e.claims()) {
        List<Said> said = new ArrayList<>();
        for (Evidence ev : c.statements()) {
          said.add(new Said(ev.articleId(), ev.outlet(), ev.content(), ev.contentText(), ev.claimantText(),
              ev.stance() == null ? "" : ev.stance().name().toLowerCase(java.util.Locale.ROOT)));
        }
        Set<String> links = new LinkedHashSet<>(c.contests());
        links.addAll(c.contestedBy());
        out.add(new SystemClaim(c.id(), e.id(), c.claimant() == null ? "" : c.claimant().name(),
            c.stance() == null ? "" : c.stance().name().toLowerCase(java.util.Locale.ROOT), c.text(),
            c.independentOutlets(), said, links));
      }
    }
    return out;
  }
}
