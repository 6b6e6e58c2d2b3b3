package org.corroborate.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Entity;

/** Adapters from the project's records to {@link EventDoc}. */
public final class EventDocs {
  private EventDocs() {}

  /** An article without analysis: title, text and publication time (null when not known). */
  public static EventDoc fromArticle(Article a) {
    return new EventDoc(a.id(), a.title(), a.text(),
        a.published() == null ? null : a.published().time(), List.of(), List.of());
  }

  /**
   * An analysed article: adds the canonical names of its entities, persons and organisations as
   * actors, countries, cities and other places as places (MISC entities are left out: they are
   * mostly nationalities and events, which the text terms already carry).
   */
  public static EventDoc fromAnalyzed(AnalyzedArticle aa) {
    Set<String> actors = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    for (Entity e : aa.entities()) {
      if (e.name() == null || e.name().isBlank() || e.type() == null) {
        continue;
      }
      switch (e.type()) {
        case PERSON, ORGANIZATION -> actors.add(e.name());
        case GPE, LOCATION -> places.add(e.name());
        case MISC -> { }
      }
    }
    Article a = aa.article();
    return new EventDoc(a.id(), a.title(), a.text(),
        a.published() == null ? null : a.published().time(), new ArrayList<>(actors), new ArrayList<>(places));
  }
}
