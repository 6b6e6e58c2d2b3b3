package org.corroborate.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Stance;

/**
 * Groups statements into claims: statements are one claim when the same claimant says the same
 * thing. Two statements may join when they have the same claimant, both or neither a denial, the same
 * polarity (both or neither negated) and no conflicting numbers ({@link #compatible}); they join by
 * average link: pairs are taken best first, and two groups merge when every cross pair is compatible
 * and their average {@link Similarity#score} reaches {@link #threshold()}. Average link keeps a chain
 * of near neighbours ("captured Marrow" ~ "shelled Marrow" ~ "shelled Lakeview") from becoming one
 * claim, as single link would. Statements of one named claimant also join when one content is nearly
 * contained in the other (one outlet relays part of what another relays in full).
 *
 * <p>Author-voice statements share the claimant key "author" and unnamed sources the key "unnamed":
 * they group by content across outlets, so that a fact stated by several outlets in their own voice
 * is one claim carried by several outlets. Thread-safe (immutable).
 */
public final class ClaimGrouper {
  /** The default score from which statements of one claimant are one claim. */
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

  /** May the two be one claim at all: same claimant, polarity, denial, and no conflicting numbers. */
  public static boolean compatible(Said a, Said b) {
    return a.claimantKey().equals(b.claimantKey())
        && a.denial() == b.denial()
        && a.content().negated() == b.content().negated()
        && !Similarity.numbersConflict(a.content(), b.content());
  }

  /** True when two statements alone are one claim (uniform word weights). */
  public boolean same(Said a, Said b) {
    return compatible(a, b) && pairScore(a, b, TermWeights.UNIFORM) >= threshold;
  }

  /**
   * The similarity of two compatible statements; for a named claimant, at least the threshold when
   * one content is contained in the other ({@link Similarity#contained}): the same statement relayed
   * in part by one outlet and in full by another. Not for "author" or "unnamed", whose statements are
   * different speakers' and share words by topic, not by being one statement.
   */
  private double pairScore(Said a, Said b, TermWeights weights) {
    double s = Similarity.score(a.content(), b.content(), weights);
    if (s < threshold && named(a.claimantKey()) && Similarity.contained(a.content(), b.content())) {
      return threshold;
    }
    if (s < threshold && named(a.claimantKey()) && a.stance() == b.stance()
        && (a.stance() == Stance.CONFIRM || a.stance() == Stance.DENY)
        && Similarity.sameObject(a.content(), b.content())) {
      // "Gladkov confirmed an attack on Monday" / "The attack was also confirmed by Gladkov"
      return threshold;
    }
    return s;
  }

  private static boolean named(String claimantKey) {
    return !claimantKey.equals("author") && !claimantKey.equals("unnamed");
  }

  public List<List<Integer>> group(List<Said> items) {
    return group(items, TermWeights.UNIFORM);
  }

  /** Groups of indices into {@code items}, each in input order; groups ordered by their first index. */
  public List<List<Integer>> group(List<Said> items, TermWeights weights) {
    int n = items.size();
    Map<String, List<Integer>> buckets = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      buckets.computeIfAbsent(items.get(i).claimantKey(), k -> new ArrayList<>()).add(i);
    }
    Map<Long, Double> scores = new HashMap<>();
    List<long[]> pairs = new ArrayList<>(); // {i, j, score bits}
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          if (!compatible(items.get(i), items.get(j))) {
            continue;
          }
          double s = pairScore(items.get(i), items.get(j), weights);
          if (s > 0) {
            scores.put(key(i, j), s);
          }
          if (s >= threshold) {
            pairs.add(new long[] {i, j, Double.doubleToLongBits(s)});
          }
        }
      }
    }
    pairs.sort((p, q) -> {
      int c = Double.compare(Double.longBitsToDouble(q[2]), Double.longBitsToDouble(p[2]));
      return c != 0 ? c : p[0] != q[0] ? Long.compare(p[0], q[0]) : Long.compare(p[1], q[1]);
    });
    int[] owner = new int[n];
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      owner[i] = i;
      members.put(i, new ArrayList<>(List.of(i)));
    }
    int[] version = new int[n];
    Map<Long, Long> failed = new HashMap<>(); // cluster pair -> their versions when they last failed to merge
    for (long[] p : pairs) {
      int a = owner[(int) p[0]];
      int b = owner[(int) p[1]];
      if (a == b) {
        continue;
      }
      long clusters = key(Math.min(a, b), Math.max(a, b));
      long versions = key(version[Math.min(a, b)], version[Math.max(a, b)]);
      Long lastFailure = failed.get(clusters);
      if (lastFailure != null && lastFailure == versions) {
        continue; // neither cluster changed since they last failed to merge
      }
      List<Integer> ma = members.get(a);
      List<Integer> mb = members.get(b);
      double sum = 0;
      boolean ok = true;
      for (int i : ma) {
        for (int j : mb) {
          if (!compatible(items.get(i), items.get(j))) {
            ok = false;
            break;
          }
          sum += scores.getOrDefault(key(Math.min(i, j), Math.max(i, j)), 0.0);
        }
        if (!ok) {
          break;
        }
      }
      if (!ok || sum / (ma.size() * mb.size()) < threshold) {
        failed.put(clusters, versions);
        continue;
      }
      int keep = Math.min(a, b);
      int drop = Math.max(a, b);
      version[keep]++;
      List<Integer> merged = members.get(keep);
      for (int j : members.remove(drop)) {
        owner[j] = keep;
        merged.add(j);
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(owner[i], x -> new ArrayList<>()).add(i);
    }
    return List.copyOf(groups.values());
  }

  private static long key(int i, int j) {
    return ((long) i << 32) | (j & 0xffffffffL);
  }
}
