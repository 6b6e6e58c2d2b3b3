package org.corroborate.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyndicationFixturesTest {
  @TempDir Path dir;

  @Test
  void sameSeedSameCorpusOtherSeedOtherCorpus() {
    assertEquals(SyndicationFixtures.generate(5, 10), SyndicationFixtures.generate(5, 10));
    assertNotEquals(SyndicationFixtures.generate(5, 10), SyndicationFixtures.generate(6, 10));
  }

  @Test
  void everyStoryHasCopiesWithTextEditsAndDistinctArticles() {
    List<SyndicationFixtures.Item> items = SyndicationFixtures.generate(1, 40);
    for (int s = 0; s < 40; s++) {
      String group = "story-" + s;
      String baseText = items.stream().filter(i -> i.key().equals(group)).findFirst().orElseThrow().paragraphs().toString();
      List<SyndicationFixtures.Item> copies = items.stream().filter(i -> i.group().equals(group) && i.isCopy()).toList();
      assertFalse(copies.isEmpty(), group);
      for (SyndicationFixtures.Item c : copies) {
        assertNotEquals(baseText, c.paragraphs().toString(), "a copy's text differs from its base: " + c.key());
      }
      assertTrue(items.stream().anyMatch(i -> i.distinct() && i.key().startsWith(group + "-distinct-")));
    }
  }

  @Test
  void evaluationFindsMostCopiesAndNoFalseLinksOnASmallCorpus() {
    DuplicateEvaluation.Result r = DuplicateEvaluation.run(11, 30, dir, NearDuplicateConfig.DEFAULTS);
    assertTrue(r.goldPairs() > 30, "pairs " + r.goldPairs());
    assertTrue(r.recall() > 0.9, "recall " + r.recall());
    assertTrue(r.precision() > 0.95, "precision " + r.precision());
  }
}
