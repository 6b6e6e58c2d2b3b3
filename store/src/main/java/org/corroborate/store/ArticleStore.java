package org.corroborate.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;

/**
 * The durable record of what was ingested: articles (each stored once, with every place it was seen),
 * the near-duplicate index, and the rejection log.
 *
 * <p>The operations are plain enough to map one-to-one onto SQL over JDBC (insert-if-absent, select by
 * key, an indexed lookup, an ordered scan), so the embedded {@link SqliteArticleStore} can be replaced
 * by a PostgreSQL one without touching the stages that use this interface.
 *
 * <p>Atomicity: every {@link #put} writes the article, its sources and its near-duplicate keys in one
 * transaction; once it returns (or once the enclosing {@link Transaction} commits) the article is on
 * disk. A transaction opened with {@link #begin()} groups several puts into one commit (fewer
 * disk flushes), without ever splitting an article.
 *
 * <p>Thread safety: implementations are safe for use from several threads; a transaction belongs to
 * the store as a whole, so group work inside one from one thread.
 */
public interface ArticleStore extends AutoCloseable {

  /**
   * Stores an article if its id is new; if the id is known, adds each of its sources whose place
   * (kind, path, record, url) is new, and leaves everything else as first stored.
   *
   * @param nearDuplicate the article's entry in the near-duplicate index (see
   *                      {@link #nearDuplicateCandidates}); stored only with a new article
   */
  PutOutcome put(Article article, NearDuplicateEntry nearDuplicate);

  /** {@link #put(Article, NearDuplicateEntry)} with keys and no sketch. */
  default PutOutcome put(Article article, long[] nearDuplicateKeys) {
    return put(article, new NearDuplicateEntry(nearDuplicateKeys, null));
  }

  /** Whether an article with this id is stored. */
  boolean contains(String id);

  /** The stored article, with all its sources (first seen first). */
  Optional<Article> get(String id);

  /** The stored articles with these ids, in the order given; unknown ids are skipped. */
  List<Article> getAll(Collection<String> ids);

  /** Calls {@code action} on every stored article, in the order they were first stored. */
  void forEachArticle(Consumer<? super Article> action);

  long articleCount();

  /**
   * Keeps a value a later stage derived (an article's analysis under kind "analysis/N", the event
   * index snapshot), replacing any value of the same kind and key, in one transaction.
   */
  void putDerived(String kind, String key, byte[] value);

  /** The value kept by {@link #putDerived} under this kind and key, if any. */
  Optional<byte[]> getDerived(String kind, String key);

  /**
   * The stored articles that share at least one near-duplicate key with {@code keys}, each with the
   * sketch stored with it: the candidates a near-duplicate detector then screens and verifies. The
   * lookup is indexed, so its cost does not grow with the number of articles, only with the number of
   * matches. Ordered by the number of keys shared, most first (more shared bands, more similar), then id.
   *
   * @param limit at most this many candidates (the most similar first), so a family of near-identical
   *              articles cannot make one lookup return thousands
   */
  List<NearDuplicateCandidate> nearDuplicateCandidates(long[] keys, int limit);

  /** {@link #nearDuplicateCandidates(long[], int)} without a limit. */
  default List<NearDuplicateCandidate> nearDuplicateCandidates(long[] keys) {
    return nearDuplicateCandidates(keys, Integer.MAX_VALUE);
  }

  /**
   * Records why an input (or part of one) did not become an article. The same (source, reason) twice
   * is recorded once, so re-ingesting the same inputs adds nothing.
   *
   * @return true if it was new
   */
  boolean recordRejection(Rejection rejection);

  /** Every recorded rejection, oldest first. */
  List<Rejection> rejections();

  long rejectionCount();

  /** The schema version of the open store (the highest migration applied). */
  int schemaVersion();

  /**
   * Opens a transaction: everything done through this store until {@link Transaction#commit()} is
   * committed together, or not at all if the transaction is closed without a commit. Transactions do
   * not nest: beginning one while another is open fails.
   */
  Transaction begin();

  @Override
  void close();

  /**
   * An article's entry in the near-duplicate index.
   *
   * @param keys   locality-sensitive keys (LSH band hashes); articles sharing one are candidates
   * @param sketch an opaque summary the detector stores to screen candidates without loading their
   *               text (a MinHash signature and set size); null for none
   */
  record NearDuplicateEntry(long[] keys, byte[] sketch) {
    public static final NearDuplicateEntry NONE = new NearDuplicateEntry(new long[0], null);

    public NearDuplicateEntry {
      java.util.Objects.requireNonNull(keys, "keys");
    }
  }

  /** A stored article that shares a near-duplicate key, with its sketch (null if it has none). */
  record NearDuplicateCandidate(String id, byte[] sketch) {}

  /** A unit of work on the store; {@link #close()} without {@link #commit()} rolls it back. */
  interface Transaction extends AutoCloseable {
    /** Makes everything done in this transaction durable. */
    void commit();

    @Override
    void close();
  }
}
