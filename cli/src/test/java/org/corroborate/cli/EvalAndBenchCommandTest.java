package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The measuring commands run and end in their line of figures (the figures themselves are not checked). */
class EvalAndBenchCommandTest {
  @Test
  void evalDuplicatesEndsInItsFigures() {
    CliFixtures.Run r = CliFixtures.run("eval", "duplicates", "--seed", "3", "--count", "12");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.lastLine().matches("duplicates: precision=[01]\\.\\d{4} recall=[01]\\.\\d{4} f1=[01]\\.\\d{4} pairs=\\d+"),
        r.lastLine());
  }

  @Test
  void evalDuplicatesWritesItsFiguresAsJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path json = dir.resolve("dupes.json");
    CliFixtures.Run r = CliFixtures.run("eval", "duplicates", "--seed", "3", "--count", "12", "--json", json.toString());
    assertEquals(0, r.code(), r.err());
    var node = org.corroborate.util.Json.mapper().readTree(json.toFile());
    assertEquals(node.get("precision").asDouble(), Double.parseDouble(r.lastLine().replaceAll(".*precision=([0-9.]+).*", "$1")), 1e-4);
    assertTrue(node.get("gold_pairs").asInt() > 0);
  }

  @Test
  void benchIngestEndsInItsFigures() {
    CliFixtures.Run r = CliFixtures.run("bench", "ingest", "--articles", "12");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("text: 12 articles"), r.out());
    assertTrue(r.out().contains("html: 12 articles"), r.out());
    assertTrue(r.out().contains("warc: 12 articles"), r.out());
    assertTrue(r.lastLine().matches("ingest: text=\\d+/s html=\\d+/s warc=\\d+/s heap_peak=\\d+MiB rss_peak=(\\d+MiB|unknown)"),
        r.lastLine());
  }

  @Test
  void badCountsAreUsageErrors() {
    assertEquals(2, CliFixtures.run("eval", "duplicates", "--count", "0").code());
    assertEquals(2, CliFixtures.run("bench", "ingest", "--articles", "0").code());
  }
}
