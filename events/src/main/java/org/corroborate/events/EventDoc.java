package org.corroborate.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the event clusterer reads of one document. Small on purpose, so that project articles,
 * ECB+ documents and BASIL articles all fit: gold labels never go in here.
 *
 * @param id        unique document id (an article id, a file name); never null or blank
 * @param title     headline, may be empty (never null); its terms weigh more than body terms
 * @param text      body text, may be empty (never null)
 * @param published publication time, or null when unknown (then no time penalty applies)
 * @param actors    names of people and organisations found by analysis; may be empty
 * @param places    names of places found by analysis; may be empty
 */
public record EventDoc(String id, String title, String text, Instant published, List<String> actors, List<String> places) {
  public EventDoc {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an EventDoc needs a non-blank id");
    }
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    actors = actors == null ? List.of() : List.copyOf(actors);
    places = places == null ? List.of() : List.copyOf(places);
  }

  /** A document with text and time only (no entity names). */
  public static EventDoc of(String id, String title, String text, Instant published) {
    return new EventDoc(id, title, text, published, List.of(), List.of());
  }
}
