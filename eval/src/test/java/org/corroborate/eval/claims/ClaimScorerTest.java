package org.corroborate.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.eval.claims.ClaimGold.Claim;
import org.corroborate.eval.claims.ClaimGold.Mention;
import org.corroborate.eval.claims.ClaimGold.Relation;
import org.corroborate.eval.claims.SystemClaim.Said;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/** The claim scorer's figures on a tiny fictional gold and a hand-made ledger, worked out by hand. */
class ClaimScorerTest {
  private static Article article(String file, String outlet, String text) {
    Outlet o = new Outlet(outlet, null);
    return Article.of(o, "t", null, null, "en", List.of(text), null, new SourceRef("text", "in/" + file, null, null, o, null));
  }

  private static final Article A1 = article("a1.txt", "Lakeside Herald",
      "The mayor said the dam had burst at dawn. The council said the repair would cost 4 million.");
  private static final Article A2 = article("a2.txt", "Hill Courier",
      "According to the mayor, the dam burst at dawn. Residents said the water was knee-deep.");
  private static final Article A3 = article("a3.txt", "Plains Post",
      "The council said the repair would cost four million. The engineers' union denied that the dam had burst.");

  private static final ClaimGold GOLD = new ClaimGold("in", Map.of("X", "dam"), List.of(
      new Claim("G1", "X", "mayor", "assert", List.of(new Mention("a1.txt", "the dam had burst at dawn"),
          new Mention("a2.txt", "the dam burst at dawn")), 2, List.of()),
      new Claim("G2", "X", "council", "assert", List.of(new Mention("a1.txt", "the repair would cost 4 million"),
          new Mention("a3.txt", "the repair would cost four million")), 2, List.of()),
      new Claim("G3", "X", "union", "deny", List.of(new Mention("a3.txt", "that the dam had burst")), 1,
          List.of(new Relation("denies", "G1"))),
      new Claim("G4", "X", "residents", "assert", List.of(new Mention("a2.txt", "the water was knee-deep")), 1, List.of())));

  private static Said said(Article a, String content) {
    int at = a.text().indexOf(content);
    assertTrue(at >= 0, content);
    return new Said(a.id(), a.outlet().name(), new Span(at, at + content.length()), content, "x", "assert");
  }

  private static List<ClaimGold.Anchor> anchors() {
    return GOLD.anchor(List.of(A1, A2, A3));
  }

  @Test
  void pairwiseIndependenceAndLinksAsWorkedOutByHand() {
    List<SystemClaim> system = List.of(
        new SystemClaim("S1", "e", "mayor", "assert", "", 2,
            List.of(said(A1, "the dam had burst at dawn."), said(A2, "the dam burst at dawn")), Set.of("S4")),
        new SystemClaim("S2", "e", "council", "assert", "", 1, List.of(said(A1, "the repair would cost 4 million")), Set.of("S3")),
        new SystemClaim("S3", "e", "council", "assert", "", 1, List.of(said(A3, "the repair would cost four million")), Set.of("S2")),
        new SystemClaim("S4", "e", "union", "deny", "", 1, List.of(said(A3, "the dam had burst")), Set.of("S1")));
    ClaimScorer.Result r = ClaimScorer.score(GOLD, anchors(), system);
    ClaimScorer.EventScore e = r.events().get(0);
    // Matched statements: G1 x2 (S1), G2 (S2), G2 (S3), G3 (S4). G4 is not a statement of the system.
    assertEquals(5, e.matchedStatements());
    assertEquals(5, e.matchedMentions());
    assertEquals(6, e.mentions());
    // System pairs: S1 (1). Gold pairs: G1 (1), G2 (1). Right: 1.
    assertEquals(1, e.pairsRight());
    assertEquals(1, e.systemPairs());
    assertEquals(2, e.goldPairs());
    assertEquals(1.0, e.precision(), 1e-9);
    assertEquals(0.5, e.recall(), 1e-9);
    assertEquals(2.0 / 3, e.f1(), 1e-9);
    // G1 (2 outlets): S1 says 2, right. G2 (2 outlets): split, its first holder S2 says 1, wrong.
    assertEquals(1, e.independenceRight());
    assertEquals(2, e.independenceTotal());
    // Links: S1-S4 = G1-G3 (gold); S2-S3 stand for the same gold claim and are ignored.
    assertEquals(1, e.linksRight());
    assertEquals(1, e.systemLinks());
    assertEquals(1, e.goldLinks());
    assertEquals(1.0, e.contestF1(), 1e-9);
    assertTrue(r.misses().stream().anyMatch(m -> m.startsWith("split: G2 in 2 system claims")), r.misses().toString());
    assertTrue(r.misses().stream().anyMatch(m -> m.startsWith("independence: G2 gold 2, system 1")), r.misses().toString());
    assertTrue(r.misses().stream().anyMatch(m -> m.startsWith("not a statement: G4")), r.misses().toString());
    assertTrue(r.all().line("claims:").startsWith("claims: pairwise_f1=0.667 precision=1.000 recall=0.500"), r.all().line("claims:"));
  }

  @Test
  void oneClaimForEverythingHasFullRecallAndLowPrecisionAndSpuriousLinksCount() {
    List<Said> all = new ArrayList<>(List.of(said(A1, "the dam had burst at dawn"), said(A2, "the dam burst at dawn"),
        said(A1, "the repair would cost 4 million"), said(A3, "the repair would cost four million"),
        said(A3, "that the dam had burst"), said(A2, "the water was knee-deep")));
    ClaimScorer.EventScore e = ClaimScorer.score(GOLD, anchors(),
        List.of(new SystemClaim("S", "e", "x", "assert", "", 3, all, Set.of()))).events().get(0);
    // 6 statements in one claim: 15 system pairs, of which the 2 gold pairs are right.
    assertEquals(15, e.systemPairs());
    assertEquals(2, e.pairsRight());
    assertEquals(1.0, e.recall(), 1e-9);
    assertEquals(2.0 / 15, e.precision(), 1e-9);
    assertEquals(0, e.independenceRight(), "3 independent outlets for claims of 2");
    // No link found: recall 0.
    assertEquals(0.0, e.contestF1(), 1e-9);
  }

  @Test
  void aStatementOverlappingLessThanHalfOfTheShorterSpanIsNotMatched() {
    // "burst at dawn. The council said" overlaps "the dam had burst at dawn" by 13 of 25 characters of the
    // shorter (the mention): matched; "dawn. The council said the" overlaps by 4: not matched.
    Said half = said(A1, "burst at dawn. The council said");
    Said little = said(A1, "dawn. The council said the");
    assertEquals(1, ClaimScorer.match(anchors(), List.of(new SystemClaim("S", "e", "", "", "", 1, List.of(half), Set.of()))).size());
    assertEquals(0, ClaimScorer.match(anchors(), List.of(new SystemClaim("S", "e", "", "", "", 1, List.of(little), Set.of()))).size());
  }

  @Test
  void aStatementGoesToTheMentionItOverlapsMost() {
    Said both = said(A1, "the dam had burst at dawn. The council said the repair would cost 4 million");
    List<ClaimScorer.Item> items = ClaimScorer.match(anchors(),
        List.of(new SystemClaim("S", "e", "", "", "", 1, List.of(both), Set.of())));
    assertEquals(1, items.size());
    assertEquals("G2", items.get(0).anchor().claimId(), "31 characters of G2 against 25 of G1");
  }

  @Test
  void aGoldTextNotInItsArticleStopsNamingTheMention() {
    ClaimGold bad = new ClaimGold("in", Map.of(), List.of(new Claim("G9", "X", "", "", List.of(
        new Mention("a1.txt", "the dam held")), 1, List.of())));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bad.anchor(List.of(A1, A2, A3)));
    assertTrue(e.getMessage().contains("G9") && e.getMessage().contains("the dam held"), e.getMessage());
    ClaimGold twice = new ClaimGold("in", Map.of(), List.of(new Claim("G8", "X", "", "", List.of(
        new Mention("a1.txt", "said the")), 1, List.of())));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> twice.anchor(List.of(A1))).getMessage().contains("more than once"));
    ClaimGold noFile = new ClaimGold("in", Map.of(), List.of(new Claim("G7", "X", "", "", List.of(
        new Mention("a9.txt", "dam")), 1, List.of())));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> noFile.anchor(List.of(A1))).getMessage().contains("a9.txt"));
  }

  @Test
  void curlyAndStraightQuotesMatchAndOffsetsHold() {
    Article a = article("q.txt", "Q", "She said the plan was \u201Cdead\u201D and \u2018buried\u2019.");
    ClaimGold g = new ClaimGold("in", Map.of(), List.of(new Claim("G", "X", "", "", List.of(
        new Mention("q.txt", "the plan was \"dead\" and 'buried'")), 1, List.of())));
    ClaimGold.Anchor an = g.anchor(List.of(a)).get(0);
    assertEquals("the plan was \u201Cdead\u201D and \u2018buried\u2019", a.text().substring(an.span().start(), an.span().end()));
  }

  @Test
  void readRefusesARelationToAnUnknownClaim(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("g.json");
    java.nio.file.Files.writeString(f, "{\"claims\":[{\"id\":\"A\",\"event\":\"X\",\"independent_outlets\":1,"
        + "\"mentions\":[{\"file\":\"a.txt\",\"text\":\"t\"}],\"relations\":[{\"type\":\"denies\",\"claim\":\"B\"}]}]}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaimGold.read(f)).getMessage().contains("unknown claim B"));
    java.nio.file.Files.writeString(f, "{\"claims\":[{\"id\":\"A\",\"event\":\"X\",\"independent_outlets\":1,"
        + "\"mentions\":[{\"file\":\"a.txt\",\"text\":\"t\"}]}]}");
    ClaimGold g = ClaimGold.read(f);
    assertEquals(List.of("X"), g.eventIds());
    assertEquals(1, g.claims().get(0).independentOutlets());
  }
}
