package org.corroborate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.events.EventConfig;
import org.corroborate.ingest.Input;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.store.SqliteArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run as a library: stored analyses survive a stopped run, and the rerun analyses only the rest. */
class LedgerRunTest {
  @TempDir Path dir;

  /** Fictional articles, two stories, each in a different wording per outlet. */
  static List<Input> fixtures(int n) {
    List<Input> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String story = i % 2 == 0
          ? "The Varnholt river flooded the lower town of Esk on Tuesday, the mayor Ilse Brandt said."
          : "The Quellmark council voted to close the old Tarrow bridge after an inspection found cracks.";
      String text = "Report " + i + " from outlet " + (i % 5) + "\n\nDate: 2025-03-0" + (1 + i % 2) + "\n\n"
          + story + " Witness number " + i + " described the scene in detail for readers of paper " + i
          + ". Officials promised a full account by the end of the week, according to statement " + i + ".";
      out.add(Input.ofBytes("fixture-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** A light analyser: no models, an empty analysis per article, counting calls per article id. */
  static final class CountingAnalyzer implements ArticleAnalyzer {
    final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public AnalyzedArticle analyze(Article article) {
      calls.computeIfAbsent(article.id(), k -> new AtomicInteger()).incrementAndGet();
      return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public int parallelism() {
      return 2;
    }
  }

  @Test
  void stoppedRunKeepsFinishedAnalysesAndResumeDoesOnlyTheRest() {
    PrintWriter err = new PrintWriter(new StringWriter());
    CountingAnalyzer analyzer = new CountingAnalyzer();
    List<String> ids;
    Set<String> storedBeforeStop = new HashSet<>();
    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      ids = IngestRun.runInputs(fixtures(12), store).pipeline().articleIds();
      assertEquals(12, ids.size());
      LedgerRun first = new LedgerRun(store, () -> analyzer, err, aa -> {
        storedBeforeStop.add(aa.article().id());
        if (storedBeforeStop.size() == 5) {
          throw new IllegalStateException("stopped by the test");
        }
      });
      assertThrows(IllegalStateException.class, () -> first.run(store.getAll(ids), EventConfig.DEFAULTS));
    }
    assertEquals(5, storedBeforeStop.size());
    // A new process: the store reopened, the analyses stored before the stop are there.
    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      for (String id : storedBeforeStop) {
        assertTrue(store.getDerived(LedgerRun.ANALYSIS_KIND, id).isPresent(), id);
      }
      CountingAnalyzer second = new CountingAnalyzer();
      LedgerRun resumed = new LedgerRun(store, () -> second, err, LedgerRun.Listener.NONE);
      LedgerRun.Result r = resumed.run(store.getAll(ids), EventConfig.DEFAULTS);
      assertEquals(5, r.analysisReused());
      assertEquals(7, r.analysedNow());
      for (String id : storedBeforeStop) {
        assertFalse(second.calls.containsKey(id), "analysed twice: " + id);
      }
      second.calls.values().forEach(c -> assertEquals(1, c.get()));
      assertEquals(12, r.analysed().size());
      int inEvents = r.events().stream().mapToInt(g -> g.articles().size()).sum();
      assertEquals(12, inEvents);
      // A third run on the same articles analyses nothing and finds the same events.
      CountingAnalyzer third = new CountingAnalyzer();
      LedgerRun again = new LedgerRun(store, () -> third, err, LedgerRun.Listener.NONE);
      LedgerRun.Result r3 = again.run(store.getAll(ids), EventConfig.DEFAULTS);
      assertEquals(0, r3.analysedNow());
      assertTrue(third.calls.isEmpty());
      assertEquals(r.events().stream().map(g -> g.id()).toList(), r3.events().stream().map(g -> g.id()).toList());
    }
  }

  @Test
  void interruptStopsTheRunAndKeepsWhatWasStored() throws Exception {
    PrintWriter err = new PrintWriter(new StringWriter());
    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      List<String> ids = IngestRun.runInputs(fixtures(8), store).pipeline().articleIds();
      AtomicInteger stored = new AtomicInteger();
      LedgerRun run = new LedgerRun(store, () -> new CountingAnalyzer(), err, aa -> {
        if (stored.incrementAndGet() == 3) {
          Thread.currentThread().interrupt();
        }
      });
      List<Throwable> failure = new ArrayList<>();
      Thread t = new Thread(() -> {
        try {
          run.run(store.getAll(ids), EventConfig.DEFAULTS);
        } catch (RuntimeException e) {
          failure.add(e);
        }
      });
      t.start();
      t.join(30_000);
      assertEquals(1, failure.size());
      assertTrue(failure.get(0).getMessage().contains("interrupted"), failure.get(0).getMessage());
      long kept = ids.stream().filter(id -> store.getDerived(LedgerRun.ANALYSIS_KIND, id).isPresent()).count();
      assertEquals(3, kept);
      CountingAnalyzer rest = new CountingAnalyzer();
      LedgerRun.Result r = new LedgerRun(store, () -> rest, err, LedgerRun.Listener.NONE)
          .run(store.getAll(ids), EventConfig.DEFAULTS);
      assertEquals(5, r.analysedNow());
      assertEquals(3, r.analysisReused());
    }
  }

  @Test
  void uploadsGoThroughTheSameReadersAndRejections() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      IngestRun.Done done = IngestRun.runInputs(List.of(
          Input.ofBytes("a.txt", new byte[0]),
          Input.ofBytes("b.json", "{not json".getBytes(StandardCharsets.UTF_8)),
          fixtures(1).get(0)), store);
      assertEquals(1, done.pipeline().articleIds().size());
      assertEquals(2, done.pipeline().rejections().size());
      assertEquals(1, store.articleCount());
    }
  }
}
