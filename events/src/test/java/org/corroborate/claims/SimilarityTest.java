package org.corroborate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimilarityTest {
  private static double score(String a, String b) {
    return Similarity.score(Fingerprint.of(a), Fingerprint.of(b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "We are the same valley people as you | We are valley people, just like you",
      "President Tomas Wendt had been informed and work was under way to drive out the saboteurs | the president has been informed of the incident",
      "they had captured the village of Marrow | it had taken Marrow village",
      "eight people were wounded after shelling | eight people were injured after the shelling",
      "the town came under artillery fire from the north | the town came under artillery fire"})
  void paraphrasesMatch(String a, String b) {
    assertTrue(score(a, b) >= ClaimGrouper.DEFAULT_THRESHOLD, a + " / " + b + " scored " + score(a, b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the bridge was closed for repairs | a drone struck a police station",
      "artillery shelled Marrow overnight | artillery shelled Lakeview overnight",
      "the army retreated from the hills | the fighters crossed the border and overran the village"})
  void differentThingsDoNotMatch(String a, String b) {
    assertTrue(score(a, b) < ClaimGrouper.DEFAULT_THRESHOLD, a + " / " + b + " scored " + score(a, b));
  }

  @Test
  void numbersInWordsAndDigitsConflictOrAgree() {
    assertTrue(Similarity.numbersConflict(Fingerprint.of("eight people were wounded"), Fingerprint.of("9 people were wounded")));
    assertFalse(Similarity.numbersConflict(Fingerprint.of("eight people were wounded"), Fingerprint.of("8 people were hurt")));
    assertFalse(Similarity.numbersConflict(Fingerprint.of("people were wounded"), Fingerprint.of("9 people were wounded")));
    assertEquals(Set.of(1200.0), Terms.numbers("some 1,200 troops"));
  }

  @Test
  void sharedQuoteRunIsStrong() {
    assertTrue(score("we no longer wanted to justify the actions of criminals in power",
        "they said: we no longer wanted to justify the actions of criminals") >= Similarity.QUOTE_SCORE);
    assertEquals(4, Similarity.longestSharedRun(List.of("a", "b", "c", "d", "x"), List.of("z", "a", "b", "c", "d")));
  }

  @Test
  void stemsAndDemonyms() {
    assertEquals(Terms.term("ukraine"), Terms.term("ukrainian"));
    assertEquals(Terms.term("russia"), Terms.term("russians"));
    assertEquals(Terms.term("wounded"), Terms.term("injuries"));
    assertEquals(Terms.term("region"), Terms.term("oblast"));
    assertEquals(Terms.term("captured"), Terms.term("liberated"));
    assertTrue(Terms.negated("Kyiv had nothing to do with the attacks"));
    assertFalse(Terms.negated("Kyiv was watching"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2031})
  void scoreIsSymmetricBoundedAndReflexive(long seed) {
    Random r = new Random(seed);
    String[] vocab = {"army", "village", "Marrow", "captured", "eight", "wounded", "said", "the", "not", "drone",
        "Lakeview", "border", "9", "people", "fire", "\u201cquote\u201d", "it's", "", "Ünïcode"};
    for (int i = 0; i < 200; i++) {
      String a = sentence(r, vocab);
      String b = sentence(r, vocab);
      double ab = score(a, b);
      assertEquals(ab, score(b, a), 1e-9, a + " / " + b);
      assertTrue(ab >= 0 && ab <= 1, a + " / " + b + " -> " + ab);
      if (!Terms.contentTerms(a).isEmpty() && Terms.contentTerms(a).size() >= 2) {
        assertTrue(score(a, a) >= 0.99, a);
      }
    }
  }

  @Test
  void grouperKeepsClaimantsDenialsAndNumbersApart() {
    ClaimGrouper g = new ClaimGrouper();
    Said a = new Said("E1", Stance.ASSERT, false, Fingerprint.of("eight people were wounded in Marrow"));
    Said b = new Said("E1", Stance.ASSERT, false, Fingerprint.of("eight people were injured in Marrow"));
    Said c = new Said("E2", Stance.ASSERT, false, Fingerprint.of("eight people were wounded in Marrow"));
    Said d = new Said("E1", Stance.DENY, true, Fingerprint.of("eight people were wounded in Marrow"));
    Said e = new Said("E1", Stance.ASSERT, false, Fingerprint.of("nine people were wounded in Marrow"));
    Said f = new Said("E1", Stance.ASSERT, false, Fingerprint.of("no people were wounded in Marrow"));
    // a denial of the wounding and an assertion that no one was wounded say the same: one claim
    assertEquals(List.of(List.of(0, 1), List.of(2), List.of(3, 5), List.of(4)), g.group(List.of(a, b, c, d, e, f)));
  }

  @Test
  void takeIsACaptureUnlessAnIdiom() {
    assertTrue(Terms.contentTerms("they had taken Marrow").contains(Terms.term("captured")));
    assertTrue(Terms.contentTerms("the village was taken").contains(Terms.term("captured")));
    assertFalse(Terms.contentTerms("it had taken part in the raid").contains(Terms.term("captured")));
    assertFalse(Terms.contentTerms("they took up arms").contains(Terms.term("captured")));
  }

  @Test
  void averageLinkDoesNotChainNeighbours() {
    // a~b and b~c, but a and c say different things: single link would make one claim of all three
    Said a = new Said("E1", Stance.ASSERT, false, Fingerprint.of("rebels captured the town of Marrow at dawn"));
    Said b = new Said("E1", Stance.ASSERT, false, Fingerprint.of("rebels captured the town of Marrow and shelled Tarn"));
    Said c = new Said("E1", Stance.ASSERT, false, Fingerprint.of("artillery shelled Tarn"));
    ClaimGrouper g = new ClaimGrouper();
    assertTrue(g.same(a, b));
    assertTrue(Similarity.score(b.content(), c.content()) >= 0.5, "b~c " + Similarity.score(b.content(), c.content()));
    assertFalse(g.same(a, c));
    assertEquals(List.of(List.of(0, 1), List.of(2)), g.group(List.of(a, b, c)));
  }

  @Test
  void idfWeightsLetDistinctiveWordsDecide() {
    List<Set<String>> docs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      docs.add(Terms.contentTerms("troops entered the town with tanks " + i));
    }
    TermWeights w = TermWeights.idf(docs);
    Fingerprint x = Fingerprint.of("troops captured the town with tanks");
    Fingerprint y = Fingerprint.of("troops shelled the town with tanks");
    assertTrue(Similarity.score(x, y) >= 0.5, "uniform weights see mostly shared words");
    assertTrue(Similarity.score(x, y, w) < 0.5, "weighted, the differing verbs decide: " + Similarity.score(x, y, w));
    assertTrue(w.weight("troop") < w.weight("captur"));
  }

  @Test
  void badThresholdFailsWithItsValue() {
    IllegalArgumentException ex = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ClaimGrouper(1.5));
    assertTrue(ex.getMessage().contains("1.5"));
  }

  private static String sentence(Random r, String[] vocab) {
    List<String> w = new ArrayList<>();
    int n = 1 + r.nextInt(9);
    for (int i = 0; i < n; i++) {
      w.add(vocab[r.nextInt(vocab.length)]);
    }
    return String.join(" ", w);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hart has been informed of the incident | President Lena Hart had been informed and work was under way to drive out the raiders | true",
      "the bridge at Velm was closed | the bridge at Velm was closed and the road to Korvel cut | true",
      "Hart visited the wounded in Lisko | Hart said the wounded in Lisko would be moved to Korvel | false",
      "with Lena Hart in Korvel | and Lena Hart arrived in Korvel on Monday | false",
      "the army closed the road | the army had closed the road to Velm and evacuated two farms | true",
      "the school in Lisko was destroyed | three houses were destroyed in Lisko | false"})
  void containment(String a, String b, boolean expected) {
    assertEquals(expected, Similarity.contained(Fingerprint.of(a), Fingerprint.of(b)), a + " / " + b);
    assertEquals(expected, Similarity.contained(Fingerprint.of(b), Fingerprint.of(a)), "symmetric: " + b + " / " + a);
  }

  @Test
  void containmentJoinsOneNamedClaimantsStatementsOnly() {
    Fingerprint part = Fingerprint.of("Hart has been informed of the incident");
    Fingerprint whole = Fingerprint.of(
        "President Lena Hart had been informed and work was under way to drive out the raiders from the two border villages near Velm");
    ClaimGrouper g = new ClaimGrouper();
    assertTrue(Similarity.score(part, whole) < g.threshold(), "not alike by overlap alone");
    assertTrue(g.same(new Said("E7", Stance.ASSERT, false, part), new Said("E7", Stance.ASSERT, false, whole)));
    assertFalse(g.same(new Said("E7", Stance.ASSERT, false, part), new Said("E8", Stance.ASSERT, false, whole)),
        "two claimants");
    assertFalse(g.same(new Said("author", Stance.ASSERT, false, part), new Said("author", Stance.ASSERT, false, whole)),
        "outlets' own voices are different speakers");
    assertFalse(g.same(new Said("unnamed", Stance.ASSERT, false, part), new Said("unnamed", Stance.ASSERT, false, whole)));
    assertEquals(List.of(List.of(0, 1), List.of(2)), g.group(List.of(new Said("E7", Stance.ASSERT, false, part),
        new Said("E7", Stance.ASSERT, false, whole),
        new Said("E7", Stance.ASSERT, false, Fingerprint.of("the border crossing at Velm had been closed to all traffic")))));
  }

  @Test
  void oneClaimantsConfirmationsOfTheSameShortObjectAreOneClaim() {
    ClaimGrouper g = new ClaimGrouper();
    Said a = new Said("E1", Stance.CONFIRM, false, Fingerprint.of("an attack on Monday"));
    Said b = new Said("E1", Stance.CONFIRM, false, Fingerprint.of("The attack"));
    assertTrue(g.same(a, b));
    assertFalse(g.same(a, new Said("E1", Stance.ASSERT, false, Fingerprint.of("The attack"))), "stances differ");
    assertFalse(g.same(a, new Said("E2", Stance.CONFIRM, false, Fingerprint.of("The attack"))), "claimants differ");
    assertFalse(g.same(new Said("E1", Stance.CONFIRM, false, Fingerprint.of("the shelling of the school in Marrow on Monday")),
        new Said("E1", Stance.CONFIRM, false, Fingerprint.of("the attack"))), "different objects");
  }

  @Test
  void datesAreNotCounts() {
    assertEquals(java.util.Set.of(3.0), Fingerprint.of("since the attacks of Sept. 11, 2001, 3 people").numbers());
    assertEquals(java.util.Set.of(), Fingerprint.of("the law passed in 2010 on 4 March").numbers());
    assertFalse(Similarity.numbersConflict(Fingerprint.of("46 members voted in 2010"), Fingerprint.of("46 members voted")));
    assertEquals(java.util.Set.of(2012.0), Fingerprint.of("2,012 people were evacuated").numbers());
  }
}
