package org.corroborate.store;

import java.util.List;

/**
 * The SQLite schema, as the ordered list of migrations that build it. Later stages (statements,
 * events, the ledger) add their tables as new migrations at the end of {@link #MIGRATIONS}.
 *
 * <p>Tables of version 1:
 * <ul>
 *   <li>{@code article}: one row per distinct body text (id = content hash), with its metadata and
 *       its near-duplicate link; {@code seq} keeps the order of first storing.</li>
 *   <li>{@code article_source}: every place an article was seen; {@code place} is the identity of a
 *       place (kind, path, record, url), so the same place is never added twice.</li>
 *   <li>{@code near_dup_key}: the locality-sensitive (LSH band) keys of each article, indexed by key,
 *       so candidate retrieval is one indexed lookup per key.</li>
 *   <li>{@code rejection}: the rejection log, one row per (source, reason).</li>
 * </ul>
 * Version 2 adds {@code near_dup_sketch}: per article, the detector's sketch (MinHash signature and
 * shingle count), so candidates are screened without loading their text. Articles stored under
 * version 1 have none and are verified on their text.
 * Version 3 adds {@code derived}: what later stages computed and keep between runs (an article's
 * analysis, the event index snapshot), by kind and key.
 */
public final class SqliteSchema {
  private SqliteSchema() {}

  public static final List<Migration> MIGRATIONS = List.of(
      new Migration(1, "articles, their sources, near-duplicate keys, rejections", List.of(
          """
          CREATE TABLE article (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            outlet_name TEXT NOT NULL,
            outlet_domain TEXT,
            title TEXT NOT NULL,
            byline TEXT,
            published_time TEXT,
            published_origin TEXT,
            published_confidence TEXT,
            published_date_only INTEGER,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            url TEXT,
            syndication_of TEXT,
            syndication_similarity REAL,
            syndication_method TEXT,
            stored_at TEXT NOT NULL
          )""",
          """
          CREATE TABLE article_source (
            article_id TEXT NOT NULL REFERENCES article(id),
            ord INTEGER NOT NULL,
            place TEXT NOT NULL,
            kind TEXT NOT NULL,
            path TEXT,
            url TEXT,
            record_id TEXT,
            outlet_name TEXT,
            outlet_domain TEXT,
            seen_at TEXT,
            PRIMARY KEY (article_id, place)
          )""",
          "CREATE UNIQUE INDEX article_source_order ON article_source (article_id, ord)",
          """
          CREATE TABLE near_dup_key (
            key INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES article(id),
            PRIMARY KEY (key, article_id)
          ) WITHOUT ROWID""",
          """
          CREATE TABLE rejection (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (source, reason)
          )""")),
      new Migration(2, "near-duplicate sketches (screen candidates without loading their text)", List.of(
          """
          CREATE TABLE near_dup_sketch (
            article_id TEXT PRIMARY KEY REFERENCES article(id),
            sketch BLOB NOT NULL
          ) WITHOUT ROWID""")),
      new Migration(3, "derived data of later stages (analyses, event index)", List.of(
          """
          CREATE TABLE derived (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            value BLOB NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, key)
          ) WITHOUT ROWID""")));

  /** The version a fully migrated store has. */
  public static int latestVersion() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }
}
