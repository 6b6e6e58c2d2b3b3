package org.corroborate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.ledger.EventGroup;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.Scenario;
import org.corroborate.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerReportTest {
  @Test
  void writesFourFiles(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Ledger l = LedgerReport.write(List.of(new EventGroup("ev1", Scenario.all())), Scenario.aliases(), out);
    assertEquals(10, l.events().get(0).claims().size());
    for (String f : List.of(LedgerReport.JSON, LedgerReport.SCHEMA, LedgerReport.CSV, LedgerReport.HTML)) {
      assertTrue(Files.size(out.resolve(f)) > 100, f);
    }
    assertEquals("1.0", Json.mapper().readTree(out.resolve(LedgerReport.JSON).toFile()).get("schema_version").asText());
    assertEquals(11, Files.readAllLines(out.resolve(LedgerReport.CSV)).size());
  }
}
