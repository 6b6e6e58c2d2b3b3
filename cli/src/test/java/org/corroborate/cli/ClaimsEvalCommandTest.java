package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval claims}: usage errors, and a gold text missing from its article stopping the run before any analysis. */
class ClaimsEvalCommandTest {
  @TempDir Path dir;

  @Test
  void aGoldTextNotInItsArticleStopsTheRunNamingTheMention() throws Exception {
    Path in = CliFixtures.writeInputs(dir);
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"events": {"X": "warehouse fire"},
         "claims": [
          {"id": "X-crews", "event": "X", "independent_outlets": 1,
           "mentions": [{"file": "a.txt", "text": "twelve crews had been sent"}]},
          {"id": "X-roof", "event": "X", "independent_outlets": 1,
           "mentions": [{"file": "a.txt", "text": "the roof held all night"}]}]}
        """, StandardCharsets.UTF_8);
    CliFixtures.Run r = CliFixtures.run("eval", "claims", in.toString(), "--gold", gold.toString(),
        "--data", dir.resolve("data").toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("X-roof") && r.err().contains("the roof held all night"), r.err());
    assertTrue(!r.err().contains("analysing"), "stopped before the analysis: " + r.err());
  }

  @Test
  void eitherAFolderWithGoldOrBasil() {
    assertEquals(2, CliFixtures.run("eval", "claims").code());
    assertEquals(2, CliFixtures.run("eval", "claims", dir.toString()).code(), "no --gold");
    assertEquals(2, CliFixtures.run("eval", "claims", dir.toString(), "--basil", dir.toString()).code());
    assertEquals(2, CliFixtures.run("eval", "claims", "--basil", dir.toString()).code(), "no articles/ folder");
  }
}
