package org.corroborate.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Rejection;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;
import org.corroborate.model.Syndication;

/**
 * The embedded default store: one SQLite file, {@code corroborate.db}, in a data folder.
 *
 * <p>Durability: the database runs in WAL mode with {@code synchronous=FULL}. In WAL mode a commit
 * appends the transaction's pages to the write-ahead log; FULL makes the commit wait until the log is
 * fsync'ed. So when {@link #put} returns (or a {@link Transaction} commits) the article survives a
 * kill -9 of the process and also a power cut or kernel crash. ({@code NORMAL} would survive kill -9
 * too, since the written log is in the OS page cache, but a power cut could lose the last commits that
 * the program had already acknowledged.) The cost of FULL is one fsync per commit; callers that store
 * many articles group them with {@link #begin()} to pay it once per group. A crash before a commit
 * rolls the whole transaction back on the next open: no article is ever half written, because an
 * article, its sources and its keys are always in the same transaction.
 *
 * <p>One connection serves the store; a lock serialises its use, and a transaction holds the lock
 * from {@link #begin()} to its close. Another process (or another store object) may open the same
 * file: transactions begin IMMEDIATE, so writers take turns, each waiting up to 30 seconds (busy
 * timeout) for the other's transaction to end.
 */
public final class SqliteArticleStore implements ArticleStore {
  /** The database file's name inside the data folder. */
  public static final String FILE_NAME = "corroborate.db";

  private final Path file;
  private final Connection conn;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean inTransaction;
  private boolean closed;
  /** Prepared statements by SQL, reused for the life of the connection (preparing costs more than running). */
  private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();

  private SqliteArticleStore(Path file, Connection conn, Clock clock) {
    this.file = file;
    this.conn = conn;
    this.clock = clock;
  }

  /** Opens (creating if needed) the store in {@code dataDir}, migrating its schema to the latest version. */
  public static SqliteArticleStore open(Path dataDir) {
    return open(dataDir, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps stored_at and recorded_at (tests fix it). */
  public static SqliteArticleStore open(Path dataDir, Clock clock) {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(clock, "clock");
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
    }
    Path file = dataDir.resolve(FILE_NAME);
    Connection conn;
    try {
      // IMMEDIATE: a transaction takes the write lock when it begins, so two processes writing to one
      // store queue on the busy timeout instead of failing when a reader tries to become a writer.
      org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
      config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
      conn = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
    }
    SqliteArticleStore store = new SqliteArticleStore(file, conn, clock);
    try {
      store.configure();
      store.migrate();
    } catch (SQLException | RuntimeException e) {
      store.closeQuietlyAfter(e);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
    }
    return store;
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  private void configure() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("PRAGMA busy_timeout = 30000");
      try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
        String mode = rs.next() ? rs.getString(1) : "?";
        if (!"wal".equalsIgnoreCase(mode)) {
          throw new StoreException("the store " + file + " could not switch to WAL mode (got " + mode
              + "); is it on a file system without shared memory support?");
        }
      }
      st.execute("PRAGMA synchronous = FULL");
      // 64 MiB of page cache (default 2 MiB): the near-duplicate key index is updated at random
      // places, and pages evicted between commits would be read back through the OS again and again.
      st.execute("PRAGMA cache_size = -65536");
      st.execute("PRAGMA foreign_keys = ON");
    }
    conn.setAutoCommit(true);
  }

  private void migrate() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
          + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    int current = readSchemaVersion();
    int latest = SqliteSchema.latestVersion();
    if (current > latest) {
      throw new StoreException("the store " + file + " has schema version " + current
          + ", newer than this program knows (" + latest + "): use a newer corroborate");
    }
    int expected = 1;
    for (Migration m : SqliteSchema.MIGRATIONS) {
      if (m.version() != expected++) {
        throw new IllegalStateException("migrations must be numbered 1, 2, 3, ... without gaps; found "
            + m.version());
      }
      if (m.version() <= current) {
        continue;
      }
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        for (String sql : m.statements()) {
          st.execute(sql);
        }
        { PreparedStatement ps = prepared(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)");
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.setString(3, clock.instant().toString());
          ps.executeUpdate();
        }
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    }
  }

  private int readSchemaVersion() throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  // ---------------------------------------------------------------- transactions

  /** Work on the connection inside the lock; turns SQL failures into a StoreException naming the file. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private <T> T locked(String what, SqlWork<T> work) {
    lock.lock();
    try {
      ensureOpen();
      return work.run();
    } catch (SQLException e) {
      throw new StoreException(what + " failed in " + file + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} atomically: inside the open transaction if there is one, else in its own. */
  private <T> T atomically(String what, SqlWork<T> work) {
    return locked(what, () -> {
      if (inTransaction) {
        return work.run();
      }
      conn.setAutoCommit(false);
      boolean done = false;
      try {
        T result = work.run();
        conn.commit();
        done = true;
        return result;
      } finally {
        if (!done) {
          conn.rollback();
        }
        conn.setAutoCommit(true);
      }
    });
  }

  @Override
  public Transaction begin() {
    lock.lock();
    boolean started = false;
    try {
      ensureOpen();
      if (inTransaction) {
        throw new IllegalStateException("a transaction is already open on this store; they do not nest");
      }
      conn.setAutoCommit(false);
      inTransaction = true;
      started = true;
      return new SqliteTransaction();
    } catch (SQLException e) {
      throw new StoreException("cannot begin a transaction in " + file + ": " + e.getMessage(), e);
    } finally {
      if (!started) {
        lock.unlock();
      }
    }
  }

  private final class SqliteTransaction implements Transaction {
    private boolean finished;

    @Override
    public void commit() {
      if (finished) {
        throw new IllegalStateException("this transaction is already finished");
      }
      try {
        conn.commit();
      } catch (SQLException e) {
        throw new StoreException("commit failed in " + file + ": " + e.getMessage(), e);
      }
      end();
    }

    @Override
    public void close() {
      if (finished) {
        return;
      }
      if (closed) { // the store was closed inside the transaction, which rolled it back
        finished = true;
        inTransaction = false;
        lock.unlock();
        return;
      }
      try {
        conn.rollback();
      } catch (SQLException e) {
        throw new StoreException("rollback failed in " + file + ": " + e.getMessage(), e);
      } finally {
        end();
      }
    }

    private void end() {
      finished = true;
      inTransaction = false;
      try {
        conn.setAutoCommit(true);
      } catch (SQLException e) {
        throw new StoreException("cannot leave the transaction in " + file + ": " + e.getMessage(), e);
      } finally {
        lock.unlock();
      }
    }
  }

  // ---------------------------------------------------------------- articles

  @Override
  public PutOutcome put(Article article, NearDuplicateEntry nearDuplicate) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(nearDuplicate, "nearDuplicate");
    return atomically("storing article " + article.id(), () -> {
      if (!exists(article.id())) {
        insertArticle(article);
        int ord = 0;
        Set<String> places = new LinkedHashSet<>();
        for (SourceRef s : article.sources()) {
          if (places.add(place(s))) {
            insertSource(article.id(), ord++, s);
          }
        }
        insertKeys(article.id(), nearDuplicate.keys());
        if (nearDuplicate.sketch() != null) {
          { PreparedStatement ps = prepared("INSERT INTO near_dup_sketch (article_id, sketch) VALUES (?, ?)");
            ps.setString(1, article.id());
            ps.setBytes(2, nearDuplicate.sketch());
            ps.executeUpdate();
          }
        }
        return PutOutcome.STORED;
      }
      Set<String> known = new LinkedHashSet<>();
      int nextOrd = 0;
      { PreparedStatement ps = prepared(
          "SELECT place, ord FROM article_source WHERE article_id = ?");
        ps.setString(1, article.id());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            known.add(rs.getString(1));
            nextOrd = Math.max(nextOrd, rs.getInt(2) + 1);
          }
        }
      }
      boolean added = false;
      for (SourceRef s : article.sources()) {
        if (known.add(place(s))) {
          insertSource(article.id(), nextOrd++, s);
          added = true;
        }
      }
      return added ? PutOutcome.SOURCE_ADDED : PutOutcome.UNCHANGED;
    });
  }

  /** The identity of a place: the same file and record (or URL) read again is the same place. */
  static String place(SourceRef s) {
    return String.join("\u001f", s.kind(), nz(s.path()), nz(s.recordId()), nz(s.url()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private boolean exists(String id) throws SQLException {
    { PreparedStatement ps = prepared("SELECT 1 FROM article WHERE id = ?");
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void insertArticle(Article a) throws SQLException {
    { PreparedStatement ps = prepared("""
        INSERT INTO article (id, outlet_name, outlet_domain, title, byline, published_time,
          published_origin, published_confidence, published_date_only, language, text, paragraphs, url,
          syndication_of, syndication_similarity, syndication_method, stored_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
      Published p = a.published();
      Syndication s = a.syndication();
      ps.setString(1, a.id());
      ps.setString(2, a.outlet().name());
      ps.setString(3, a.outlet().domain());
      ps.setString(4, a.title());
      ps.setString(5, a.byline());
      ps.setString(6, p == null ? null : p.time().toString());
      ps.setString(7, p == null ? null : p.origin());
      ps.setString(8, p == null ? null : p.confidence().name());
      if (p == null) {
        ps.setNull(9, Types.INTEGER);
      } else {
        ps.setInt(9, p.dateOnly() ? 1 : 0);
      }
      ps.setString(10, a.language());
      ps.setString(11, a.text());
      ps.setString(12, encodeSpans(a.paragraphs()));
      ps.setString(13, a.url());
      ps.setString(14, s == null ? null : s.originalId());
      if (s == null) {
        ps.setNull(15, Types.REAL);
      } else {
        ps.setDouble(15, s.similarity());
      }
      ps.setString(16, s == null ? null : s.method());
      ps.setString(17, clock.instant().toString());
      ps.executeUpdate();
    }
  }

  private void insertSource(String articleId, int ord, SourceRef s) throws SQLException {
    { PreparedStatement ps = prepared("""
        INSERT INTO article_source (article_id, ord, place, kind, path, url, record_id, outlet_name,
          outlet_domain, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
      ps.setString(1, articleId);
      ps.setInt(2, ord);
      ps.setString(3, place(s));
      ps.setString(4, s.kind());
      ps.setString(5, s.path());
      ps.setString(6, s.url());
      ps.setString(7, s.recordId());
      ps.setString(8, s.outlet() == null ? null : s.outlet().name());
      ps.setString(9, s.outlet() == null ? null : s.outlet().domain());
      ps.setString(10, s.seenAt() == null ? null : s.seenAt().toString());
      ps.executeUpdate();
    }
  }

  private void insertKeys(String articleId, long[] keys) throws SQLException {
    if (keys.length == 0) {
      return;
    }
    { PreparedStatement ps = prepared(
        "INSERT OR IGNORE INTO near_dup_key (key, article_id) VALUES (?, ?)");
      for (long k : keys) {
        ps.setLong(1, k);
        ps.setString(2, articleId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public boolean contains(String id) {
    Objects.requireNonNull(id, "id");
    return locked("looking up article " + id, () -> exists(id));
  }

  @Override
  public Optional<Article> get(String id) {
    Objects.requireNonNull(id, "id");
    return locked("reading article " + id, () -> {
      { PreparedStatement ps = prepared("SELECT * FROM article WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(readArticle(rs)) : Optional.<Article>empty();
        }
      }
    });
  }

  @Override
  public List<Article> getAll(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    List<Article> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      get(id).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public void forEachArticle(Consumer<? super Article> action) {
    Objects.requireNonNull(action, "action");
    // Pages by seq so that no statement stays open while the caller's action runs (it may use the store).
    long after = 0;
    while (true) {
      final long from = after;
      List<Map.Entry<Long, Article>> page = locked("reading articles", () -> {
        List<Map.Entry<Long, Article>> rows = new ArrayList<>();
        { PreparedStatement ps = prepared(
            "SELECT * FROM article WHERE seq > ? ORDER BY seq LIMIT 500");
          ps.setLong(1, from);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(Map.entry(rs.getLong("seq"), readArticle(rs)));
            }
          }
        }
        return rows;
      });
      if (page.isEmpty()) {
        return;
      }
      for (Map.Entry<Long, Article> e : page) {
        action.accept(e.getValue());
        after = e.getKey();
      }
    }
  }

  @Override
  public long articleCount() {
    return locked("counting articles", () -> count("SELECT COUNT(*) FROM article"));
  }

  private long count(String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private Article readArticle(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    Published published = null;
    String time = rs.getString("published_time");
    if (time != null) {
      published = new Published(Instant.parse(time), rs.getString("published_origin"),
          Confidence.valueOf(rs.getString("published_confidence")), rs.getInt("published_date_only") == 1);
    }
    Syndication syndication = null;
    String of = rs.getString("syndication_of");
    if (of != null) {
      syndication = new Syndication(of, rs.getDouble("syndication_similarity"), rs.getString("syndication_method"));
    }
    Outlet outlet = outlet(rs.getString("outlet_name"), rs.getString("outlet_domain"));
    return new Article(id, outlet, rs.getString("title"), rs.getString("byline"), published,
        rs.getString("language"), rs.getString("text"), decodeSpans(rs.getString("paragraphs")),
        rs.getString("url"), readSources(id), syndication);
  }

  private List<SourceRef> readSources(String articleId) throws SQLException {
    List<SourceRef> out = new ArrayList<>();
    { PreparedStatement ps = prepared(
        "SELECT * FROM article_source WHERE article_id = ? ORDER BY ord");
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String seen = rs.getString("seen_at");
          out.add(new SourceRef(rs.getString("kind"), rs.getString("path"), rs.getString("url"),
              rs.getString("record_id"), outlet(rs.getString("outlet_name"), rs.getString("outlet_domain")),
              seen == null ? null : Instant.parse(seen)));
        }
      }
    }
    if (out.isEmpty()) {
      throw new StoreException("article " + articleId + " in " + file + " has no sources: the store is corrupt");
    }
    return out;
  }

  private static Outlet outlet(String name, String domain) {
    return name == null && domain == null ? null : new Outlet(name, domain);
  }

  /** Paragraph spans as "start-end,start-end": compact, and read back without a JSON parser. */
  static String encodeSpans(List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(s.start()).append('-').append(s.end());
    }
    return sb.toString();
  }

  static List<Span> decodeSpans(String encoded) {
    List<Span> out = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String part : encoded.split(",")) {
      int dash = part.indexOf('-');
      out.add(new Span(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
    }
    return out;
  }

  // ---------------------------------------------------------------- near-duplicate index

  @Override
  public List<NearDuplicateCandidate> nearDuplicateCandidates(long[] keys, int limit) {
    Objects.requireNonNull(keys, "keys");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    if (keys.length == 0) {
      return List.of();
    }
    return locked("looking up near-duplicate candidates", () -> {
      List<NearDuplicateCandidate> out = new ArrayList<>();
      StringBuilder sql = new StringBuilder("SELECT c.article_id, s.sketch FROM (SELECT article_id,"
          + " COUNT(*) AS shared FROM near_dup_key WHERE key IN (");
      for (int i = 0; i < keys.length; i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      sql.append(") GROUP BY article_id ORDER BY shared DESC, article_id LIMIT ?) c"
          + " LEFT JOIN near_dup_sketch s ON s.article_id = c.article_id ORDER BY c.shared DESC, c.article_id");
      { PreparedStatement ps = prepared(sql.toString());
        for (int i = 0; i < keys.length; i++) {
          ps.setLong(i + 1, keys[i]);
        }
        ps.setInt(keys.length + 1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new NearDuplicateCandidate(rs.getString(1), rs.getBytes(2)));
          }
        }
      }
      return out;
    });
  }

  // ---------------------------------------------------------------- derived data

  @Override
  public void putDerived(String kind, String key, byte[] value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    atomically("keeping derived data " + kind, () -> {
      { PreparedStatement ps = prepared(
          "INSERT OR REPLACE INTO derived (kind, key, value, updated_at) VALUES (?, ?, ?, ?)");
        ps.setString(1, kind);
        ps.setString(2, key);
        ps.setBytes(3, value);
        ps.setString(4, clock.instant().toString());
        ps.executeUpdate();
        return null;
      }
    });
  }

  @Override
  public Optional<byte[]> getDerived(String kind, String key) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    return locked("reading derived data " + kind, () -> {
      { PreparedStatement ps = prepared("SELECT value FROM derived WHERE kind = ? AND key = ?");
        ps.setString(1, kind);
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
        }
      }
    });
  }

  // ---------------------------------------------------------------- rejections

  @Override
  public boolean recordRejection(Rejection rejection) {
    Objects.requireNonNull(rejection, "rejection");
    return atomically("recording a rejection", () -> {
      { PreparedStatement ps = prepared(
          "INSERT OR IGNORE INTO rejection (source, reason, detail, recorded_at) VALUES (?, ?, ?, ?)");
        ps.setString(1, rejection.source());
        ps.setString(2, rejection.reason());
        ps.setString(3, rejection.detail());
        ps.setString(4, clock.instant().toString());
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public List<Rejection> rejections() {
    return locked("reading rejections", () -> {
      List<Rejection> out = new ArrayList<>();
      try (Statement st = conn.createStatement();
          ResultSet rs = st.executeQuery("SELECT source, reason, detail FROM rejection ORDER BY seq")) {
        while (rs.next()) {
          out.add(new Rejection(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
      return out;
    });
  }

  @Override
  public long rejectionCount() {
    return locked("counting rejections", () -> count("SELECT COUNT(*) FROM rejection"));
  }

  @Override
  public int schemaVersion() {
    return locked("reading the schema version", this::readSchemaVersion);
  }

  /**
   * Checks the store's invariants and returns the problems found (empty when sound): SQLite's own
   * integrity check, every article has at least one source, no source or key without its article, and
   * every article's id is the hash of its text. Used after crashes and in tests.
   */
  public List<String> verify() {
    return locked("verifying the store", () -> {
      List<String> problems = new ArrayList<>();
      try (Statement st = conn.createStatement()) {
        try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
          while (rs.next()) {
            if (!"ok".equalsIgnoreCase(rs.getString(1))) {
              problems.add("integrity_check: " + rs.getString(1));
            }
          }
        }
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("articles without a source",
            "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_source s WHERE s.article_id = a.id)");
        checks.put("sources without an article",
            "SELECT COUNT(*) FROM article_source s WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = s.article_id)");
        checks.put("near-duplicate keys without an article",
            "SELECT COUNT(*) FROM near_dup_key k WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = k.article_id)");
        checks.put("near-duplicate sketches without an article",
            "SELECT COUNT(*) FROM near_dup_sketch k WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = k.article_id)");
        for (Map.Entry<String, String> c : checks.entrySet()) {
          try (ResultSet rs = st.executeQuery(c.getValue())) {
            long n = rs.next() ? rs.getLong(1) : 0;
            if (n > 0) {
              problems.add(n + " " + c.getKey());
            }
          }
        }
        try (ResultSet rs = st.executeQuery("SELECT id, text FROM article")) {
          while (rs.next()) {
            String id = rs.getString(1);
            if (!id.equals(org.corroborate.util.Ids.articleId(rs.getString(2)))) {
              problems.add("article " + id + ": the text does not hash to its id");
            }
          }
        }
      }
      return problems;
    });
  }

  /** A cached prepared statement; callers hold the lock and must not close it. */
  private PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = conn.prepareStatement(sql);
      statements.put(sql, ps);
    }
    ps.clearParameters();
    return ps;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the store " + file + " is closed");
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      statements.clear();
      if (inTransaction) {
        conn.rollback();
      }
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("closing the store " + file + " failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  private void closeQuietlyAfter(Exception cause) {
    try {
      conn.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
