package org.corroborate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

class ClaimRankingTest {
  private static LedgerClaim claim(String id, String kind, String entity, int independent, ClaimStatus status) {
    Evidence e = new Evidence("a" + id, "Outlet " + id, "S1", 0, new Span(0, 10), "text " + id, new Span(0, 4), "text",
        null, null, null, null, null, Stance.ASSERT, false, List.of());
    return new LedgerClaim(id, new LedgerClaim.ClaimantRef(kind, "who " + id, entity), Stance.ASSERT, "text " + id,
        List.of(e), List.of("Outlet " + id), independent, List.of(List.of("Outlet " + id)), List.of(), status,
        "why", null, List.of(), List.of(), List.of(), 0, false);
  }

  private static LedgerClaim about(String id, String entity, String article, String text) {
    return about(id, entity, article, text, text);
  }

  private static LedgerClaim about(String id, String entity, String article, String text, String statementText) {
    Evidence e = new Evidence(article, "Outlet " + id, "S1", 0, new Span(0, 60), statementText,
        new Span(0, statementText.length()), statementText,
        null, null, null, null, null, Stance.ASSERT, false, List.of());
    return new LedgerClaim(id, new LedgerClaim.ClaimantRef("named", "who " + id, entity), Stance.ASSERT, text,
        List.of(e), List.of("Outlet " + id), 1, List.of(List.of("Outlet " + id)), List.of(), ClaimStatus.SINGLE_SOURCE,
        "why", null, List.of(), List.of(), List.of(), 0, false);
  }

  @Test
  void countsFoundInTheTextContradictTheClaimsAboutThemOnly() {
    LedgerClaim eight = about("ev.C1", "E1", "a", "eight people were wounded in Marrow");
    LedgerClaim nine = about("ev.C2", "E2", "b", "nine people were wounded in Marrow");
    LedgerClaim talks = about("ev.C3", "E3", "c", "the ceasefire talks will go on",
        "the ceasefire talks will go on; nine people were wounded, he added");
    LedgerClaim same = about("ev.C4", "E4", "d", "eight people were wounded in Marrow on Monday");
    Disagreement counts = new Disagreement("number", "people wounded", "Different numbers of people wounded: 8, 9",
        List.of(new Disagreement.Item("a", "A", "8", "", new Span(0, 5)), new Disagreement.Item("b", "B", "9", "", new Span(0, 4)),
            new Disagreement.Item("c", "C", "9", "", new Span(22, 26)), new Disagreement.Item("d", "D", "8", "", new Span(0, 5))),
        List.of());
    List<LedgerClaim> c = ClaimRanking.rank("ev", List.of(eight, nine, talks, same), List.of(counts), Map.of()).claims();
    Map<String, LedgerClaim> byText = new java.util.HashMap<>();
    c.forEach(x -> byText.put(x.text(), x));
    assertEquals(ClaimStatus.CONTESTED, byText.get(eight.text()).status());
    assertEquals(ClaimStatus.CONTESTED, byText.get(same.text()).status());
    assertEquals(ClaimStatus.SINGLE_SOURCE, byText.get(talks.text()).status(), "wounded is not what the talks claim is about");
    assertTrue(byText.get(nine.text()).relations().stream().allMatch(r -> r.type().equals("contradicts")));
    assertEquals(2, byText.get(nine.text()).contests().size() + byText.get(nine.text()).contestedBy().size(),
        "nine against both eights, not against the other nine");
  }

  @Test
  void conflictingNumbersContradictAndBackgroundGoesLast() {
    LedgerClaim background = claim("ev.C1", "author", null, 1, ClaimStatus.SINGLE_SOURCE);
    LedgerClaim eight = claim("ev.C2", "named", "E1", 1, ClaimStatus.SINGLE_SOURCE);
    LedgerClaim nine = claim("ev.C3", "named", "E2", 1, ClaimStatus.SINGLE_SOURCE);
    LedgerClaim corroborated = claim("ev.C4", "named", "E3", 3, ClaimStatus.CORROBORATED);
    Disagreement numbers = new Disagreement("number", "people wounded", "Different numbers of people wounded: 8, 9",
        List.of(), List.of("ev.C2", "ev.C3"));
    ClaimRanking.Ranked r = ClaimRanking.rank("ev", List.of(background, eight, nine, corroborated), List.of(numbers),
        Map.of("E1", 3, "E2", 1, "E3", 2));
    List<LedgerClaim> c = r.claims();
    assertEquals(List.of("who ev.C2", "who ev.C3", "who ev.C4", "who ev.C1"), c.stream().map(x -> x.claimant().name()).toList());
    assertEquals(List.of("ev.C1", "ev.C2", "ev.C3", "ev.C4"), c.stream().map(LedgerClaim::id).toList());
    assertEquals(List.of(1, 2, 3, 4), c.stream().map(LedgerClaim::rank).toList());
    assertEquals(ClaimStatus.CONTESTED, c.get(0).status());
    assertEquals(ClaimStatus.CONTESTED, c.get(1).status());
    LedgerClaim.Relation rel = c.get(1).relations().get(0);
    assertEquals("contradicts", rel.type());
    assertEquals("ev.C1", rel.claim(), "renumbered with the ranking");
    assertEquals(List.of("ev.C2"), c.get(0).contestedBy());
    assertTrue(c.get(3).background());
    assertFalse(c.get(2).background());
    assertEquals(List.of("ev.C1", "ev.C2"), r.disagreements().get(0).claims());
  }
}
