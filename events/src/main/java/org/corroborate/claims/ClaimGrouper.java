package org.corroborate.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups statements into claims: two statements are one claim when the same claimant says the same
 * thing. "The same thing" is a {@link Similarity#score} of at least {@link #threshold()}, no
 * conflicting numbers, the same polarity (both or neither negated) and both or neither a denial.
 * Grouping is transitive (single link), so A~B and B~C put A, B and C in one claim.
 *
 * <p>Author-voice statements share the claimant key "author" and unnamed sources the key "unnamed":
 * they group by content across outlets, so that a fact stated by several outlets in their own voice
 * is one claim carried by several outlets. Thread-safe (immutable).
 */
public final class ClaimGrouper {
  /** The default score from which two statements of one claimant are one claim. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final double threshold;

  public ClaimGrouper(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.threshold = threshold;
  }

  public ClaimGrouper() {
    this(DEFAULT_THRESHOLD);
  }

  public double threshold() {
    return threshold;
  }

  /** True when two statements are the same claim by the rules above. */
  public boolean same(Said a, Said b) {
    return a.claimantKey().equals(b.claimantKey())
        && a.denial() == b.denial()
        && a.content().negated() == b.content().negated()
        && !Similarity.numbersConflict(a.content(), b.content())
        && Similarity.score(a.content(), b.content()) >= threshold;
  }

  /** Groups of indices into {@code items}, each in input order; groups ordered by their first index. */
  public List<List<Integer>> group(List<Said> items) {
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (same(items.get(i), items.get(j))) {
          int ri = find(parent, i);
          int rj = find(parent, j);
          if (ri != rj) {
            parent[Math.max(ri, rj)] = Math.min(ri, rj);
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    }
    return List.copyOf(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
