package org.corroborate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesAndAliasesTest {
  @Test
  void regionWordsAndArticlesFold() {
    assertEquals(Names.key("Lakeview region"), Names.key("the Lakeview Oblast"));
    assertEquals("lakeview region", Names.key("Lakeview Province"));
    assertEquals(Names.key("Lakeview's"), Names.key("Lakeview"));
  }

  @Test
  void roleKeys() {
    assertEquals("governor|lakeview", Names.roleKey("the Governor of Lakeview Oblast"));
    assertEquals("governor|lakeview", Names.roleKey("The Lakeview governor"));
    assertEquals("spokesperson|kremlin", Names.roleKey("Kremlin spokesman"));
    assertEquals(Names.roleKey("a spokesperson for Ukraine's military intelligence"),
        Names.roleKey("Ukrainian military intelligence spokesman"));
    assertNull(Names.roleKey("the governor"));
    assertNull(Names.roleKey("a self-described rebel militia"));
  }

  @Test
  void aliasesParseChainAndRecordBadLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("aliases.tsv");
    Files.writeString(f, "# comment\nValley Guard\tNational Guard\nGuard of the Valley\tValley Guard\n"
        + "no tab here\n\tempty alias\nValley Guard\tSomething Else\n\n");
    Aliases a = Aliases.load(f);
    assertEquals(Names.key("National Guard"), a.canonicalKey(Names.key("Guard of the Valley")));
    assertEquals("National Guard", a.displayName(Names.key("the Valley Guard")));
    assertEquals(3, a.problems().size(), a.problems().toString());
    assertEquals("malformed-alias", a.problems().get(0).reason());
    assertEquals(f + ":4", a.problems().get(0).source());
    assertEquals("conflicting-alias", a.problems().get(2).reason());
    assertNull(a.displayName("unknown"));
  }

  @Test
  void aliasCycleStops() {
    Aliases a = Aliases.parse("x", "A\tB\nB\tA\n");
    a.canonicalKey("a"); // must return, whatever it returns
  }

  @Test
  void configRejectsBadValuesByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LedgerConfig(0.5, 2, 0.5, 0.8, 3));
    assertEquals("contestThreshold must be in (0, 1], was 2.0", e.getMessage());
  }
}
