package org.corroborate.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the benchmark metric. */
class ShingleMetricTest {
  private static final double EPS = 1e-12;

  @Test
  void tokensAreUnicodeWordRuns() {
    assertEquals(List.of("Zoë", "s", "café_au", "lait", "2½"), ShingleMetric.tokens("Zoë's café_au-lait 2½!"));
    assertEquals(List.of("中文文本"), ShingleMetric.tokens("中文文本。"));
    assertEquals(List.of("e", "x"), ShingleMetric.tokens("e\u0301x"), "a combining mark is not a word character");
    assertEquals(List.of(), ShingleMetric.tokens(" -- !! "));
  }

  @Test
  void shinglesAreCountedFourTokenWindows() {
    assertEquals(Map.of("x y z w", 2, "y z w x", 1, "z w x y", 1, "w x y z", 1), ShingleMetric.shingles("x y z w x y z w"));
    assertEquals(Map.of("Hello world", 1), ShingleMetric.shingles("Hello, world!"), "short texts make one short shingle");
    assertEquals(Map.of(), ShingleMetric.shingles(""));
  }

  @Test
  void halfTheShinglesFound() {
    // expected shingles {abcd, bcde}, predicted {abcd}: tp 1, fp 0, fn 1, normalised by 2
    ShingleMetric.Counts c = ShingleMetric.compare("a b c d e", "a b c d");
    assertEquals(0.5, c.tp(), EPS);
    assertEquals(0.0, c.fp(), EPS);
    assertEquals(0.5, c.fn(), EPS);
    assertEquals(1.0, c.precision(), EPS);
    assertEquals(0.5, c.recall(), EPS);
    assertEquals(2 * 0.5 / 1.5, c.f1(), EPS);
  }

  @Test
  void repeatedShinglesCountAsAMultiset() {
    // expected xyzw twice plus 3 others (5), predicted xyzw once: tp 1, fn 4 -> 0.2 / 0.8
    ShingleMetric.Counts c = ShingleMetric.compare("x y z w x y z w", "x y z w");
    assertEquals(0.2, c.tp(), EPS);
    assertEquals(0.8, c.fn(), EPS);
    assertEquals(1.0, c.precision(), EPS);
    assertEquals(0.2, c.recall(), EPS);
    // the other way round: a prediction that repeats the expected text
    ShingleMetric.Counts d = ShingleMetric.compare("x y z w", "x y z w. x y z w");
    // predicted shingles: xyzw x2, yzwx, zwxy, wxyz -> tp 1, fp 4, fn 0
    assertEquals(0.2, d.tp(), EPS);
    assertEquals(0.8, d.fp(), EPS);
    assertEquals(0.2, d.precision(), EPS);
    assertEquals(1.0, d.recall(), EPS);
  }

  @Test
  void caseMattersAndNothingRightIsZero() {
    ShingleMetric.Counts c = ShingleMetric.compare("Hello, world!", "hello world");
    assertEquals(0.5, c.fp(), EPS);
    assertEquals(0.5, c.fn(), EPS);
    assertEquals(0.0, c.precision(), EPS);
    assertEquals(0.0, c.recall(), EPS);
  }

  @Test
  void emptyCases() {
    ShingleMetric.Counts both = ShingleMetric.compare("", "...");
    assertEquals(1.0, both.precision(), EPS);
    assertEquals(1.0, both.recall(), EPS);
    assertFalse(both.hasPrediction());
    assertFalse(both.hasExpectation());

    ShingleMetric.Counts nothing = ShingleMetric.compare("a b c d e", "");
    assertFalse(nothing.hasPrediction());
    assertTrue(nothing.hasExpectation());
    assertEquals(0.0, nothing.recall(), EPS);
    assertEquals(FailureKind.EMPTY, FailureKind.of(nothing));
  }

  @Test
  void summaryAveragesPrecisionOverPredictedPagesAndRecallOverAll() {
    ShingleMetric.Summary s = ShingleMetric.summarize(List.of(
        ShingleMetric.compare("a b c d e", "a b c d"),   // p 1, r 0.5
        ShingleMetric.compare("a b c d e", "")));        // no prediction: r 0, not in the precision mean
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(0.25, s.recall(), EPS);
    assertEquals(2 * 1.0 * 0.25 / 1.25, s.f1(), EPS);
    assertEquals(2, s.pages());
  }

  @Test
  void failureKinds() {
    assertEquals(FailureKind.GOOD, FailureKind.of(new ShingleMetric.Counts(0.95, 0.02, 0.03)));
    assertEquals(FailureKind.TOO_MUCH, FailureKind.of(new ShingleMetric.Counts(0.6, 0.4, 0.0)));
    assertEquals(FailureKind.TOO_LITTLE, FailureKind.of(new ShingleMetric.Counts(0.6, 0.0, 0.4)));
    assertEquals(FailureKind.WRONG_BLOCK, FailureKind.of(new ShingleMetric.Counts(0.1, 0.5, 0.4)));
    assertEquals(FailureKind.MIXED, FailureKind.of(new ShingleMetric.Counts(0.6, 0.2, 0.2)));
  }
}
