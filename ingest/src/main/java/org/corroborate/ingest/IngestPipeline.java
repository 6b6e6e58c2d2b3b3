package org.corroborate.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.TreeMap;
import org.corroborate.ingest.dedup.NearDuplicateConfig;
import org.corroborate.ingest.dedup.NearDuplicateDetector;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;
import org.corroborate.model.Syndication;
import org.corroborate.store.ArticleStore;
import org.corroborate.store.PutOutcome;

/**
 * The ingest stage after reading: a {@link ReadSink} that deduplicates what the readers emit and
 * stores it. For each article: an id already stored adds this copy's place to its sources (an exact
 * duplicate) or nothing (the same place again); a new id is checked for near-duplicates against the
 * store's persistent LSH index, linked to its original if it is a republished copy, and stored; close
 * copies do not enter the index (they are found through what they matched), which keeps lookups small
 * when many near-identical articles arrive.
 * Rejections go to the store's log.
 *
 * <p>Writes are grouped: up to {@code batchSize} articles per transaction (each article whole in one),
 * committed when the group is full and on {@link #flush()} / {@link #close()}; the {@link Listener}
 * hears of each group only after its commit, so what it is told is on disk. A crash loses at most the
 * uncommitted group, and re-running the same inputs then stores exactly what is missing.
 *
 * <p>Use: open, hand it to the readers as their sink, close; then read {@link #summary()}. Thread-safe
 * (the sink methods are synchronized), though readers normally call it from one thread.
 */
public final class IngestPipeline implements ReadSink, AutoCloseable {
  /** Hears about progress. Methods are called on the thread that feeds the pipeline. */
  public interface Listener {
    /** These article ids (new or with a new source) are committed to the store. */
    default void committed(List<String> ids) {}

    Listener NONE = new Listener() {};
  }

  /**
   * Settings.
   *
   * @param batchSize     articles per transaction (1 = commit each article)
   * @param trackIds      whether to keep the ids of this run's articles, in first-seen order, for
   *                      {@link #articleIds()} (a command that writes out what it read needs them;
   *                      a bulk ingest does not)
   * @param nearDuplicate the near-duplicate detector's settings
   */
  public record Options(int batchSize, boolean trackIds, NearDuplicateConfig nearDuplicate) {
    public static final Options DEFAULTS = new Options(256, false, NearDuplicateConfig.DEFAULTS);

    public Options {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
      }
      Objects.requireNonNull(nearDuplicate, "nearDuplicate");
    }

    public Options withTrackIds(boolean track) {
      return new Options(batchSize, track, nearDuplicate);
    }

    public Options withBatchSize(int size) {
      return new Options(size, trackIds, nearDuplicate);
    }
  }

  /** Copies at least this similar to what they matched are not added to the near-duplicate index. */
  static final double INDEX_COPIES_BELOW = 0.8;

  private final ArticleStore store;
  private final NearDuplicateDetector detector;
  private final Options options;
  private final Listener listener;

  private ArticleStore.Transaction tx;
  private final List<String> pending = new ArrayList<>();
  private int pendingWrites;
  private final SequencedSet<String> runIds = new LinkedHashSet<>();
  private final List<Rejection> runRejections = new ArrayList<>();
  private long read;
  private long accepted;
  private long exactDuplicates;
  private long alreadyKnown;
  private long nearDuplicates;
  private long lookups;
  private long candidates;
  private long verified;
  private final Map<String, Long> rejectedByReason = new TreeMap<>();
  private boolean closed;
  private RuntimeException failure;

  public IngestPipeline(ArticleStore store, Options options, Listener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.options = Objects.requireNonNull(options, "options");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.detector = new NearDuplicateDetector(options.nearDuplicate());
  }

  public IngestPipeline(ArticleStore store) {
    this(store, Options.DEFAULTS, Listener.NONE);
  }

  @Override
  public synchronized void accept(Article article) {
    Objects.requireNonNull(article, "article");
    ensureOpen();
    try {
      store(article);
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  /**
   * A store failure (disk full, file locked) cannot be recovered here: the open transaction is rolled
   * back and every later call fails with the same error, so a reader that catches it and carries on
   * cannot make the run look successful.
   */
  private RuntimeException failed(RuntimeException e) {
    failure = e;
    if (tx != null) {
      ArticleStore.Transaction t = tx;
      tx = null;
      try {
        t.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
    }
    return e;
  }

  private void store(Article article) {
    read++;
    openTransaction();
    PutOutcome outcome;
    if (store.contains(article.id())) {
      outcome = store.put(article, ArticleStore.NearDuplicateEntry.NONE);
    } else {
      NearDuplicateDetector.Fingerprint fp = detector.fingerprint(article.text());
      Article toStore = article;
      if (article.syndication() == null) {
        List<ArticleStore.NearDuplicateCandidate> found =
            store.nearDuplicateCandidates(fp.keys(), NearDuplicateDetector.MAX_CANDIDATES);
        lookups++;
        candidates += found.size();
        Optional<Syndication> link = detector.match(fp, found, id -> {
          verified++;
          return store.get(id);
        });
        if (link.isPresent()) {
          toStore = article.withSyndication(link.get());
        }
      }
      // A close copy is not indexed: it is found through what it matched, and a family of
      // near-identical articles then keeps a few entries per key instead of one per copy. A copy
      // that has drifted (similarity below INDEX_COPIES_BELOW) is indexed, so later copies of it match.
      boolean index = toStore.syndication() == null || toStore.syndication().similarity() < INDEX_COPIES_BELOW;
      outcome = store.put(toStore, index
          ? new ArticleStore.NearDuplicateEntry(fp.keys(), detector.sketch(fp))
          : ArticleStore.NearDuplicateEntry.NONE);
      if (outcome == PutOutcome.STORED && toStore.syndication() != null) {
        nearDuplicates++;
      }
    }
    switch (outcome) {
      case STORED -> accepted++;
      case SOURCE_ADDED -> exactDuplicates++;
      case UNCHANGED -> alreadyKnown++;
    }
    if (outcome != PutOutcome.UNCHANGED) {
      pending.add(article.id());
    }
    if (options.trackIds()) {
      runIds.add(article.id());
    }
    written();
  }

  @Override
  public synchronized void reject(Rejection rejection) {
    Objects.requireNonNull(rejection, "rejection");
    ensureOpen();
    try {
      openTransaction();
      store.recordRejection(rejection);
      rejectedByReason.merge(rejection.reason(), 1L, Long::sum);
      if (options.trackIds()) {
        runRejections.add(rejection);
      }
      written();
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  private void openTransaction() {
    if (tx == null) {
      tx = store.begin();
    }
  }

  private void written() {
    if (++pendingWrites >= options.batchSize()) {
      flush();
    }
  }

  /** Commits what is pending and tells the listener. */
  public synchronized void flush() {
    if (tx == null) {
      return;
    }
    ArticleStore.Transaction t = tx;
    tx = null;
    try (t) {
      t.commit();
    } catch (RuntimeException e) {
      throw failed(e);
    }
    pendingWrites = 0;
    if (!pending.isEmpty()) {
      List<String> ids = List.copyOf(pending);
      pending.clear();
      listener.committed(ids);
    }
  }

  /**
   * What near-duplicate retrieval cost in this run: {@code lookups} new articles looked up in the LSH
   * index, {@code candidates} stored articles it returned in all, {@code verified} of those that passed
   * the sketch screen and were loaded and compared on their text.
   */
  public record RetrievalStats(long lookups, long candidates, long verified) {
    public double candidatesPerLookup() {
      return lookups == 0 ? 0 : (double) candidates / lookups;
    }

    public double verifiedPerLookup() {
      return lookups == 0 ? 0 : (double) verified / lookups;
    }
  }

  public synchronized RetrievalStats retrievalStats() {
    return new RetrievalStats(lookups, candidates, verified);
  }

  /** The counts so far (complete after {@link #close()}). */
  public synchronized IngestSummary summary() {
    return new IngestSummary(read, accepted, exactDuplicates, alreadyKnown, nearDuplicates, rejectedByReason);
  }

  /** The ids of the articles this run read, first seen first; needs {@link Options#trackIds()}. */
  public synchronized List<String> articleIds() {
    requireTracking();
    return List.copyOf(runIds);
  }

  /** The rejections of this run, in order; needs {@link Options#trackIds()}. */
  public synchronized List<Rejection> rejections() {
    requireTracking();
    return List.copyOf(runRejections);
  }

  private void requireTracking() {
    if (!options.trackIds()) {
      throw new IllegalStateException("this pipeline was built without Options.trackIds");
    }
  }

  private void ensureOpen() {
    if (failure != null) {
      throw new IllegalStateException("the ingest pipeline failed earlier: " + failure.getMessage(), failure);
    }
    if (closed) {
      throw new IllegalStateException("the ingest pipeline is closed");
    }
  }

  /** Commits what is pending. The store stays open (it belongs to the caller). */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (failure == null) {
      flush();
    }
  }
}
