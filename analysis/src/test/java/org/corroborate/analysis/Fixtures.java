package org.corroborate.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;

/** Helpers to build fictional articles and hand-made attributions for tests. */
public final class Fixtures {
  private Fixtures() {}

  /** An article of the given paragraphs, published on {@code day} (or undated when null). */
  public static Article article(String outlet, LocalDate day, String... paragraphs) {
    Published pub = day == null ? null
        : new Published(day.atStartOfDay(ZoneOffset.UTC).toInstant(), "text:dateline", Confidence.MEDIUM, true);
    return Article.of(new Outlet(outlet, null), "", null, pub, "en", List.of(paragraphs), null,
        new SourceRef("text", "test", null, null, null, Instant.EPOCH));
  }

  /** The span of the {@code nth} (0-based) occurrence of {@code part} in {@code text}. */
  public static Span span(String text, String part, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(part, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + part + "' occurs fewer than " + (nth + 1) + " times");
      }
    }
    return new Span(at, at + part.length());
  }

  public static Span span(String text, String part) {
    return span(text, part, 0);
  }

  /** An attribution: source (may be null), cue, content parts (may be none), each the first occurrence after the previous. */
  public static Attribution att(String text, String source, String cue, String... content) {
    List<Span> src = source == null ? List.of() : List.of(span(text, source));
    Span c = span(text, cue);
    List<Span> parts = new ArrayList<>();
    for (String p : content) {
      parts.add(span(text, p));
    }
    boolean direct = !parts.isEmpty() && "\"“".indexOf(text.charAt(parts.get(0).start())) >= 0;
    return new Attribution(src, List.of(c), parts, direct, 0);
  }
}
