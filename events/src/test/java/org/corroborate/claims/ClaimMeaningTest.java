package org.corroborate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.corroborate.meaning.Vectors;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

/** Claim grouping by meaning, quotation and polarity, with hand-made vectors standing in for a sentence encoder. */
class ClaimMeaningTest {
  private final ClaimGrouper grouper = new ClaimGrouper();

  private static float[] v(double... xs) {
    float[] f = new float[xs.length];
    for (int i = 0; i < xs.length; i++) {
      f[i] = (float) xs[i];
    }
    return Vectors.normalize(f);
  }

  private static Said said(String key, Stance stance, String text, float[] meaning) {
    return new Said(key, stance, stance == Stance.DENY, Fingerprint.of(text)).withMeaning(meaning, List.of(), List.of());
  }

  @Test
  void paraphrasesWithFewSharedWordsJoinByMeaningAndOtherStatementsDoNot() {
    Said a = said("E1", Stance.ASSERT, "A sabotage group sent by Mirevia has entered the Belmora district", v(1, 0.2, 0));
    Said b = said("E1", Stance.ASSERT, "Mirevian saboteurs crossed into the district", v(1, 0.25, 0.05));
    Said c = said("E1", Stance.ASSERT, "eight people were wounded by shelling", v(0.3, 1, 0));
    assertTrue(grouper.same(a, b), "cosine " + Vectors.dot(a.meaning(), b.meaning()));
    assertTrue(!grouper.same(a, c), "cosine " + Vectors.dot(a.meaning(), c.meaning()));
    assertEquals(List.of(List.of(0, 1), List.of(2)), grouper.group(List.of(a, b, c)));
  }

  @Test
  void withoutVectorsOnlyWordsCompare() {
    Said a = new Said("E1", Stance.ASSERT, false, Fingerprint.of("the envoy has resigned over the stalled ceasefire talks"));
    Said b = new Said("E1", Stance.ASSERT, false, Fingerprint.of("Korvel's ambassador quit her post in protest"));
    assertTrue(!grouper.same(a, b));
    float[] m = v(1, 0.1);
    assertTrue(grouper.same(a.withMeaning(m, List.of(), List.of()), b.withMeaning(m, List.of(), List.of())));
  }

  @Test
  void aDenialIsOneClaimWithANegativeAssertionNeverWithAPositiveOne() {
    float[] m = v(1, 0, 0);
    Said denial = said("E2", Stance.DENY, "any involvement in the raid on the border village", m);
    Said negative = said("E2", Stance.ASSERT, "it had nothing to do with the night raid on the border village", m);
    Said positive = said("E2", Stance.ASSERT, "it took part in the raid on the border village", m);
    assertTrue(grouper.same(denial, negative));
    assertTrue(!grouper.same(denial, positive));
    assertTrue(!grouper.same(negative, positive));
  }

  @Test
  void aSharedQuotationJoinsAMisreadSpeakerButNotAnotherPerson() {
    String quote = "we will not let this stand and we will answer in kind";
    Said stone = new Said("E5", Stance.ASSERT, false, Fingerprint.of("\u201c" + quote + "\u201d"))
        .withClaimant(Set.of("roger", "stone"), true);
    Said misread = new Said("name:stone friday", Stance.CLAIM, false, Fingerprint.of(quote))
        .withClaimant(Set.of("stone"), true);
    Said unattributed = new Said("author", Stance.ASSERT, false, Fingerprint.of("He added: " + quote))
        .withClaimant(Set.of(), false);
    Said other = new Said("E9", Stance.ASSERT, false, Fingerprint.of("we will not let this stand, as the mayor put it"))
        .withClaimant(Set.of("jane", "doe"), true);
    assertTrue(grouper.same(stone, misread));
    assertTrue(grouper.same(stone, unattributed));
    assertTrue(!grouper.same(stone, other));
    assertTrue(!grouper.same(stone, new Said("E5", Stance.ASSERT, false, Fingerprint.of("we will answer"))
        .withClaimant(Set.of("roger", "stone"), true).withMeaning(v(0, 1), List.of(), List.of())));
  }

  @Test
  void thePartsOfALongerStatementAlignWithAShorterOne() {
    float[] sabotage = v(1, 0, 0);
    float[] shelling = v(0, 1, 0);
    Said two = new Said("E1", Stance.ASSERT, false,
        Fingerprint.of("a group had entered the district and that several houses had been hit"))
        .withMeaning(v(0.7, 0.7, 0), List.of(sabotage, shelling), List.of(false, false));
    Said one = said("E1", Stance.ASSERT, "armed saboteurs crossed over the river border", v(0.98, 0.05, 0.1));
    assertTrue(ClaimGrouper.cosine(one, two) > 0.95);
    assertTrue(grouper.same(one, two));
  }

  @Test
  void theVectorsOfShortContentsDoNotCount() {
    float[] m = v(1, 0.1);
    Said a = said("E1", Stance.CONFIRM, "an attack on Marrow", m);
    Said b = said("E1", Stance.ASSERT, "nine people were injured in Marrow on Tuesday", m);
    assertTrue(!grouper.same(a, b), "the vector of a three-word object is near anything about Marrow");
  }

  @Test
  void oneQuotationJoinsItsGroupsWhateverTheirAverage() {
    String quote = "the president very well knows that words do not always come out right";
    Said full = said("E1", Stance.ASSERT, "\u201c" + quote + ",\u201d and the campaign moved on to the economy and jobs", v(1, 0, 0));
    Said other = said("E1", Stance.ASSERT, "the campaign will focus on jobs and the economy this autumn", v(0.95, 0.3, 0));
    Said part = said("E1", Stance.ASSERT, quote, v(0, 0, 1));
    List<List<Integer>> groups = grouper.group(List.of(full, other, part));
    assertEquals(1, groups.stream().filter(g -> g.contains(0) && g.contains(2)).count(), groups.toString());
  }

  @Test
  void aLongQuotationIsOneUtteranceUnderTwoNamedSpeakers() {
    String eight = "we will not raise taxes on working families this year";
    Said a = new Said("E1", Stance.ASSERT, false, Fingerprint.of(eight)).withClaimant(Set.of("donald", "trump"), true);
    Said b = new Said("E2", Stance.ASSERT, false, Fingerprint.of(eight)).withClaimant(Set.of("barack", "obama"), true);
    Said six = new Said("E2", Stance.ASSERT, false, Fingerprint.of("we will not raise taxes on anyone"))
        .withClaimant(Set.of("barack", "obama"), true);
    assertTrue(grouper.same(a, b));
    assertTrue(!grouper.same(a, six), "six words under another named speaker are not enough");
  }

  @Test
  void partsOfAStatement() {
    assertEquals(List.of("a sabotage group had entered the district", "the army was fighting to expel it"),
        Parts.of("a sabotage group had entered the district and that the army was fighting to expel it"));
    assertEquals(List.of("\u201cThe enemy will be destroyed.", "Nobody who crossed our border will leave it,\u201d"),
        Parts.of("\u201cThe enemy will be destroyed. Nobody who crossed our border will leave it,\u201d"));
    assertEquals(List.of(), Parts.of("eight people were wounded"));
  }

  @Test
  void candidatesOfALargeClaimantAreFewerThanAllPairsAndKeepNearOnes() {
    ClaimGrouper small = new ClaimGrouper(new ClaimMatching(0.5, 0.55, 0.85, 0.72, 1.0, 6, 4));
    java.util.Random r = new java.util.Random(7);
    List<Said> items = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double[] x = new double[16];
      for (int d = 0; d < 16; d++) {
        x[d] = r.nextGaussian();
      }
      items.add(said("author", Stance.ASSERT, "statement number " + i + " word" + i, v(x)));
    }
    items.add(said("author", Stance.ASSERT, "the depot burned all night", items.get(0).meaning()));
    Set<Long> pairs = small.candidates(items, TermWeights.UNIFORM);
    assertTrue(pairs.size() < 300 * 301 / 2 / 4, "pairs " + pairs.size());
    assertTrue(pairs.contains(ClaimGrouper.key(0, 300)), "identical vectors share every hash cell");
  }
}
