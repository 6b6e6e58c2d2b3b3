package org.corroborate.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics on examples small enough to count by hand. */
class ClusterMetricsTest {
  // gold: {a,b,c} {d,e}; predicted: {a,b} {c,d,e}
  private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");
  private static final Map<String, String> PRED = Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2");

  @Test
  void bcubedByHand() {
    // precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/3 / 5; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/3 / 5
    Prf p = ClusterMetrics.bcubed(GOLD, PRED);
    assertEquals(11.0 / 15, p.precision(), 1e-12);
    assertEquals(11.0 / 15, p.recall(), 1e-12);
    assertEquals(11.0 / 15, p.f1(), 1e-12);
  }

  @Test
  void pairwiseByHand() {
    // gold pairs: ab ac bc de (4); predicted pairs: ab cd ce de (4); shared: ab de (2)
    Prf p = ClusterMetrics.pairwise(GOLD, PRED);
    assertEquals(0.5, p.precision(), 1e-12);
    assertEquals(0.5, p.recall(), 1e-12);
    assertEquals(0.5, p.f1(), 1e-12);
  }

  @Test
  void singletonsAndOneBigCluster() {
    Map<String, String> singletons = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
    Prf b = ClusterMetrics.bcubed(GOLD, singletons);
    assertEquals(1.0, b.precision(), 1e-12);
    assertEquals((3 * (1.0 / 3) + 2 * 0.5) / 5, b.recall(), 1e-12);
    Prf pw = ClusterMetrics.pairwise(GOLD, singletons);
    assertEquals(1.0, pw.precision(), 1e-12); // no predicted pairs: precision 1 by convention
    assertEquals(0.0, pw.recall(), 1e-12);
    assertEquals(0.0, pw.f1(), 1e-12);

    Map<String, String> one = Map.of("a", "X", "b", "X", "c", "X", "d", "X", "e", "X");
    Prf all = ClusterMetrics.pairwise(GOLD, one);
    assertEquals(4.0 / 10, all.precision(), 1e-12);
    assertEquals(1.0, all.recall(), 1e-12);
    Prf ball = ClusterMetrics.bcubed(GOLD, one);
    assertEquals((3 * 0.6 + 2 * 0.4) / 5, ball.precision(), 1e-12);
    assertEquals(1.0, ball.recall(), 1e-12);
  }

  @Test
  void perfectClusteringScoresOne() {
    Prf b = ClusterMetrics.bcubed(GOLD, GOLD);
    Prf p = ClusterMetrics.pairwise(GOLD, GOLD);
    assertEquals(1.0, b.f1(), 1e-12);
    assertEquals(1.0, p.f1(), 1e-12);
  }

  @Test
  void differentItemSetsAreAnError() {
    assertThrows(IllegalArgumentException.class, () -> ClusterMetrics.bcubed(GOLD, Map.of("a", "P")));
    assertThrows(IllegalArgumentException.class, () -> ClusterMetrics.pairwise(GOLD, Map.of("a", "P")));
  }
}
