package org.corroborate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.SourceRef;
import org.junit.jupiter.api.Test;

class EventDocsTest {
  private static final SourceRef SRC = new SourceRef("file", "a.txt", null, null, null, null);

  @Test
  void articleWithoutAnalysis() {
    Article a = Article.of(new Outlet("The Courier", null), "Dam bursts", null, null, "en",
        List.of("The dam burst.", "Many fled."), null, SRC);
    EventDoc d = EventDocs.fromArticle(a);
    assertEquals(a.id(), d.id());
    assertEquals("Dam bursts", d.title());
    assertEquals("The dam burst.\n\nMany fled.", d.text());
    assertNull(d.published());
  }

  @Test
  void analysedArticleGivesActorsAndPlaces() {
    Instant t = Instant.parse("2025-03-05T10:00:00Z");
    Article a = Article.of(new Outlet("The Courier", null), "Dam bursts", null,
        new Published(t, "meta:article:published_time", Confidence.values()[0], false), "en",
        List.of("Mayor Petra Oswin said the Lindau dam burst."), null, SRC);
    AnalyzedArticle aa = new AnalyzedArticle(a, List.of(), List.of(
        new Entity("E1", "Petra Oswin", EntityType.PERSON, List.of(), List.of()),
        new Entity("E2", "Lindau", EntityType.GPE, List.of(), List.of()),
        new Entity("E3", "Lindau", EntityType.GPE, List.of(), List.of()),
        new Entity("E4", "German", EntityType.MISC, List.of(), List.of()),
        new Entity("E5", "Water Board", EntityType.ORGANIZATION, List.of(), List.of())),
        List.of(), List.of(), List.of());
    EventDoc d = EventDocs.fromAnalyzed(aa);
    assertEquals(List.of("Petra Oswin", "Water Board"), d.actors());
    assertEquals(List.of("Lindau"), d.places());
    assertEquals(t, d.published());
  }
}
