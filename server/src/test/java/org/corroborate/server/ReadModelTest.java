package org.corroborate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadModelTest {
  @TempDir Path dir;

  @Test
  void aReadModelOfAnotherLayoutIsEmptiedSoTheServerRefillsIt() throws Exception {
    ReadModel.open(dir).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ReadModel.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO article_event (article_id, event_id) VALUES ('a1', 'ev-a1')");
      st.execute("DROP TABLE claim");
      st.execute("CREATE TABLE claim (id TEXT PRIMARY KEY, old_column TEXT)");
      st.execute("PRAGMA user_version = 1");
    }
    try (ReadModel m = ReadModel.open(dir)) {
      assertFalse(m.hasArticle("a1"));
      assertEquals(0, m.count("SELECT COUNT(*) FROM claim WHERE background = 0", List.of()));
    }
    try (ReadModel m = ReadModel.open(dir);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ReadModel.FILE_NAME));
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO article_event (article_id, event_id) VALUES ('a2', 'ev-a2')");
      ReadModel again = ReadModel.open(dir);
      again.close();
      assertEquals(true, m.hasArticle("a2"), "the same version keeps its rows");
    }
  }

  @Test
  void entityIdsHoldAcrossEventsAndIgnoreCase() {
    assertEquals(ReadModel.entityKey("PERSON", "Mara Linde"), ReadModel.entityKey("PERSON", " mara linde"));
    assertFalse(ReadModel.entityKey("PERSON", "Linde").equals(ReadModel.entityKey("ORGANIZATION", "Linde")));
    assertEquals(13, ReadModel.entityKey("GPE", "Quellmark").length());
  }
}
