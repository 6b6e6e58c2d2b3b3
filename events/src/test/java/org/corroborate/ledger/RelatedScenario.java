package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Scenario}'s ledger with the claim fields a reader of the report needs filled in by hand, so the
 * outputs can be tested apart from how the ledger builder finds them: the ministry's denial
 * <em>denies</em> the brigade's capture claim; the governor's nine injured <em>contradicts</em> her
 * eight wounded (a reason with hostile markup); the spokesman's claim stands under his principal, the
 * president's office, with hostile speakers (markup, a spreadsheet formula); the placard sentence is
 * background, ranked last. Claims are found by their words, not by their ids.
 */
public final class RelatedScenario {
  private RelatedScenario() {}

  public static final String PRINCIPAL = "Office of the President";
  public static final String FORMULA_SPEAKER = "=HYPERLINK(\"http://evil.example\",\"x\")";
  public static final String HOSTILE_SPEAKER = "Piet Varga <script>window.__pwned=4</script>";
  public static final String HOSTILE_REASON = "eight wounded against nine injured <script>window.__pwned=3</script>";

  public static Ledger ledger() {
    Ledger base = Scenario.ledger();
    LedgerEvent e = base.events().get(0);
    List<LedgerClaim> claims = e.claims();
    LedgerClaim capture = find(claims, "they had captured the village");
    LedgerClaim denial = find(claims, "rebels had captured the village");
    LedgerClaim eight = find(claims, "eight people were wounded");
    LedgerClaim nine = find(claims, "nine people were injured");
    LedgerClaim informed = find(claims, "had been informed of the raid");
    LedgerClaim placard = find(claims, "A placard in Marrow");
    List<LedgerClaim> out = new ArrayList<>();
    for (LedgerClaim c : claims) {
      if (c == placard) {
        continue;
      }
      LedgerClaim.ClaimantRef who = c.claimant();
      List<LedgerClaim.Relation> relations = List.of();
      if (c == denial) {
        relations = List.of(new LedgerClaim.Relation("denies", capture.id(),
            "The Interior Ministry denies the capture the brigade claims.", List.of(ref(denial), ref(capture))));
      } else if (c == nine) {
        relations = List.of(new LedgerClaim.Relation("contradicts", eight.id(), HOSTILE_REASON,
            List.of(ref(nine), ref(eight))));
      } else if (c == informed) {
        who = new LedgerClaim.ClaimantRef(who.kind(), PRINCIPAL, who.entityId(), List.of(FORMULA_SPEAKER, HOSTILE_SPEAKER));
      }
      out.add(with(c, who, relations, out.size() + 1, false));
    }
    out.add(with(placard, placard.claimant(), List.of(), out.size() + 1, true));
    return withClaims(base, out);
  }

  /** The ledger with its first event's claims replaced (everything else as it was). */
  public static Ledger withClaims(Ledger base, List<LedgerClaim> claims) {
    LedgerEvent e = base.events().get(0);
    LedgerEvent changed = new LedgerEvent(e.id(), e.title(), e.articles(), e.start(), e.end(), e.places(), e.actors(),
        claims, e.disagreements(), e.framing());
    List<LedgerEvent> events = new ArrayList<>(base.events());
    events.set(0, changed);
    return new Ledger(base.schemaVersion(), base.articles(), base.entities(), events, base.problems());
  }

  /** A copy of a claim with another id, claimant, relations, rank and background flag. */
  public static LedgerClaim with(LedgerClaim c, String id, LedgerClaim.ClaimantRef who, List<LedgerClaim.Relation> relations,
      int rank, boolean background) {
    return new LedgerClaim(id, who, c.stance(), c.text(), c.statements(), c.outlets(), c.independentOutlets(),
        c.sourceGroups(), c.channels(), c.status(), c.statusReason(), c.firstSeen(), c.contestedBy(), c.contests(),
        relations, rank, background);
  }

  public static LedgerClaim with(LedgerClaim c, LedgerClaim.ClaimantRef who, List<LedgerClaim.Relation> relations,
      int rank, boolean background) {
    return with(c, c.id(), who, relations, rank, background);
  }

  public static LedgerClaim find(List<LedgerClaim> claims, String words) {
    return claims.stream().filter(c -> c.text().contains(words)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no claim with: " + words));
  }

  /** The reference relation evidence uses: article id, '#', statement id. */
  public static String ref(LedgerClaim c) {
    Evidence s = c.statements().get(0);
    return s.articleId() + "#" + s.statementId();
  }
}
