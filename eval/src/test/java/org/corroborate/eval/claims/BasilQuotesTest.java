package org.corroborate.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.corroborate.eval.claims.SystemClaim.Said;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/** Quotation runs found in fictional texts, and their outcome against a hand-made ledger. */
class BasilQuotesTest {
  private static BasilQuotes.Doc doc(String outlet, int year, String text) {
    Outlet o = new Outlet(outlet, null);
    Article a = Article.of(o, "t", null, null, "en", List.of(text.split("\n\n")), null,
        new SourceRef("basil", year + "/" + outlet + ".json", null, null, o, null));
    return new BasilQuotes.Doc(year + "/" + outlet + ".json", "trip-1", year, a);
  }

  @Test
  void quotationsAreReadWithinAParagraphWithEitherKindOfMark() {
    List<List<String>> q = BasilQuotes.quotes("He said \u201CWe will not raise the toll this year,\u201D and left.\n\n"
        + "\"It's a fair deal\" she said. An \"unclosed quotation");
    assertEquals(List.of(List.of("we", "will", "not", "raise", "the", "toll", "this", "year"),
        List.of("it's", "a", "fair", "deal")), q);
  }

  @Test
  void commonRunsAreMaximalSixWordsOrMoreAndNotCountedInsideALongerOne() {
    List<List<String>> a = List.of(BasilQuotes.words("We will not raise the toll this year, whatever the council says"),
        BasilQuotes.words("a short one here"));
    List<List<String>> b = List.of(BasilQuotes.words("we will NOT raise the toll this year"),
        BasilQuotes.words("not raise the toll this year"),
        BasilQuotes.words("whatever the council says"));
    assertEquals(List.of("we will not raise the toll this year"), BasilQuotes.commonRuns(a, b));
    // five words in common is not enough
    assertEquals(List.of(), BasilQuotes.commonRuns(List.of(BasilQuotes.words("one two three four five six")),
        List.of(BasilQuotes.words("two three four five six seven"))));
    assertEquals(List.of(), BasilQuotes.commonRuns(List.of(BasilQuotes.words("one two three four five")),
        List.of(BasilQuotes.words("one two three four five"))));
  }

  private static Said said(BasilQuotes.Doc d, String content, String who) {
    int at = d.article().text().indexOf(content);
    assertTrue(at >= 0, content);
    return new Said(d.article().id(), d.article().outlet().name(), new Span(at, at + content.length()), content, who, "assert");
  }

  @Test
  void foundInBothAndOneClaimAreTalliedPerSplit() {
    BasilQuotes.Doc a = doc("nyt", 2011, "The mayor said, \u201CWe will not raise the toll this year.\u201D "
        + "He added: \"The bridge is safe for every kind of traffic.\"");
    BasilQuotes.Doc b = doc("fox", 2011, "\"We will not raise the toll this year,\" the mayor said. "
        + "Critics quoted him: \u201CThe bridge is safe for every kind of traffic\u201D.");
    List<BasilQuotes.Run> runs = BasilQuotes.runs(List.of(a, b));
    assertEquals(2, runs.size(), runs.toString());
    List<SystemClaim> system = List.of(
        new SystemClaim("C1", "trip-1", "mayor", "assert", "", 2,
            List.of(said(a, "We will not raise the toll this year.", "The mayor"), said(b, "We will not raise the toll this year,", "the mayor")), Set.of()),
        new SystemClaim("C2", "trip-1", "mayor", "assert", "", 1,
            List.of(said(a, "The bridge is safe for every kind of traffic.", "He")), Set.of()),
        new SystemClaim("C3", "trip-1", "Critics", "claim", "", 1,
            List.of(said(b, "The bridge is safe for every kind of traffic", "Critics")), Set.of()));
    List<BasilQuotes.Outcome> out = BasilQuotes.score(runs, system);
    assertTrue(out.get(0).found() && out.get(0).oneClaim());
    assertTrue(out.get(1).found());
    assertFalse(out.get(1).oneClaim());
    assertTrue(BasilQuotes.describeMiss(out.get(1)).contains("split: nyt C2 [He / assert"), BasilQuotes.describeMiss(out.get(1)));
    BasilQuotes.Tally t = BasilQuotes.tally("dev", out, y -> !BasilQuotes.heldOut(y));
    assertEquals(2, t.runs());
    assertEquals(2, t.found());
    assertEquals(1, t.oneClaim());
    assertEquals(0.5, t.oneClaimOfFound(), 1e-9);
    assertEquals(0, BasilQuotes.tally("held", out, BasilQuotes::heldOut).runs());
    // Without the statement in b, the first run is no longer found in both.
    List<BasilQuotes.Outcome> less = BasilQuotes.score(runs, List.of(new SystemClaim("C1", "t", "", "", "", 1,
        List.of(said(a, "We will not raise the toll this year.", "The mayor")), Set.of())));
    assertFalse(less.get(0).found());
    assertTrue(BasilQuotes.describeMiss(less.get(0)).contains("not found as a statement in fox"), BasilQuotes.describeMiss(less.get(0)));
  }

  @Test
  void articlesOfOneOutletAreNotPaired() {
    BasilQuotes.Doc a = doc("nyt", 2013, "\"We will not raise the toll this year\" he said.");
    BasilQuotes.Doc b = doc("nyt", 2013, "\"We will not raise the toll this year\" he said again.");
    assertEquals(0, BasilQuotes.runs(List.of(a, b)).size());
  }
}
