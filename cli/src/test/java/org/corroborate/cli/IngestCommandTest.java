package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.corroborate.store.SqliteArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void ingestsDeduplicatesAndSummarises() throws Exception {
    Path in = CliFixtures.writeInputs(dir);
    Path data = dir.resolve("data");
    CliFixtures.Run r = CliFixtures.run("ingest", in.toString(), "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("files: 6 "), r.out());
    assertTrue(r.out().contains("read: 5\n"), r.out());
    assertTrue(r.out().contains("accepted: 4\n"), r.out());
    assertTrue(r.out().contains("duplicates (exact): 1\n"), r.out());
    assertTrue(r.out().contains("near-duplicates: 1\n"), r.out());
    assertTrue(r.out().contains("rejected: 1\n  empty: 1\n"), r.out());
    try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
      assertEquals(4, store.articleCount());
    }

    CliFixtures.Run again = CliFixtures.run("ingest", in.toString(), "--data", data.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("accepted: 0\n"), again.out());
    assertTrue(again.out().contains("already known (same place): 5\n"), again.out());
    try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
      assertEquals(4, store.articleCount(), "re-ingesting adds nothing");
      assertEquals(1, store.rejectionCount());
    }
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, CliFixtures.run("ingest").code(), "no input");
    CliFixtures.Run missing = CliFixtures.run("ingest", dir.resolve("nope").toString(), "--data", dir.resolve("d").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file or directory"), missing.err());
    assertEquals(2, CliFixtures.run("ingest", "--bogus", dir.toString()).code());
  }

  @Test
  void helpOnEveryCommand() {
    for (String[] args : new String[][] {
        {"--help"}, {"ingest", "--help"}, {"analyze", "--help"}, {"extract", "--help"},
        {"eval", "duplicates", "--help"}, {"bench", "ingest", "--help"}}) {
      CliFixtures.Run r = CliFixtures.run(args);
      assertEquals(0, r.code(), String.join(" ", args));
      assertTrue(r.out().contains("Usage:"), r.out());
    }
  }

  @Test
  void aBrokenStoreIsAFailureNotACrash() throws Exception {
    Path in = CliFixtures.writeInputs(dir);
    Path data = dir.resolve("data");
    java.nio.file.Files.createDirectories(data);
    java.nio.file.Files.writeString(data.resolve(SqliteArticleStore.FILE_NAME), "this is not a database, just text ".repeat(200));
    CliFixtures.Run r = CliFixtures.run("ingest", in.toString(), "--data", data.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("corroborate: "), r.err());
  }
}
