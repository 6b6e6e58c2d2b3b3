package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability under a real crash: a child JVM stores articles and acknowledges each after its commit;
 * we kill it with SIGKILL mid-way, then check that every acknowledged article is in the store and
 * intact, nothing is half written, and that running the job again completes it with the full count.
 */
class KillNineTest {
  private static final int TOTAL = 3_000;
  private static final int KILL_AFTER_ACKS = 400;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedArticleSurvivesKillNine() throws Exception {
    Map<String, Article> expected = new HashMap<>();
    for (int i = 0; i < TOTAL; i++) {
      Article a = TestArticles.article(i, "crash/input.txt");
      expected.put(a.id(), a);
    }

    Process child = startChild();
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
      // SIGKILL on Unix: no shutdown hooks, no close. (It also closes our end of the pipe, so the
      // acknowledgements the child printed after the ones read here are not checked one by one.)
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertFalse(finished, "the child finished before it was killed: raise TOTAL");
    assertTrue(acked.size() >= KILL_AFTER_ACKS, "acknowledged " + acked.size());
    assertTrue(child.exitValue() != 0, "killed, not exited: " + child.exitValue());

    long afterCrash;
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(List.of(), store.verify(), "no partial rows after the crash");
      for (String id : acked) {
        Article a = store.get(id).orElseThrow(() -> new AssertionError("acknowledged " + id + " lost"));
        assertEquals(expected.get(id), a, "acknowledged article intact");
      }
      afterCrash = store.articleCount();
      assertTrue(afterCrash >= acked.size() && afterCrash < TOTAL, "stored " + afterCrash);
      System.out.printf("kill -9: %d acknowledged articles read before the kill, %d in the store after it, of %d%n",
          acked.size(), afterCrash, TOTAL);
    }

    Process again = startChild();
    String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(again.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, again.exitValue(), stderr(again));
    assertTrue(out.contains("DONE stored=" + (TOTAL - afterCrash)), "the rerun stores only what was missing");
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(List.of(), store.verify());
      assertEquals(TOTAL, store.articleCount());
      store.forEachArticle(a -> {
        assertEquals(expected.get(a.id()), a, "each article once, with its one source");
      });
    }
  }

  private Process startChild() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), dir.toString(), String.valueOf(TOTAL))
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  private static String stderr(Process p) throws IOException {
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
