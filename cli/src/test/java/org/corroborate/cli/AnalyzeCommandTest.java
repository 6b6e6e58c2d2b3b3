package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path dir;

  static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Json.mapper().readTree(l));
    }
    return out;
  }

  @Test
  void writesArticlesAndRejections() throws Exception {
    Path in = CliFixtures.writeInputs(dir);
    Path out = dir.resolve("out");
    CliFixtures.Run r = CliFixtures.run("analyze", in.toString(), "--out", out.toString(), "--data", dir.resolve("data").toString(),
        "--ingest-only");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("wrote " + out.resolve("articles.jsonl")), r.out());

    List<JsonNode> articles = lines(out.resolve("articles.jsonl"));
    assertEquals(4, articles.size());
    Map<String, JsonNode> bySource = new HashMap<>();
    for (JsonNode a : articles) {
      for (String field : List.of("id", "source", "outlet", "title", "published", "byline", "language", "url",
          "sources", "syndication", "text", "paragraphs")) {
        assertTrue(a.has(field), "field " + field + " in " + a);
      }
      bySource.put(Path.of(a.get("source").asText()).getFileName().toString(), a);
    }
    JsonNode story = bySource.get("a.txt");
    assertEquals(2, story.get("sources").size(), "the exact copy is a second source");
    assertTrue(story.get("syndication").isNull());
    JsonNode copy = bySource.get("c.txt");
    assertEquals(story.get("id").asText(), copy.get("syndication").get("original_id").asText());
    assertEquals("minhash-shingles", copy.get("syndication").get("method").asText());
    JsonNode other = bySource.get("d.txt");
    assertEquals("Marrowby heads for a recount", other.get("title").asText());
    assertEquals("Valley Post", other.get("outlet").asText());
    assertTrue(other.get("published").asText().startsWith("2031-05-04"), other.toString());
    JsonNode page = bySource.get("e.html");
    assertEquals("2031-05-02T09:30:00Z", page.get("published").asText());
    // paragraph offsets point into the text
    String text = other.get("text").asText();
    JsonNode first = other.get("paragraphs").get(0);
    assertTrue(text.substring(first.get(0).asInt(), first.get(1).asInt()).startsWith("The Marrowby electoral commission"));

    List<JsonNode> rejections = lines(out.resolve("rejections.jsonl"));
    assertEquals(1, rejections.size());
    assertEquals("empty", rejections.get(0).get("reason").asText());
    assertTrue(rejections.get(0).get("source").asText().endsWith("empty.txt"));
    assertTrue(rejections.get(0).has("detail"));
    assertNull(Files.list(out).filter(p -> p.toString().endsWith(".tmp")).findAny().orElse(null));
  }

  @Test
  void aSecondRunStillWritesTheRunsArticles() throws Exception {
    Path in = CliFixtures.writeInputs(dir);
    Path data = dir.resolve("data");
    assertEquals(0, CliFixtures.run("ingest", in.resolve("a.txt").toString(), "--data", data.toString()).code());
    Path out = dir.resolve("out");
    CliFixtures.Run r = CliFixtures.run("analyze", in.resolve("a.txt").toString(), in.resolve("d.txt").toString(),
        "--out", out.toString(), "--data", data.toString(), "--ingest-only");
    assertEquals(0, r.code(), r.err());
    assertEquals(2, lines(out.resolve("articles.jsonl")).size(), "already-stored articles of the run are written too");
  }

  @Test
  void ingestOnlyWritesNoAnalysisOutputs() throws Exception {
    Path in = CliFixtures.writeInputs(dir);
    Path out = dir.resolve("out");
    CliFixtures.Run r = CliFixtures.run("analyze", in.toString(), "--out", out.toString(), "--data",
        dir.resolve("data").toString(), "--ingest-only");
    assertEquals(0, r.code(), r.err());
    for (String f : List.of("statements.jsonl", "ledger.json", "claims.csv", "report.html")) {
      assertTrue(Files.notExists(out.resolve(f)), f);
    }
  }

  @Test
  void badThreadsAndMissingAliasFileAreUsageErrors() throws Exception {
    Path in = CliFixtures.writeInputs(dir);
    Path out = dir.resolve("out");
    CliFixtures.Run r = CliFixtures.run("analyze", in.toString(), "--out", out.toString(), "--threads", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--threads"), r.err());
    r = CliFixtures.run("analyze", in.toString(), "--out", out.toString(), "--aliases", dir.resolve("nope.tsv").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("alias file not found"), r.err());
  }

  @Test
  void outIsRequired() {
    CliFixtures.Run r = CliFixtures.run("analyze", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--out"), r.err());
  }
}
