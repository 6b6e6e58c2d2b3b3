package org.corroborate.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViterbiTest {
  static final int L = Tag.values().length;

  @Test
  void emptyInputGivesEmptyOutput() {
    assertEquals(0, Viterbi.decode(new float[0][L], new float[(L + 1) * L]).length);
  }

  @Test
  void insideTagNeedsItsBegin() {
    // I_CUE has the best emission everywhere, but may not start a sequence nor follow O
    float[][] e = new float[2][L];
    e[0][Tag.I_CUE.ordinal()] = 5;
    e[0][Tag.B_CUE.ordinal()] = 1;
    e[1][Tag.I_CUE.ordinal()] = 5;
    int[] best = Viterbi.decode(e, new float[(L + 1) * L]);
    assertArrayEquals(new int[] {Tag.B_CUE.ordinal(), Tag.I_CUE.ordinal()}, best);
  }

  @Test
  void rejectsWrongTransitionSize() {
    assertThrows(IllegalArgumentException.class, () -> Viterbi.decode(new float[1][L], new float[3]));
  }

  /** Viterbi equals brute force over all allowed sequences, on seeded random scores. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void matchesBruteForce(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(4);
    float[][] e = new float[n][L];
    float[] t = new float[(L + 1) * L];
    for (float[] row : e) {
      for (int c = 0; c < L; c++) {
        row[c] = r.nextInt(21) - 10;
      }
    }
    for (int k = 0; k < t.length; k++) {
      t[k] = r.nextInt(11) - 5;
    }
    int[] got = Viterbi.decode(e, t);
    float bestScore = Float.NEGATIVE_INFINITY;
    int total = (int) Math.pow(L, n);
    for (int code = 0; code < total; code++) {
      int[] seq = new int[n];
      int x = code;
      for (int i = 0; i < n; i++) {
        seq[i] = x % L;
        x /= L;
      }
      float s = score(seq, e, t);
      if (s > bestScore) {
        bestScore = s;
      }
    }
    assertEquals(bestScore, score(got, e, t), 1e-4);
  }

  private static float score(int[] seq, float[][] e, float[] t) {
    float s = 0;
    int prev = -1;
    for (int i = 0; i < seq.length; i++) {
      if (!Tag.allowed(prev < 0 ? null : Tag.of(prev), Tag.of(seq[i]))) {
        return Float.NEGATIVE_INFINITY;
      }
      s += e[i][seq[i]] + t[(prev + 1) * L + seq[i]];
      prev = seq[i];
    }
    return s;
  }
}
