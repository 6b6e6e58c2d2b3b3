package org.corroborate.eval.events;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.events.EventDoc;
import org.corroborate.model.Rejection;
import org.corroborate.util.Json;

/**
 * Reads BASIL ({@code DIR/articles/YEAR/*.json}) into event documents: title, body paragraphs and
 * date. The gold fields ({@code triplet-uuid}, {@code main-event}, {@code main-entities}) only give
 * the gold label ({@code triplet-uuid}); they never reach the document. The document id is the
 * file's path under {@code articles/} (an opaque name; ids are never features).
 */
public final class BasilReader {
  private BasilReader() {}

  public static boolean looksLike(Path dir) {
    return Files.isDirectory(dir.resolve("articles"));
  }

  /** The article files of a BASIL folder ({@code articles/YEAR/*.json}), in name order. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir.resolve("articles"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  /** One article file as JSON, or null with a "malformed-json" rejection recorded. */
  public static JsonNode json(Path f, List<Rejection> rejections) throws IOException {
    try {
      return Json.mapper().readTree(f.toFile());
    } catch (JacksonException e) {
      rejections.add(new Rejection(f.toString(), "malformed-json", e.getOriginalMessage()));
      return null;
    }
  }

  public static EventSet read(Path dir) throws IOException {
    List<LabeledDoc> docs = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (Path f : files(dir)) {
      JsonNode n = json(f, rejections);
      if (n == null) {
        continue;
      }
      String gold = n.path("triplet-uuid").asText("");
      if (gold.isEmpty()) {
        rejections.add(new Rejection(f.toString(), "no-gold", "no triplet-uuid"));
        continue;
      }
      StringBuilder body = new StringBuilder();
      for (JsonNode para : n.path("body-paragraphs")) {
        StringBuilder p = new StringBuilder();
        if (para.isArray()) {
          for (JsonNode piece : para) {
            p.append(p.length() > 0 ? " " : "").append(piece.asText(""));
          }
        } else {
          p.append(para.asText(""));
        }
        if (!p.toString().isBlank()) {
          body.append(body.length() > 0 ? "\n\n" : "").append(p.toString().strip());
        }
      }
      String title = n.path("title").asText("");
      if (body.length() == 0 && title.isBlank()) {
        rejections.add(new Rejection(f.toString(), "no-text", "neither title nor body paragraphs"));
        continue;
      }
      Instant published = null;
      String date = n.path("date").asText("");
      if (!date.isEmpty()) {
        try {
          published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date)
              .atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
          rejections.add(new Rejection(f.toString(), "bad-date", "unreadable date '" + date + "', read without one"));
        }
      }
      String id = dir.resolve("articles").relativize(f).toString();
      docs.add(new LabeledDoc(EventDoc.of(id, title, body.toString(), published), gold));
    }
    return new EventSet("basil", docs, rejections);
  }
}
