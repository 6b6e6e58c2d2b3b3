package org.corroborate.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.corroborate.analysis.Analyzer;
import org.corroborate.analysis.AnalyzerConfig;
import org.corroborate.events.EventCluster;
import org.corroborate.events.EventConfig;
import org.corroborate.events.EventDocs;
import org.corroborate.events.EventIndex;
import org.corroborate.ledger.EventGroup;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.store.ArticleStore;
import org.corroborate.util.Json;

/**
 * The stages after ingest: analysis, events, and the event groups the ledger is built from.
 * Store-backed, so a later run adds to what earlier runs did instead of starting over:
 *
 * <ul>
 *   <li>each article's analysis is written to the store ({@link #ANALYSIS_KIND}) as soon as it is done,
 *       in its own transaction, so a run killed half way keeps every analysis it finished and its rerun
 *       analyses only the rest; a stored analysis is reused while the analyser's output format is
 *       unchanged;
 *   <li>the event index is kept in the store as a snapshot ({@link #EVENTS_KIND}); new articles are
 *       added to it online, so they join the events of earlier runs.
 * </ul>
 *
 * <p>Not thread-safe: one run at a time per store (the server feeds it from one worker thread).
 */
public final class LedgerRun {
  /** Store kind of cached analyses; bump the suffix when the analyser's output changes (format, rules or model). */
  public static final String ANALYSIS_KIND = "analysis/4";
  /** Store kind and key of the event index snapshot. */
  public static final String EVENTS_KIND = "events/1";
  public static final String EVENTS_KEY = "index";

  /** Hears about each analysis once it is stored (progress; tests stop a run here). */
  @FunctionalInterface
  public interface Listener {
    void stored(AnalyzedArticle analysed);

    Listener NONE = a -> {};
  }

  private final ArticleStore store;
  private final Supplier<? extends ArticleAnalyzer> analyzer;
  private final PrintWriter err;
  private final Listener listener;
  private final Map<String, AnalyzedArticle> analyses = new HashMap<>();
  private ArticleAnalyzer built;
  private int analysedNow;
  private int analysisReused;

  /** @param analyzer built on first use only (loading the models takes seconds) */
  public LedgerRun(ArticleStore store, Supplier<? extends ArticleAnalyzer> analyzer, PrintWriter err, Listener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.err = Objects.requireNonNull(err, "err");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** The standard analyser with this configuration (models loaded on first use). */
  public static LedgerRun standard(ArticleStore store, AnalyzerConfig config, PrintWriter err) {
    return new LedgerRun(store, () -> ArticleAnalyzer.of(Analyzer.standard(config)), err, Listener.NONE);
  }

  /**
   * What the stages produced.
   *
   * @param analysed the run's articles analysed, in the order given
   * @param events   the events holding at least one of the run's articles, each with all its articles
   */
  public record Result(List<AnalyzedArticle> analysed, List<EventGroup> events, int analysedNow, int analysisReused) {}

  /**
   * Analyses the run's articles (reusing stored analyses), places them in events, and returns the
   * events that hold at least one of them, each with all its articles (earlier runs' too), analysed.
   */
  public Result run(List<Article> articles, EventConfig eventConfig) {
    List<AnalyzedArticle> analysed = analyse(articles);
    EventIndex index = loadIndex(eventConfig);
    for (AnalyzedArticle aa : analysed) {
      if (index.eventOf(aa.article().id()) == null) {
        index.add(EventDocs.fromAnalyzed(aa));
      }
    }
    // Joins events that the arrival order split (bounded: only events changed since the last pass).
    index.mergePass();
    saveIndex(index);
    Set<String> runIds = new LinkedHashSet<>();
    for (Article a : articles) {
      runIds.add(a.id());
    }
    Map<String, EventCluster> touched = new LinkedHashMap<>();
    for (EventCluster c : index.events()) {
      for (String id : c.docIds()) {
        if (runIds.contains(id)) {
          touched.put(c.id(), c);
          break;
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (EventCluster c : touched.values()) {
      for (String id : c.docIds()) {
        if (!analyses.containsKey(id)) {
          missing.add(id);
        }
      }
    }
    if (!missing.isEmpty()) {
      analyse(store.getAll(missing));
    }
    List<EventGroup> groups = new ArrayList<>();
    for (EventCluster c : touched.values()) {
      List<AnalyzedArticle> members = new ArrayList<>();
      for (String id : c.docIds()) {
        AnalyzedArticle aa = analyses.get(id);
        if (aa != null) {
          members.add(aa);
        }
      }
      groups.add(new EventGroup(c.id(), members));
    }
    return new Result(analysed, groups, analysedNow, analysisReused);
  }

  /**
   * Analyses articles outside any event (an evaluation that sets the event groups itself), reusing
   * and keeping stored analyses like {@link #run}; the articles need not be in the store.
   */
  public List<AnalyzedArticle> analyseAll(List<Article> articles) {
    return analyse(articles);
  }

  /** The stored analysis of an article, if it has one in the current format. */
  public static Optional<AnalyzedArticle> storedAnalysis(ArticleStore store, Article article) {
    Optional<byte[]> cached = store.getDerived(ANALYSIS_KIND, article.id());
    if (cached.isEmpty()) {
      return Optional.empty();
    }
    try {
      AnalyzedArticle aa = Json.mapper().readValue(cached.get(), AnalyzedArticle.class);
      // The stored article may have gained sources since: the analysis keeps the current record.
      return Optional.of(new AnalyzedArticle(article, aa.sentences(), aa.entities(), aa.statements(),
          aa.quantities(), aa.dates()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public int analysedNow() {
    return analysedNow;
  }

  public int analysisReused() {
    return analysisReused;
  }

  private List<AnalyzedArticle> analyse(List<Article> articles) {
    List<Article> todo = new ArrayList<>();
    Set<String> queued = new java.util.HashSet<>();
    for (Article a : articles) {
      if (analyses.containsKey(a.id()) || queued.contains(a.id())) {
        continue;
      }
      if (store.getDerived(ANALYSIS_KIND, a.id()).isPresent()) {
        Optional<AnalyzedArticle> aa = storedAnalysis(store, a);
        if (aa.isPresent()) {
          analyses.put(a.id(), aa.get());
          analysisReused++;
          continue;
        }
        err.println("corroborate: stored analysis of " + a.id() + " is unreadable; analysing again");
      }
      todo.add(a);
      queued.add(a.id());
    }
    if (!todo.isEmpty()) {
      err.println("analysing " + todo.size() + " article(s)...");
      err.flush();
      analyseAndStore(todo);
    }
    List<AnalyzedArticle> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(analyses.get(a.id()));
    }
    return out;
  }

  /**
   * Analyses on the analyser's threads and stores each result on this thread as it completes, one
   * transaction each. An interrupt (or a listener's exception) stops the run; what was stored stays.
   */
  private void analyseAndStore(List<Article> todo) {
    if (built == null) {
      built = analyzer.get();
    }
    ArticleAnalyzer a = built;
    int threads = Math.max(1, Math.min(a.parallelism(), todo.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "corroborate-analyze");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<AnalyzedArticle> done = new ExecutorCompletionService<>(pool);
      for (Article article : todo) {
        done.submit(() -> a.analyze(article));
      }
      for (int i = 0; i < todo.size(); i++) {
        Future<AnalyzedArticle> f = done.take();
        AnalyzedArticle aa = f.get();
        try {
          store.putDerived(ANALYSIS_KIND, aa.article().id(), Json.mapper().writeValueAsBytes(aa));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        analyses.put(aa.article().id(), aa);
        analysedNow++;
        listener.stored(aa);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing articles (" + analysedNow + " stored)", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error er) {
        throw er;
      }
      throw new IllegalStateException("analysis failed", c);
    } finally {
      pool.shutdownNow();
    }
  }

  private EventIndex loadIndex(EventConfig config) {
    Optional<byte[]> snap = store.getDerived(EVENTS_KIND, EVENTS_KEY);
    if (snap.isPresent()) {
      try {
        EventIndex restored = EventIndex.restore(new ByteArrayInputStream(snap.get()));
        if (restored.config().equals(config)) {
          return restored;
        }
        err.println("corroborate: event settings changed since the stored event index; rebuilding it");
      } catch (IOException e) {
        err.println("corroborate: stored event index is unreadable (" + e.getMessage() + "); rebuilding it");
      }
      List<String> ids = new ArrayList<>();
      store.forEachArticle(a -> ids.add(a.id()));
      EventIndex index = new EventIndex(config);
      for (Article a : store.getAll(ids)) {
        Optional<byte[]> cached = store.getDerived(ANALYSIS_KIND, a.id());
        if (cached.isPresent() || analyses.containsKey(a.id())) {
          index.add(EventDocs.fromAnalyzed(analyse(List.of(a)).get(0)));
        }
      }
      index.mergePass();
      return index;
    }
    return new EventIndex(config);
  }

  private void saveIndex(EventIndex index) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      index.snapshot(buf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store.putDerived(EVENTS_KIND, EVENTS_KEY, buf.toByteArray());
  }
}
