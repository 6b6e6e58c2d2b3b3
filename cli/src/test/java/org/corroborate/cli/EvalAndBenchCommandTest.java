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
