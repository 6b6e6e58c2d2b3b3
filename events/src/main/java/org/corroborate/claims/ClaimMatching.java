package org.corroborate.claims;

/**
 * The thresholds of claim grouping, with documented defaults ({@link #defaults()}); every value is
 * checked when set.
 *
 * <p>Two statements' meaning is compared by the cosine of their sentence vectors. A cosine is turned
 * into a score on the same 0..1 scale as the word score by a line through two anchors: {@code
 * meaningLow} scores 0 (statements on one topic that say different things) and {@code meaningHigh}
 * scores 1 (paraphrases); the pair joins at {@code threshold} on that line. Statements of an outlet's
 * own voice or of unnamed sources have no speaker in common, so their anchors are stricter
 * ({@code anonymousLow}, {@code anonymousHigh}).
 *
 * @param threshold         score from which two statements are one claim (0.5)
 * @param meaningLow        cosine scoring 0, one claimant (0.55)
 * @param meaningHigh       cosine scoring 1, one claimant (0.85); with the defaults the pair joins at
 *                          cosine 0.70 (bge-small-en-v1.5 vectors; chosen on the example's event E1
 *                          among 0.62/0.90, 0.55/0.85, 0.50/0.80: README)
 * @param anonymousLow      cosine scoring 0 for the outlets' own voice and unnamed sources (0.72)
 * @param anonymousHigh     cosine scoring 1 for them (1.0): they join at cosine 0.86
 * @param quoteRun          words in a row two statements must share to be one statement printed by two
 *                          outlets under different or misread speakers ("Stone on Friday" / "Roger
 *                          Stone"; a quotation left in the outlet's own voice) (6)
 * @param allPairsUpTo      a claimant with at most this many statements has every pair compared; above
 *                          it, pairs come from shared rare words and from vector hashing (64)
 */
public record ClaimMatching(double threshold, double meaningLow, double meaningHigh, double anonymousLow,
    double anonymousHigh, int quoteRun, int allPairsUpTo) {
  public ClaimMatching {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    anchors("meaning", meaningLow, meaningHigh);
    anchors("anonymous", anonymousLow, anonymousHigh);
    if (quoteRun < 3) {
      throw new IllegalArgumentException("quoteRun must be >= 3 words, was " + quoteRun);
    }
    if (allPairsUpTo < 2) {
      throw new IllegalArgumentException("allPairsUpTo must be >= 2, was " + allPairsUpTo);
    }
  }

  public static ClaimMatching defaults() {
    return new ClaimMatching(0.5, 0.55, 0.85, 0.72, 1.0, 6, 64);
  }


  public ClaimMatching withThreshold(double t) {
    return new ClaimMatching(t, meaningLow, meaningHigh, anonymousLow, anonymousHigh, quoteRun, allPairsUpTo);
  }

  /** The cosine's score for statements of one speaker ({@code anonymous} false) or of none. */
  public double meaningScore(double cosine, boolean anonymous) {
    double lo = anonymous ? anonymousLow : meaningLow;
    double hi = anonymous ? anonymousHigh : meaningHigh;
    return Math.max(0, Math.min(1, (cosine - lo) / (hi - lo)));
  }

  private static void anchors(String name, double lo, double hi) {
    if (!(lo >= -1 && lo < hi && hi <= 1)) {
      throw new IllegalArgumentException(name + " anchors must satisfy -1 <= low < high <= 1, were " + lo + " and " + hi);
    }
  }
}
