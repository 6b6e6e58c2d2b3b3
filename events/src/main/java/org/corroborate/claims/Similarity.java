package org.corroborate.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Paraphrase similarity of two statement contents, 0..1.
 *
 * <p>The score averages the overlap coefficient (shared terms over the smaller set: a short report
 * of a long quote still matches) and the Dice coefficient (penalises a small overlap of two long
 * texts). It is halved when both texts name things and share none of the names, and when the
 * smaller side has a single term (one shared word says little). A shared run of
 * {@value #QUOTE_RUN} or more words (a quote carried by both) scores at least {@value #QUOTE_SCORE}.
 * Conflicting numbers are not scored here: see {@link #numbersConflict}.
 */
public final class Similarity {
  /** Length of a shared word run that marks the same quote. */
  public static final int QUOTE_RUN = 5;
  public static final double QUOTE_SCORE = 0.9;

  private Similarity() {}

  public static double score(Fingerprint a, Fingerprint b) {
    double s = termScore(a.terms(), b.terms());
    if (!a.named().isEmpty() && !b.named().isEmpty() && disjoint(a.named(), b.named())) {
      s *= 0.5;
    }
    if (longestSharedRun(a.words(), b.words()) >= QUOTE_RUN) {
      s = Math.max(s, QUOTE_SCORE);
    }
    return s;
  }

  /** Overlap and Dice averaged over two term sets; 0 when either is empty. */
  public static double termScore(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = intersection(a, b);
    int min = Math.min(a.size(), b.size());
    double overlap = (double) shared / min;
    double dice = 2.0 * shared / (a.size() + b.size());
    double s = (overlap + dice) / 2;
    return min < 2 ? s * 0.5 : s;
  }

  /** Shared terms over the size of {@code of}: how much of {@code of} the other text covers. */
  public static double coverage(Set<String> of, Set<String> by) {
    return of.isEmpty() ? 0 : (double) intersection(of, by) / of.size();
  }

  /** Both texts give numbers and no number is in both: "eight wounded" against "nine wounded". */
  public static boolean numbersConflict(Fingerprint a, Fingerprint b) {
    return !a.numbers().isEmpty() && !b.numbers().isEmpty() && disjoint(a.numbers(), b.numbers());
  }

  public static int intersection(Set<?> a, Set<?> b) {
    int n = 0;
    for (Object x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n;
  }

  static boolean disjoint(Set<?> a, Set<?> b) {
    return intersection(a, b) == 0;
  }

  /** Length of the longest run of consecutive words present in both lists (dynamic programming, O(n*m)). */
  public static int longestSharedRun(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> bw = new HashSet<>(b);
    int best = 0;
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      String w = a.get(i - 1);
      boolean present = bw.contains(w);
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = present && w.equals(b.get(j - 1)) ? prev[j - 1] + 1 : 0;
        best = Math.max(best, cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    return best;
  }
}
