package org.corroborate.analysis.attribution;

/**
 * First-order Viterbi decoding over {@link Tag}s with the BIO constraint (an I-X tag only after
 * B-X or I-X). Scores are additive: emission[i][tag] plus transition[(prev + 1) * L + tag], where
 * prev = -1 is the sequence start.
 */
public final class Viterbi {
  private Viterbi() {}

  static final int L = Tag.values().length;
  private static final boolean[][] ALLOWED = new boolean[L + 1][L];

  static {
    for (int prev = -1; prev < L; prev++) {
      for (int cur = 0; cur < L; cur++) {
        ALLOWED[prev + 1][cur] = Tag.allowed(prev < 0 ? null : Tag.of(prev), Tag.of(cur));
      }
    }
  }

  /** The best allowed tag sequence (tag ordinals); empty input gives an empty array. */
  public static int[] decode(float[][] emission, float[] transition) {
    int n = emission.length;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    if (transition.length != (L + 1) * L) {
      throw new IllegalArgumentException("transition must have " + (L + 1) * L + " entries");
    }
    float[][] score = new float[n][L];
    int[][] back = new int[n][L];
    for (int c = 0; c < L; c++) {
      score[0][c] = ALLOWED[0][c] ? emission[0][c] + transition[c] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int c = 0; c < L; c++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < L; p++) {
          if (!ALLOWED[p + 1][c] || score[i - 1][p] == Float.NEGATIVE_INFINITY) {
            continue;
          }
          float s = score[i - 1][p] + transition[(p + 1) * L + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i][c] = best == Float.NEGATIVE_INFINITY ? best : best + emission[i][c];
        back[i][c] = arg;
      }
    }
    int best = 0;
    for (int c = 1; c < L; c++) {
      if (score[n - 1][c] > score[n - 1][best]) {
        best = c;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = best;
      best = back[i][best];
    }
    return out;
  }
}
