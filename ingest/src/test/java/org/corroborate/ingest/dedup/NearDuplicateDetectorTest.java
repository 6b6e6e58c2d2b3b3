package org.corroborate.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Syndication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearDuplicateDetectorTest {
  static final List<String> WIRE = List.of(
      "The Glenmoor river authority opened two evacuation centres on Tuesday after the east levee began to leak near the old mill.",
      "Chief engineer Mara Lindqvist said crews had placed more than four thousand sandbags along the weakest stretch overnight.",
      "\"We expect the crest to pass by Thursday morning, but nobody should return home before we say so,\" Lindqvist told reporters.",
      "About three hundred households in Hallis Ford were told to leave, and the ring road will stay closed until the water falls.",
      "The county emergency office said rainfall in the Orrin valley had been twice the October average in the past ten days.",
      "Shopkeepers on Mill Street described queues at the pumping station and confusion about which roads were still open.");

  private final NearDuplicateDetector detector = new NearDuplicateDetector(NearDuplicateConfig.DEFAULTS);

  static Article article(String outlet, List<String> paragraphs) {
    Outlet o = new Outlet(outlet, null);
    return Article.of(o, "t", null, null, "en", paragraphs,
        null, new SourceRef("text", outlet + ".txt", null, null, o, Instant.EPOCH));
  }

  private java.util.Optional<Syndication> match(List<String> copy, Article... stored) {
    NearDuplicateDetector.Fingerprint fp = detector.fingerprint(String.join("\n\n", copy));
    return detector.match(fp, List.of(stored));
  }

  @Test
  void aCopyWithANewEndingTrimmedAndAParagraphAddedMatches() {
    Article original = article("wire", WIRE);
    List<String> copy = new ArrayList<>(WIRE.subList(0, 4));
    copy.add(2, "Our reporter in Hallis Ford saw families loading cars with furniture and pets on Tuesday afternoon.");
    copy.set(0, copy.get(0).replace("on Tuesday", "early on Tuesday"));
    Syndication s = match(copy, original).orElseThrow();
    assertEquals(original.id(), s.originalId());
    assertEquals(NearDuplicateDetector.METHOD, s.method());
    assertTrue(s.similarity() > 0.6, "similarity " + s.similarity());
  }

  @Test
  void aHeavilyTrimmedCopyStillMatchesByContainment() {
    Article original = article("wire", WIRE);
    Syndication s = match(WIRE.subList(0, 3), original).orElseThrow();
    assertEquals(1.0, s.similarity(), 1e-9);
  }

  @Test
  void aDistinctArticleOnTheSameTopicDoesNotMatch() {
    Article original = article("wire", WIRE);
    List<String> other = List.of(
        "Residents of Vesterby were moved to the school gym on Wednesday as the Orrin burst its banks south of the bridge.",
        "Vesterby's mayor Ilse Varga said the levee had held in the north but the south fields were under a metre of water.",
        "The county emergency office said rainfall in the Orrin valley had been twice the October average in the past ten days.",
        "Volunteers handed out blankets and soup, and the fire service rescued two people from a car trapped on the valley road.");
    assertFalse(match(other, original).isPresent());
  }

  @Test
  void sketchesScreenOutUnrelatedCandidatesButKeepCopies() {
    Article original = article("wire", WIRE);
    NearDuplicateDetector.Fingerprint orig = detector.fingerprint(original.text());
    byte[] sketch = detector.sketch(orig);
    NearDuplicateDetector.Fingerprint copy = detector.fingerprint(String.join("\n\n", WIRE.subList(0, 4)));
    assertTrue(detector.plausible(copy, sketch));
    NearDuplicateDetector.Fingerprint unrelated = detector.fingerprint(randomText(new Random(9)));
    assertFalse(detector.plausible(unrelated, sketch));
    assertTrue(detector.plausible(unrelated, null), "no sketch: cannot judge, so verify");
    NearDuplicateDetector other = new NearDuplicateDetector(new NearDuplicateConfig(4, 48, 3, 99, 0.5, 0.2, 12));
    assertTrue(other.plausible(other.fingerprint(randomText(new Random(9))), sketch), "another scheme's sketch is not compared");
    // through the store-facing match: the loader is asked only for plausible candidates
    List<String> loaded = new ArrayList<>();
    java.util.Optional<Syndication> s = detector.match(copy,
        List.of(new org.corroborate.store.ArticleStore.NearDuplicateCandidate(original.id(), sketch),
            new org.corroborate.store.ArticleStore.NearDuplicateCandidate("0000000000000000",
                detector.sketch(unrelated))),
        id -> {
          loaded.add(id);
          return id.equals(original.id()) ? java.util.Optional.of(original) : java.util.Optional.empty();
        });
    assertEquals(original.id(), s.orElseThrow().originalId());
    assertEquals(List.of(original.id()), loaded);
  }

  @Test
  void textsTooShortToJudgeGetNoKeysAndNoMatch() {
    NearDuplicateDetector.Fingerprint fp = detector.fingerprint("Flood warning for Glenmoor tonight.");
    assertEquals(0, fp.keys().length);
    assertFalse(detector.match(fp, List.of(article("wire", WIRE))).isPresent());
  }

  @Test
  void linksPointAtTheRootOriginal() {
    Article root = article("wire", WIRE);
    Article firstCopy = article("copy", WIRE.subList(0, 5)).withSyndication(new Syndication(root.id(), 1.0, "minhash-shingles"));
    Syndication s = match(WIRE.subList(0, 4), firstCopy).orElseThrow();
    assertEquals(root.id(), s.originalId());
  }

  @Test
  void similarCopiesShareLshKeysAndUnrelatedTextsRarelyDo() {
    NearDuplicateDetector.Fingerprint a = detector.fingerprint(String.join("\n\n", WIRE));
    NearDuplicateDetector.Fingerprint b = detector.fingerprint(String.join("\n\n", WIRE.subList(0, 5)));
    assertEquals(NearDuplicateConfig.DEFAULTS.bands(), a.keys().length);
    assertTrue(shared(a.keys(), b.keys()) > 0);
    // unrelated random texts: no shared keys
    Random r = new Random(3);
    int collisions = 0;
    for (int i = 0; i < 50; i++) {
      collisions += shared(a.keys(), detector.fingerprint(randomText(r)).keys());
    }
    assertEquals(0, collisions);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void minHashEstimatesJaccard(long seed) {
    Random r = new Random(seed);
    long[] universe = r.longs(2000).sorted().distinct().toArray();
    // A = first 1200, B = last 1200: Jaccard = 400 / 2000 = 0.2
    long[] a = java.util.Arrays.copyOfRange(universe, 0, 1200);
    long[] b = java.util.Arrays.copyOfRange(universe, universe.length - 1200, universe.length);
    double truth = (double) Shingler.intersectionSize(a, b) / (a.length + b.length - Shingler.intersectionSize(a, b));
    MinHash mh = new MinHash(64, 4, seed);
    assertEquals(truth, MinHash.agreement(mh.signature(a), mh.signature(b)), 0.1);
  }

  @Test
  void shinglesIgnoreCasePunctuationAndWrapping() {
    Shingler s = new Shingler(3);
    assertArrayEquals(s.shingles("The river, rose\nfast today!"), s.shingles("the RIVER rose   fast today"));
    assertEquals(3, s.shingles("one two three four five").length);
    assertEquals(1, s.shingles("one two").length);
    assertEquals(0, s.shingles("  ... ").length);
    assertThrows(IllegalArgumentException.class, () -> new Shingler(0));
  }

  @Test
  void configRejectsBadValues() {
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateConfig(4, 0, 3, 1, 0.5, 0.2, 12));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateConfig(4, 48, 3, 1, 1.5, 0.2, 12));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateConfig(4, 48, 3, 1, 0.5, -0.1, 12));
  }

  private static int shared(long[] x, long[] y) {
    java.util.Set<Long> s = new java.util.HashSet<>();
    for (long k : x) {
      s.add(k);
    }
    int n = 0;
    for (long k : y) {
      n += s.contains(k) ? 1 : 0;
    }
    return n;
  }

  private static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      sb.append("w").append(r.nextInt(5000)).append(' ');
    }
    return sb.toString();
  }
}
