package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.Rejection;
import org.corroborate.model.SourceRef;
import org.corroborate.store.SqliteArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPipelineTest {
  @TempDir Path dir;

  static final List<String> STORY = List.of(
      "Fire crews from Kessling fought a blaze at the Brannock Polymers warehouse through the night, the fire service said on Friday.",
      "Incident commander Anneke Soler said twelve crews had been sent and that the chemical store at the back of the site was safe.",
      "Residents within a mile of the estate were told to keep windows shut while inspectors tested the air for solvent fumes.",
      "Brannock Polymers said all forty workers on the night shift had left the building before the roof collapsed shortly after two.",
      "The environment agency said it would publish its air quality readings on Saturday morning, once the smoke plume had cleared.");

  static Article article(String path, List<String> paragraphs) {
    Outlet o = new Outlet("Outlet " + path, null);
    return Article.of(o, "Blaze at " + path, null, null, "en", paragraphs, null,
        new SourceRef("text", path, null, null, o, Instant.parse("2031-01-01T00:00:00Z")));
  }

  @Test
  void exactDuplicatesAddPlacesNearDuplicatesLinkAcrossRuns() {
    Article original = article("a.txt", STORY);
    Article sameElsewhere = article("b.txt", STORY);
    List<String> edited = new ArrayList<>(STORY.subList(0, 4));
    edited.set(1, edited.get(1).replace("twelve", "12"));
    Article copy = article("c.txt", edited);
    List<String> committed = new ArrayList<>();
    IngestPipeline.Listener listener = new IngestPipeline.Listener() {
      @Override
      public void committed(List<String> ids) {
        committed.addAll(ids);
      }
    };
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      try (IngestPipeline p = new IngestPipeline(store, IngestPipeline.Options.DEFAULTS.withTrackIds(true), listener)) {
        p.accept(original);
        p.accept(sameElsewhere);
        p.accept(original);
        p.reject(new Rejection("d.bin", "binary", "not text"));
        assertTrue(committed.isEmpty(), "nothing acknowledged before the commit");
        p.close();
        assertEquals(new IngestSummary(3, 1, 1, 1, 0, Map.of("binary", 1L)), p.summary());
        assertEquals(List.of(original.id()), p.articleIds());
        assertEquals(List.of(original.id(), original.id()), committed);
      }
      assertEquals(2, store.get(original.id()).orElseThrow().sources().size());
    }
    // a later run, a new store handle: the copy links to the article stored before
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      try (IngestPipeline p = new IngestPipeline(store)) {
        p.accept(copy);
        p.close();
        assertEquals(1, p.summary().nearDuplicates());
        assertEquals(new IngestPipeline.RetrievalStats(1, 1, 1), p.retrievalStats(), "one lookup, one candidate, verified");
      }
      Article stored = store.get(copy.id()).orElseThrow();
      assertNotNull(stored.syndication());
      assertEquals(original.id(), stored.syndication().originalId());
      assertNull(store.get(original.id()).orElseThrow().syndication());
      assertEquals(List.of(new Rejection("d.bin", "binary", "not text")), store.rejections());
    }
  }

  @Test
  void commitsInGroupsOfTheBatchSize() {
    List<Integer> groups = new ArrayList<>();
    try (SqliteArticleStore store = SqliteArticleStore.open(dir);
        IngestPipeline p = new IngestPipeline(store, IngestPipeline.Options.DEFAULTS.withBatchSize(3),
            new IngestPipeline.Listener() {
              @Override
              public void committed(List<String> ids) {
                groups.add(ids.size());
              }
            })) {
      for (int i = 0; i < 7; i++) {
        p.accept(article("f" + i, List.of("Paragraph number " + i + " of a short note about the harbour.")));
      }
      assertEquals(List.of(3, 3), groups);
      p.close();
      assertEquals(List.of(3, 3, 1), groups);
      assertEquals(7, store.articleCount());
    }
  }

  @Test
  void aStoreFailureFailsThePipelineForGood() {
    SqliteArticleStore store = SqliteArticleStore.open(dir);
    IngestPipeline p = new IngestPipeline(store);
    store.close();
    assertThrows(IllegalStateException.class, () -> p.accept(article("x", STORY)));
    IllegalStateException later = assertThrows(IllegalStateException.class,
        () -> p.reject(new Rejection("y", "empty", null)));
    assertTrue(later.getMessage().contains("failed earlier"), later.getMessage());
  }
}
