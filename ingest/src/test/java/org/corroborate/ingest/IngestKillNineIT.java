package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corroborate.model.Article;
import org.corroborate.store.SqliteArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole ingest stage under a real crash: a child JVM ingests a corpus with near-copies through
 * the pipeline, acknowledging articles after their group commits; it is killed with SIGKILL mid-way;
 * every acknowledged article must be there, and running the job again must leave exactly the store a
 * run without the crash makes (same articles, same sources, same near-duplicate links).
 */
class IngestKillNineIT {
  private static final int STORIES = 150;
  private static final int KILL_AFTER_ACKS = 60;

  @TempDir Path dir;

  @Test
  void aCrashedAndResumedIngestEqualsAnUninterruptedOne() throws Exception {
    Path crashed = dir.resolve("crashed");
    Path clean = dir.resolve("clean");

    Process child = start(crashed);
    List<String> acked = new ArrayList<>();
    boolean finished = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acked.add(line.substring(4));
          if (acked.size() >= KILL_AFTER_ACKS) {
            break;
          }
        } else if (line.startsWith("DONE")) {
          finished = true;
          break;
        }
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertFalse(finished, "the child finished before it was killed: raise STORIES");
    assertTrue(acked.size() >= KILL_AFTER_ACKS, "acknowledged " + acked.size());

    try (SqliteArticleStore store = SqliteArticleStore.open(crashed)) {
      assertEquals(List.of(), store.verify());
      for (String id : acked) {
        assertTrue(store.contains(id), "acknowledged " + id + " lost");
      }
      assertTrue(store.articleCount() < IngestCrashChild.corpus(STORIES).size());
    }

    assertFinishes(start(crashed));
    assertFinishes(start(clean));
    assertEquals(snapshot(clean), snapshot(crashed));
  }

  private static void assertFinishes(Process p) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    assertTrue(out.contains("DONE"));
  }

  /** Every article with its sources and link, in storing order. */
  private static Map<String, Article> snapshot(Path data) {
    Map<String, Article> out = new LinkedHashMap<>();
    try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
      assertEquals(List.of(), store.verify());
      store.forEachArticle(a -> out.put(a.id(), a));
    }
    return out;
  }

  private Process start(Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), IngestCrashChild.class.getName(), data.toString(),
        String.valueOf(STORIES))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
