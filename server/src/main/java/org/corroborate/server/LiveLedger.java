package org.corroborate.server;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.corroborate.events.EventConfig;
import org.corroborate.ledger.Aliases;
import org.corroborate.ledger.EventGroup;
import org.corroborate.ledger.Ledger;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.pipeline.ArticleAnalyzer;
import org.corroborate.pipeline.LedgerRun;
import org.corroborate.store.ArticleStore;

/**
 * Keeps the read model up to date: article ids queued by uploads (and, at start, every stored article
 * not yet in an event) are taken in batches by one worker thread, analysed (each analysis stored as
 * soon as it is done, so a killed server resumes where it stopped), placed in events, and the ledger
 * rebuilt for the touched events only, one event at a time, each swapped into the {@link ReadModel} in
 * one transaction.
 */
public final class LiveLedger implements AutoCloseable {
  /** Articles per batch at most: a batch's events are visible when it ends. */
  static final int BATCH = 64;

  /** Where the worker stands, for /api/health. */
  public record Status(int pending, long articlesDone, long batches, long eventsUpdated, String lastError) {}

  /** Builds a ledger for event groups (the pipeline's {@code Ledgers::build} in production). */
  @FunctionalInterface
  public interface LedgerFactory {
    Ledger build(List<EventGroup> groups, Aliases aliases);
  }

  private final ArticleStore store;
  private final ReadModel model;
  private final Supplier<? extends ArticleAnalyzer> analyzer;
  private final LedgerFactory ledgers;
  private final Aliases aliases;
  private final PrintWriter log;
  private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final Set<String> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong eventsUpdated = new AtomicLong();
  private volatile String lastError;
  private final Thread worker;
  private ArticleAnalyzer built;

  public LiveLedger(ArticleStore store, ReadModel model, Supplier<? extends ArticleAnalyzer> analyzer,
      LedgerFactory ledgers, Aliases aliases, PrintWriter log) {
    this.store = Objects.requireNonNull(store);
    this.model = Objects.requireNonNull(model);
    this.analyzer = Objects.requireNonNull(analyzer);
    this.ledgers = Objects.requireNonNull(ledgers);
    this.aliases = Objects.requireNonNull(aliases);
    this.log = Objects.requireNonNull(log);
    this.worker = new Thread(this::loop, "corroborate-live-ledger");
    worker.setDaemon(true);
  }

  /** Queues every stored article not yet in an event of the read model (a restart resumes here), then starts. */
  public LiveLedger start() {
    List<String> missing = new ArrayList<>();
    store.forEachArticle(a -> {
      if (!model.hasArticle(a.id())) {
        missing.add(a.id());
      }
    });
    enqueue(missing);
    worker.start();
    return this;
  }

  /** Hears the ids of the events each batch changed (live updates). */
  public void onUpdate(Consumer<Set<String>> listener) {
    listeners.add(listener);
  }

  public void enqueue(List<String> articleIds) {
    for (String id : articleIds) {
      if (queued.add(id)) {
        queue.add(id);
      }
    }
  }

  public Status status() {
    return new Status(queued.size(), done.get(), batches.get(), eventsUpdated.get(), lastError);
  }

  /** Whether nothing is queued or being processed (an id leaves {@code queued} only once its batch is done). */
  public boolean idle() {
    return queued.isEmpty();
  }

  private void loop() {
    while (!Thread.currentThread().isInterrupted()) {
      List<String> batch = new ArrayList<>();
      try {
        String first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        process(batch);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException | Error e) {
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        log.println("corroborate serve: batch of " + batch.size() + " failed: " + lastError);
        log.flush();
        if (e instanceof IllegalStateException && Thread.currentThread().isInterrupted()) {
          return;
        }
      } finally {
        batch.forEach(queued::remove);
      }
    }
  }

  private void process(List<String> ids) {
    // The models load on the first article that needs analysing, not on a batch of stored analyses.
    LedgerRun run = new LedgerRun(store, this::analyzer, log, LedgerRun.Listener.NONE);
    List<Article> articles = store.getAll(ids);
    LedgerRun.Result r = run.run(articles, EventConfig.DEFAULTS);
    Set<String> live = new HashSet<>();
    for (EventGroup g : r.events()) {
      live.add(g.id());
    }
    Set<String> changed = new LinkedHashSet<>();
    for (EventGroup g : r.events()) {
      Ledger ledger = ledgers.build(List.of(g), aliases);
      List<ReadModel.ArticleText> texts = new ArrayList<>();
      for (AnalyzedArticle aa : g.articles()) {
        texts.add(new ReadModel.ArticleText(aa.article().id(), aa.article().title(), aa.article().text()));
      }
      model.replaceEvent(g.id(), ledger, texts, live);
      changed.add(g.id());
    }
    done.addAndGet(articles.size());
    batches.incrementAndGet();
    eventsUpdated.addAndGet(changed.size());
    lastError = null;
    for (Consumer<Set<String>> l : listeners) {
      l.accept(changed);
    }
  }

  private ArticleAnalyzer analyzer() {
    if (built == null) {
      built = analyzer.get();
    }
    return built;
  }

  @Override
  public void close() {
    worker.interrupt();
    try {
      worker.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
