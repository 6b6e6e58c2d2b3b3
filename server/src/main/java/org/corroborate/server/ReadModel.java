package org.corroborate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerWriter;
import org.corroborate.util.Json;

/**
 * What the API reads: one SQLite file ({@value #FILE_NAME} in the data folder, beside the article
 * store, which it never writes) holding each event's ledger as built for that event alone, the rows
 * the filters need (events, outlets, actors, claims, entities, article to event) and an FTS5 index over
 * event titles, claims, statements' sentences, articles and entity names.
 *
 * <p>Written by one thread (the pipeline worker) through {@link #replaceEvent}, which swaps an event's
 * rows in one transaction; read by many through a small pool of connections (WAL: readers never wait
 * for the writer). Entities get ids that hold across events: {@code A} + 12 hex digits of the hash of
 * their type and lower-cased canonical name, so an actor's claims are found across every event.
 */
public final class ReadModel implements AutoCloseable {
  public static final String FILE_NAME = "serve.db";
  private static final int READERS = 4;
  /** The layout of the tables; a file of another version is emptied and refilled from the store at start. */
  static final int VERSION = 2;
  private static final List<String> TABLES = List.of("ev", "ev_outlet", "claim", "entity", "entity_event",
      "article_event", "fts", "fts_row");

  private final Connection writer;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

  private ReadModel(Path file) throws SQLException {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    writer = DriverManager.getConnection(url);
    try (Statement st = writer.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA synchronous=NORMAL");
      st.execute("PRAGMA busy_timeout=10000");
      int version;
      try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      }
      if (version != VERSION) {
        // Derived data: a read model of another layout is dropped; the server refills it from the store.
        for (String t : TABLES) {
          st.execute("DROP TABLE IF EXISTS " + t);
        }
      }
      for (String ddl : DDL) {
        st.execute(ddl);
      }
      st.execute("PRAGMA user_version = " + VERSION);
    }
    for (int i = 0; i < READERS; i++) {
      Connection c = DriverManager.getConnection(url);
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA busy_timeout=10000");
        st.execute("PRAGMA query_only=1");
      }
      readers.add(c);
    }
  }

  private static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS ev (id TEXT PRIMARY KEY, title TEXT, start_time TEXT, end_time TEXT, first_ms INTEGER, latest_ms INTEGER,"
          + " articles INTEGER, claims INTEGER, contested INTEGER, unconfirmed INTEGER, corroborated INTEGER,"
          + " single_source INTEGER, ledger TEXT NOT NULL, csv TEXT NOT NULL)",
      "CREATE INDEX IF NOT EXISTS ev_latest ON ev (latest_ms DESC, id)",
      "CREATE TABLE IF NOT EXISTS ev_outlet (event_id TEXT NOT NULL, outlet TEXT NOT NULL)",
      "CREATE INDEX IF NOT EXISTS ev_outlet_o ON ev_outlet (outlet, event_id)",
      "CREATE INDEX IF NOT EXISTS ev_outlet_e ON ev_outlet (event_id)",
      "CREATE TABLE IF NOT EXISTS claim (id TEXT PRIMARY KEY, event_id TEXT NOT NULL, entity_id TEXT, claimant TEXT,"
          + " status TEXT, stance TEXT, rank INTEGER, text TEXT, outlets INTEGER, independent_outlets INTEGER,"
          + " background INTEGER NOT NULL, json TEXT NOT NULL)",
      "CREATE INDEX IF NOT EXISTS claim_event ON claim (event_id, rank)",
      "CREATE INDEX IF NOT EXISTS claim_entity ON claim (entity_id)",
      "CREATE INDEX IF NOT EXISTS claim_status ON claim (status)",
      "CREATE TABLE IF NOT EXISTS entity (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT)",
      "CREATE TABLE IF NOT EXISTS entity_event (entity_id TEXT NOT NULL, event_id TEXT NOT NULL, local_id TEXT NOT NULL)",
      "CREATE INDEX IF NOT EXISTS entity_event_e ON entity_event (entity_id)",
      "CREATE INDEX IF NOT EXISTS entity_event_ev ON entity_event (event_id)",
      "CREATE TABLE IF NOT EXISTS article_event (article_id TEXT PRIMARY KEY, event_id TEXT NOT NULL)",
      "CREATE INDEX IF NOT EXISTS article_event_ev ON article_event (event_id)",
      "CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(kind UNINDEXED, ref UNINDEXED, event_id UNINDEXED, title, body,"
          + " tokenize = 'unicode61 remove_diacritics 2')",
      "CREATE TABLE IF NOT EXISTS fts_row (row INTEGER PRIMARY KEY, event_id TEXT NOT NULL)",
      "CREATE INDEX IF NOT EXISTS fts_row_ev ON fts_row (event_id)");

  public static ReadModel open(Path dataDir) {
    try {
      java.nio.file.Files.createDirectories(dataDir);
      return new ReadModel(dataDir.resolve(FILE_NAME));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the read model in " + dataDir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id an entity has across events. */
  public static String entityKey(String type, String name) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest(((type == null ? "" : type) + "\t" + name.toLowerCase(Locale.ROOT).strip())
          .getBytes(StandardCharsets.UTF_8));
      return "A" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text an article contributes to the search index, given by the caller (it reads the store). */
  public record ArticleText(String id, String title, String text) {}

  /**
   * Replaces an event's rows with those of {@code ledger} (the ledger of this one event), and drops the
   * events its articles belonged to before that are not in {@code live} (merged into this one).
   */
  public synchronized void replaceEvent(String eventId, Ledger ledger, Collection<ArticleText> texts, Set<String> live) {
    JsonNode doc = parse(LedgerWriter.toJson(ledger));
    StringBuilder csv = new StringBuilder();
    try {
      LedgerWriter.writeCsv(ledger, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode ev = null;
    for (JsonNode e : doc.path("events")) {
      if (eventId.equals(e.path("id").asText())) {
        ev = e;
      }
    }
    try {
      writer.setAutoCommit(false);
      try {
        Set<String> stale = new HashSet<>();
        try (PreparedStatement ps = writer.prepareStatement("SELECT event_id FROM article_event WHERE article_id = ?")) {
          for (ArticleText a : texts) {
            ps.setString(1, a.id());
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next() && !rs.getString(1).equals(eventId) && !live.contains(rs.getString(1))) {
                stale.add(rs.getString(1));
              }
            }
          }
        }
        stale.add(eventId);
        for (String id : stale) {
          deleteEvent(id);
        }
        if (ev != null) {
          insertEvent(eventId, doc, ev, texts, csv.toString());
        }
        writer.commit();
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("read model write failed: " + e.getMessage(), e);
    }
  }

  private void deleteEvent(String id) throws SQLException {
    exec("DELETE FROM fts WHERE rowid IN (SELECT row FROM fts_row WHERE event_id = ?)", id);
    for (String sql : List.of("DELETE FROM fts_row WHERE event_id = ?", "DELETE FROM ev WHERE id = ?",
        "DELETE FROM ev_outlet WHERE event_id = ?", "DELETE FROM claim WHERE event_id = ?",
        "DELETE FROM entity_event WHERE event_id = ?", "DELETE FROM article_event WHERE event_id = ?")) {
      exec(sql, id);
    }
  }

  private void exec(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = writer.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private void insertEvent(String eventId, JsonNode doc, JsonNode ev, Collection<ArticleText> texts, String csv) throws SQLException {
    Map<String, String> localToGlobal = new LinkedHashMap<>();
    for (JsonNode ent : doc.path("entities")) {
      String key = entityKey(ent.path("type").asText(null), ent.path("name").asText());
      localToGlobal.put(ent.path("id").asText(), key);
      exec("INSERT OR IGNORE INTO entity (id, name, type) VALUES (?, ?, ?)", key, ent.path("name").asText(),
          ent.path("type").asText(null));
      exec("INSERT INTO entity_event (entity_id, event_id, local_id) VALUES (?, ?, ?)", key, eventId,
          ent.path("id").asText());
      StringBuilder names = new StringBuilder(ent.path("name").asText());
      for (JsonNode al : ent.path("aliases")) {
        names.append(" ").append(al.asText());
      }
      fts("entity", key, eventId, ent.path("name").asText(), names.toString());
    }
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    Set<String> outlets = new HashSet<>();
    Instant latest = null;
    Instant first = null;
    for (JsonNode a : doc.path("articles")) {
      outlets.add(a.path("outlet").asText().toLowerCase(Locale.ROOT));
      if (a.hasNonNull("published")) {
        Instant p = Instant.parse(a.path("published").asText());
        latest = latest == null || p.isAfter(latest) ? p : latest;
        first = first == null || p.isBefore(first) ? p : first;
      }
    }
    for (String o : outlets) {
      exec("INSERT INTO ev_outlet (event_id, outlet) VALUES (?, ?)", eventId, o);
    }
    int claims = 0;
    for (JsonNode c : ev.path("claims")) {
      claims++;
      String status = c.path("status").asText();
      byStatus.merge(status, 1, Integer::sum);
      String local = c.path("claimant").path("entity_id").asText(null);
      String entity = local == null ? null : localToGlobal.get(local);
      ObjectNode stored = c.deepCopy();
      stored.put("event_id", eventId);
      if (entity != null) {
        ((ObjectNode) stored.path("claimant")).put("entity_id", entity);
      }
      exec("INSERT OR REPLACE INTO claim (id, event_id, entity_id, claimant, status, stance, rank, text, outlets,"
              + " independent_outlets, background, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          c.path("id").asText(), eventId, entity, c.path("claimant").path("name").asText(null), status,
          c.path("stance").asText(null), c.path("rank").asInt(), c.path("text").asText(),
          c.path("outlets").size(), c.path("independent_outlets").asInt(), c.path("background").asBoolean() ? 1 : 0,
          stored.toString());
      fts("claim", c.path("id").asText(), eventId, c.path("claimant").path("name").asText(""), c.path("text").asText());
      for (JsonNode s : c.path("statements")) {
        fts("statement", s.path("article_id").asText() + "#" + s.path("statement_id").asText(), eventId,
            s.path("outlet").asText(""), s.path("sentence_text").asText());
      }
    }
    for (ArticleText a : texts) {
      exec("INSERT OR REPLACE INTO article_event (article_id, event_id) VALUES (?, ?)", a.id(), eventId);
      fts("article", a.id(), eventId, a.title() == null ? "" : a.title(), a.text());
    }
    fts("event", eventId, eventId, ev.path("title").asText(""), "");
    exec("INSERT INTO ev (id, title, start_time, end_time, first_ms, latest_ms, articles, claims, contested, unconfirmed, corroborated,"
            + " single_source, ledger, csv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        eventId, ev.path("title").asText(""), ev.path("start").asText(null), ev.path("end").asText(null),
        first == null ? null : first.toEpochMilli(), latest == null ? null : latest.toEpochMilli(),
        ev.path("articles").size(), claims,
        byStatus.getOrDefault("contested", 0), byStatus.getOrDefault("unconfirmed", 0),
        byStatus.getOrDefault("corroborated", 0), byStatus.getOrDefault("single-source", 0), doc.toString(), csv);
  }

  private void fts(String kind, String ref, String eventId, String title, String body) throws SQLException {
    try (PreparedStatement ps = writer.prepareStatement(
        "INSERT INTO fts (kind, ref, event_id, title, body) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, kind);
      ps.setString(2, ref);
      ps.setString(3, eventId);
      ps.setString(4, title);
      ps.setString(5, body);
      ps.executeUpdate();
    }
    exec("INSERT INTO fts_row (row, event_id) VALUES (last_insert_rowid(), ?)", eventId);
  }

  /** Whether an article is in an event of the read model. */
  public boolean hasArticle(String articleId) {
    return !query("SELECT 1 FROM article_event WHERE article_id = ?", List.of(articleId), rs -> 1).isEmpty();
  }

  /** A row mapper for {@link #query}. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs a read on a pooled connection. */
  public <T> List<T> query(String sql, List<?> args, RowMapper<T> mapper) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("read model query failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  public long count(String sql, List<?> args) {
    return query(sql, args, rs -> rs.getLong(1)).get(0);
  }

  /** Parses stored JSON text. */
  public static JsonNode parse(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An empty JSON array, for building responses. */
  public static ArrayNode array() {
    return Json.mapper().createArrayNode();
  }

  @Override
  public synchronized void close() {
    try {
      writer.close();
      for (Connection c : readers) {
        c.close();
      }
    } catch (SQLException e) {
      // closing: nothing left to do
    }
  }
}
