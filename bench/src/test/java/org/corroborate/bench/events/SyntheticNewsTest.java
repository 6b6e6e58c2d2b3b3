package org.corroborate.bench.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.events.EventConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticNewsTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 42})
  void seededInTimeOrderWithEventsOfSeveralArticles(long seed) {
    List<SyntheticNews.Item> a = new SyntheticNews(seed, 2000).take(3000);
    List<SyntheticNews.Item> b = new SyntheticNews(seed, 2000).take(3000);
    assertEquals(a, b);
    assertNotEquals(a, new SyntheticNews(seed + 1, 2000).take(3000));
    Set<Long> events = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < a.size(); i++) {
      events.add(a.get(i).eventId());
      assertTrue(ids.add(a.get(i).doc().id()), "unique ids");
      if (i > 0) {
        assertFalse(a.get(i).doc().published().isBefore(a.get(i - 1).doc().published()), "time order");
      }
    }
    assertTrue(events.size() > 200 && events.size() < 2000, "events: " + events.size());
  }

  @ParameterizedTest
  @ValueSource(longs = {7})
  void theBenchmarkReportsACheckpointPerSize(long seed) {
    EventsBenchmark.Result r = new EventsBenchmark(EventConfig.DEFAULTS, seed, 2000, 1000, 0).run(12_000, c -> { });
    assertEquals(List.of(10_000, 12_000), r.checkpoints().stream().map(EventsBenchmark.Checkpoint::articles).toList());
    assertTrue(r.pairwisePrecision() > 0.8 && r.pairwiseRecall() > 0.8,
        "synthetic events mostly recovered: " + r.pairwisePrecision() + " " + r.pairwiseRecall());
  }

  @ParameterizedTest
  @ValueSource(longs = {3})
  void checkpointsAreMeasuredInRoundsAgainstTheSavedFirstIndex(long seed) {
    EventsBenchmark.Result r = new EventsBenchmark(EventConfig.DEFAULTS, seed, 2000, 3000, 0).run(11_000, c -> { });
    assertEquals(List.of(10_000, 13_000), r.checkpoints().stream().map(EventsBenchmark.Checkpoint::articles).toList(),
        "the second checkpoint begins where the first one's timed rounds ended");
    for (EventsBenchmark.Checkpoint c : r.checkpoints()) {
      assertTrue(c.microsPerArticle() > 0 && c.probeMicrosPerArticle() > 0 && c.pairedRatio() > 0, c.toString());
      assertTrue(c.events() > 0 && c.heapBytes() > 0, c.toString());
    }
    assertEquals(r.checkpoints().get(1).pairedRatio(), r.costRatio());
  }

  @org.junit.jupiter.api.Test
  void medianOfOddAndEvenCounts() {
    assertEquals(2.0, EventsBenchmark.median(new double[] {3, 1, 2}));
    assertEquals(2.5, EventsBenchmark.median(new double[] {4, 1, 3, 2}));
  }
}
