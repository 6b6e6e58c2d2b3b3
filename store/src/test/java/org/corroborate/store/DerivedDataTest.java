package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivedDataTest {
  @TempDir Path dir;

  @Test
  void derivedValuesSurviveReopeningAndAreReplacedByKindAndKey() {
    byte[] first = "first".getBytes(StandardCharsets.UTF_8);
    byte[] second = "second".getBytes(StandardCharsets.UTF_8);
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertTrue(store.getDerived("analysis/1", "a1").isEmpty());
      store.putDerived("analysis/1", "a1", first);
      store.putDerived("events/1", "a1", second);
      store.putDerived("analysis/1", "a1", second);
    }
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertArrayEquals(second, store.getDerived("analysis/1", "a1").orElseThrow());
      assertArrayEquals(second, store.getDerived("events/1", "a1").orElseThrow());
      assertTrue(store.getDerived("analysis/2", "a1").isEmpty());
      assertEquals(SqliteSchema.latestVersion(), store.schemaVersion());
    }
  }
}
