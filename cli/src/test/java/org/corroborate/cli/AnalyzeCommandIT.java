package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole {@code analyze} job with the real models, on the project's own fictional corpus
 * (examples/belmora): every output written, offsets pointing at their text, and a second run that
 * adds an article reusing the stored analyses and the stored events.
 */
class AnalyzeCommandIT {
  @TempDir Path dir;

  private static final Path ARTICLES = Path.of("..", "examples", "belmora", "articles");

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Json.mapper().readTree(l));
    }
    return out;
  }

  @Test
  void analyzesTheExampleCorpusAndThenAddsToItIncrementally() throws Exception {
    // First run: everything but one article of the main event.
    Path first = dir.resolve("first");
    Files.createDirectories(first);
    Path held = null;
    try (var files = Files.list(ARTICLES)) {
      for (Path p : files.sorted().toList()) {
        if (p.getFileName().toString().equals("harbourline-2025-10-13-belmora.html")) {
          held = p;
        } else {
          Files.copy(p, first.resolve(p.getFileName()));
        }
      }
    }
    Path data = dir.resolve("data");
    Path out1 = dir.resolve("out1");
    CliFixtures.Run r = CliFixtures.run("analyze", first.toString(), "--out", out1.toString(), "--data", data.toString(),
        "--aliases", ARTICLES.resolveSibling("aliases.tsv").toString());
    assertEquals(0, r.code(), r.err());
    for (String f : List.of("articles.jsonl", "rejections.jsonl", "statements.jsonl", "ledger.json",
        "ledger.schema.json", "claims.csv", "report.html")) {
      assertTrue(Files.size(out1.resolve(f)) >= 0 && Files.exists(out1.resolve(f)), f);
    }

    // statements.jsonl: the documented fields, offsets that point at the content in its article
    List<JsonNode> articles = lines(out1.resolve("articles.jsonl"));
    List<JsonNode> statements = lines(out1.resolve("statements.jsonl"));
    assertFalse(statements.isEmpty());
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    for (JsonNode a : articles) {
      texts.put(a.get("id").asText(), a.get("text").asText());
    }
    int named = 0;
    for (JsonNode s : statements) {
      for (String f : List.of("article", "claimant", "cue", "stance", "content", "channel", "hedges", "direct",
          "content_start", "content_end")) {
        assertTrue(s.has(f), f + " in " + s);
      }
      String text = texts.get(s.get("article").asText());
      String content = s.get("content").asText();
      if (!s.get("content_start").isNull() && !content.isEmpty()) {
        // A content interrupted by its attribution ("...," he said, "...") is written with " … " where the
        // interruption was; its span runs from the first to the last character.
        String covered = text.substring(s.get("content_start").asInt(), s.get("content_end").asInt());
        for (String piece : content.split(" … ")) {
          assertTrue(covered.contains(piece), piece + " in " + covered);
        }
      }
      if ("named".equals(s.get("claimant").get("kind").asText())) {
        named++;
      }
    }
    assertTrue(named >= 20, "named claimants: " + named);

    JsonNode ledger = Json.mapper().readTree(out1.resolve("ledger.json").toFile());
    int eventsBefore = ledger.get("events").size();
    assertTrue(eventsBefore >= 2, "events: " + eventsBefore);
    String html = Files.readString(out1.resolve("report.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"), "an HTML page");
    assertFalse(html.contains("<script src="), "self-contained: no external scripts");
    assertFalse(html.contains("rel=\"stylesheet\""), "self-contained: no external style sheets");

    // Second run: the held-back article joins the stored event; earlier analyses are reused.
    Path second = dir.resolve("second");
    Files.createDirectories(second);
    Files.copy(held, second.resolve(held.getFileName()));
    Path out2 = dir.resolve("out2");
    r = CliFixtures.run("analyze", second.toString(), "--out", out2.toString(), "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("analysed: 1 article(s)"), r.out());
    JsonNode ledger2 = Json.mapper().readTree(out2.resolve("ledger.json").toFile());
    assertEquals(1, ledger2.get("events").size(), "the new article's event only");
    JsonNode event = ledger2.get("events").get(0);
    assertTrue(event.get("articles").size() >= 4, "joined the stored event: " + event.get("articles"));
    Set<String> firstRunIds = new HashSet<>(texts.keySet());
    int old = 0;
    for (JsonNode id : event.get("articles")) {
      if (firstRunIds.contains(id.asText())) {
        old++;
      }
    }
    assertTrue(old >= 3, "earlier runs' articles are in the updated event");
  }
}
