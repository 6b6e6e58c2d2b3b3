package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.Rejection;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;
import org.corroborate.model.Syndication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleStoreTest {
  @TempDir Path dir;

  @Test
  void storesAndReadsBackEveryField() {
    Article a = TestArticles.article(7, "in/a.txt")
        .withSyndication(new Syndication("0123456789abcdef", 0.87, "minhash-shingles"));
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(PutOutcome.STORED, store.put(a, new long[] {1, 2, 3}));
      assertEquals(a, store.get(a.id()).orElseThrow());
      assertTrue(store.contains(a.id()));
      assertFalse(store.contains("ffffffffffffffff"));
    }
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(a, store.get(a.id()).orElseThrow(), "survives closing and reopening");
      assertEquals(List.of(), store.verify());
    }
  }

  @Test
  void sameIdAddsOnlyNewPlaces() {
    Article a = TestArticles.article(1, "in/a.txt");
    SourceRef elsewhere = new SourceRef("html", "in/b.html", "https://other.example/x", null,
        new Outlet("Other", "other.example"), Instant.parse("2031-05-02T00:00:00Z"));
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(PutOutcome.STORED, store.put(a, new long[0]));
      assertEquals(PutOutcome.UNCHANGED, store.put(a, new long[0]), "same place again adds nothing");
      // the same place seen at another time is still the same place
      Article again = a.withSources(List.of(new SourceRef("text", "in/a.txt", null, "item-1",
          a.sources().get(0).outlet(), Instant.parse("2032-01-01T00:00:00Z"))));
      assertEquals(PutOutcome.UNCHANGED, store.put(again, new long[0]));
      Article copy = a.withSources(List.of(elsewhere));
      assertEquals(PutOutcome.SOURCE_ADDED, store.put(copy, new long[0]));
      assertEquals(PutOutcome.UNCHANGED, store.put(copy, new long[0]));
      Article stored = store.get(a.id()).orElseThrow();
      assertEquals(List.of(a.sources().get(0), elsewhere), stored.sources(), "first seen first");
      assertEquals(a.title(), stored.title(), "the first copy's metadata stays");
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void nearDuplicateCandidatesShareAKey() {
    Article a = TestArticles.article(1, "a");
    Article b = TestArticles.article(2, "b");
    Article c = TestArticles.article(3, "c");
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.put(a, new long[] {10, 11, 12});
      store.put(b, new long[] {12, 13});
      store.put(c, new long[] {-5});
      assertEquals(Set.of(a.id(), b.id()), ids(store, 12, 99));
      assertEquals(Set.of(a.id()), ids(store, 10));
      assertEquals(Set.of(c.id()), ids(store, -5));
      assertEquals(Set.of(), ids(store, 42));
      assertEquals(Set.of(), ids(store));
      // most shared keys first; the limit keeps the most similar
      assertEquals(List.of(a.id(), b.id()),
          store.nearDuplicateCandidates(new long[] {10, 11, 12, 13}).stream().map(ArticleStore.NearDuplicateCandidate::id).toList());
      assertEquals(List.of(a.id()),
          store.nearDuplicateCandidates(new long[] {10, 11, 12, 13}, 1).stream().map(ArticleStore.NearDuplicateCandidate::id).toList());
      // a known article put again does not index new keys
      store.put(a, new long[] {77});
      assertEquals(Set.of(), ids(store, 77));
    }
  }

  private static Set<String> ids(ArticleStore store, long... keys) {
    return store.nearDuplicateCandidates(keys).stream().map(ArticleStore.NearDuplicateCandidate::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void sketchesComeBackWithTheirCandidates() {
    Article a = TestArticles.article(1, "a");
    Article b = TestArticles.article(2, "b");
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.put(a, new ArticleStore.NearDuplicateEntry(new long[] {5, 6}, new byte[] {1, 2, 3}));
      store.put(b, new long[] {6});
      List<ArticleStore.NearDuplicateCandidate> got = store.nearDuplicateCandidates(new long[] {5, 6});
      assertEquals(2, got.size(), "each candidate once, though it shares two keys");
      for (ArticleStore.NearDuplicateCandidate c : got) {
        if (c.id().equals(a.id())) {
          assertArrayEquals(new byte[] {1, 2, 3}, c.sketch());
        } else {
          assertEquals(b.id(), c.id());
          assertNull(c.sketch());
        }
      }
      assertEquals(List.of(), store.verify());
    }
  }

  @Test
  void aVersionOneStoreIsMigratedInOrder() throws Exception {
    Files.createDirectories(dir);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteArticleStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
      for (String sql : SqliteSchema.MIGRATIONS.get(0).statements()) {
        st.execute(sql);
      }
      st.execute("INSERT INTO schema_version VALUES (1, 'v1', '2031-01-01T00:00:00Z')");
    }
    Article a = TestArticles.article(3, "old");
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(SqliteSchema.latestVersion(), store.schemaVersion());
      store.put(a, new ArticleStore.NearDuplicateEntry(new long[] {1}, new byte[] {9}));
      assertArrayEquals(new byte[] {9}, store.nearDuplicateCandidates(new long[] {1}).get(0).sketch());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteArticleStore.FILE_NAME));
        Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
      List<Integer> versions = new ArrayList<>();
      while (rs.next()) {
        versions.add(rs.getInt(1));
      }
      assertEquals(java.util.stream.IntStream.rangeClosed(1, SqliteSchema.latestVersion()).boxed().toList(), versions);
    }
  }

  @Test
  void rejectionsAreLoggedOncePerSourceAndReason() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertTrue(store.recordRejection(new Rejection("in/x.bin", "binary", "not text")));
      assertFalse(store.recordRejection(new Rejection("in/x.bin", "binary", "not text")));
      assertTrue(store.recordRejection(new Rejection("in/y.txt", "empty", "no bytes")));
      assertEquals(List.of(new Rejection("in/x.bin", "binary", "not text"),
          new Rejection("in/y.txt", "empty", "no bytes")), store.rejections());
      assertEquals(2, store.rejectionCount());
    }
  }

  @Test
  void iteratesInStoringOrderAcrossPages() {
    List<String> ids = new ArrayList<>();
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      try (ArticleStore.Transaction tx = store.begin()) {
        for (int i = 0; i < 1203; i++) {
          Article a = TestArticles.article(i, "p");
          store.put(a, new long[] {i});
          ids.add(a.id());
        }
        tx.commit();
      }
      List<String> seen = new ArrayList<>();
      store.forEachArticle(a -> seen.add(a.id()));
      assertEquals(ids, seen);
      assertEquals(ids.subList(5, 8), store.getAll(ids.subList(5, 8)).stream().map(Article::id).toList());
    }
  }

  @Test
  void aTransactionClosedWithoutCommitLeavesNothing() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      try (ArticleStore.Transaction tx = store.begin()) {
        store.put(TestArticles.article(1, "a"), new long[] {1});
        store.recordRejection(new Rejection("z", "empty", null));
        assertEquals(1, store.articleCount(), "visible inside the transaction");
        assertThrows(IllegalStateException.class, store::begin, "transactions do not nest");
      }
      assertEquals(0, store.articleCount());
      assertEquals(0, store.rejectionCount());
      assertEquals(Set.of(), ids(store, 1));
      assertEquals(List.of(), store.verify());
    }
  }

  @Test
  void schemaIsVersionedAndANewerStoreIsRefused() throws Exception {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(SqliteSchema.latestVersion(), store.schemaVersion());
    }
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(SqliteSchema.latestVersion(), store.schemaVersion(), "reopening applies nothing twice");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteArticleStore.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (999, 'from the future', '2040-01-01T00:00:00Z')");
    }
    StoreException e = assertThrows(StoreException.class, () -> SqliteArticleStore.open(dir));
    assertTrue(e.getMessage().contains("999"), e.getMessage());
  }

  @Test
  void usesWalAndFullSync() throws Exception {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.put(TestArticles.article(1, "a"), new long[0]);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
          Statement st = c.createStatement();
          var rs = st.executeQuery("PRAGMA journal_mode")) {
        rs.next();
        assertEquals("wal", rs.getString(1));
      }
    }
  }

  @Test
  void twoWritersOnOneStoreTakeTurns() throws Exception {
    try (SqliteArticleStore first = SqliteArticleStore.open(dir);
        SqliteArticleStore second = SqliteArticleStore.open(dir)) {
      java.util.concurrent.CompletableFuture<PutOutcome> other;
      try (ArticleStore.Transaction tx = first.begin()) {
        first.put(TestArticles.article(1, "a"), new long[] {1});
        other = java.util.concurrent.CompletableFuture.supplyAsync(
            () -> second.put(TestArticles.article(2, "b"), new long[] {2}));
        Thread.sleep(300);
        assertFalse(other.isDone(), "the second writer waits for the first transaction");
        tx.commit();
      }
      assertEquals(PutOutcome.STORED, other.get(20, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals(2, first.articleCount());
      assertEquals(2, second.articleCount());
    }
  }

  @Test
  void spansRoundTrip() {
    List<Span> spans = List.of(new Span(0, 10), new Span(12, 40), new Span(42, 42));
    assertEquals(spans, SqliteArticleStore.decodeSpans(SqliteArticleStore.encodeSpans(spans)));
    assertEquals(List.of(), SqliteArticleStore.decodeSpans(""));
  }

  @Test
  void aClosedStoreFailsFast() {
    SqliteArticleStore store = SqliteArticleStore.open(dir);
    store.close();
    assertThrows(IllegalStateException.class, () -> store.contains("x"));
  }
}
