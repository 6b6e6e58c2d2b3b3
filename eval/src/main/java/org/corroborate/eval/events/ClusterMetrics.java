package org.corroborate.eval.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Clustering metrics against gold classes. Both maps give, per item, a cluster label; they must hold
 * the same items (a mismatch is a caller error).
 *
 * <ul>
 *   <li>BCubed (Bagga and Baldwin 1998): per item, precision is the share of its predicted cluster
 *       that shares its gold class, recall the share of its gold class that shares its predicted
 *       cluster; both averaged over items.
 *   <li>Pairwise: over all unordered pairs of items, a pair is predicted positive when both are in
 *       one predicted cluster and truly positive when both are in one gold class. With no predicted
 *       (or gold) pairs, precision (or recall) is 1 by convention.
 * </ul>
 */
public final class ClusterMetrics {
  private ClusterMetrics() {}

  public static Prf bcubed(Map<String, String> gold, Map<String, String> predicted) {
    check(gold, predicted);
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> cellSize = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String p = predicted.get(e.getKey());
      goldSize.merge(g, 1, Integer::sum);
      predSize.merge(p, 1, Integer::sum);
      cellSize.merge(g + "\u0000" + p, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String p = predicted.get(e.getKey());
      int cell = cellSize.get(g + "\u0000" + p);
      precision += (double) cell / predSize.get(p);
      recall += (double) cell / goldSize.get(g);
    }
    int n = gold.size();
    return n == 0 ? Prf.of(1, 1) : Prf.of(precision / n, recall / n);
  }

  public static Prf pairwise(Map<String, String> gold, Map<String, String> predicted) {
    check(gold, predicted);
    Map<String, Long> goldSize = new HashMap<>();
    Map<String, Long> predSize = new HashMap<>();
    Map<String, Long> cellSize = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String p = predicted.get(e.getKey());
      goldSize.merge(g, 1L, Long::sum);
      predSize.merge(p, 1L, Long::sum);
      cellSize.merge(g + "\u0000" + p, 1L, Long::sum);
    }
    long truePairs = pairs(goldSize);
    long predPairs = pairs(predSize);
    long both = pairs(cellSize);
    double precision = predPairs == 0 ? 1 : (double) both / predPairs;
    double recall = truePairs == 0 ? 1 : (double) both / truePairs;
    return Prf.of(precision, recall);
  }

  private static long pairs(Map<String, Long> sizes) {
    long s = 0;
    for (long n : sizes.values()) {
      s += n * (n - 1) / 2;
    }
    return s;
  }

  private static void check(Map<String, String> gold, Map<String, String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (!gold.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("gold and predicted clusterings must cover the same items ("
          + gold.size() + " vs " + predicted.size() + ")");
    }
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      if (e.getValue() == null || gold.get(e.getKey()) == null) {
        throw new IllegalArgumentException("item without a cluster label: " + e.getKey());
      }
    }
  }
}
