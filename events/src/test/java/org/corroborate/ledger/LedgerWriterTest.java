package org.corroborate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerWriterTest {
  @Test
  void csvCellsQuoteAndDefuseFormulas() {
    assertEquals("plain", LedgerWriter.csvCell("plain"));
    assertEquals("\"a,b\"", LedgerWriter.csvCell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", LedgerWriter.csvCell("say \"hi\""));
    assertEquals("\"line\nbreak\"", LedgerWriter.csvCell("line\nbreak"));
    assertEquals("'=HYPERLINK(\"x\")".replace("\"", "\"\"").transform(s -> "\"" + s + "\""),
        LedgerWriter.csvCell("=HYPERLINK(\"x\")"));
    assertEquals("'+1", LedgerWriter.csvCell("+1"));
    assertEquals("'-2", LedgerWriter.csvCell("-2"));
    assertEquals("'@SUM(A1)", LedgerWriter.csvCell("@SUM(A1)"));
    assertEquals("", LedgerWriter.csvCell(null));
  }

  @Test
  void csvHasOneRowPerClaimAndParsesBack(@TempDir Path dir) throws Exception {
    Ledger ledger = Scenario.ledger();
    Path csv = dir.resolve("out/claims.csv");
    LedgerWriter.writeCsv(ledger, csv);
    List<List<String>> rows = parseCsv(Files.readString(csv));
    assertEquals(LedgerWriter.CSV_COLUMNS, rows.get(0));
    int claims = ledger.events().stream().mapToInt(e -> e.claims().size()).sum();
    assertEquals(claims + 1, rows.size());
    for (List<String> r : rows) {
      assertEquals(LedgerWriter.CSV_COLUMNS.size(), r.size(), r.toString());
    }
    assertEquals("contested", rows.get(1).get(2));
    assertTrue(rows.stream().anyMatch(r -> r.get(7).contains("<script>")), "text is kept verbatim, CSV is not HTML");
  }

  @Test
  void csvCarriesSpeakersRankBackgroundAndRelationsFormulaSafe() throws Exception {
    Ledger ledger = RelatedScenario.ledger();
    StringBuilder out = new StringBuilder();
    LedgerWriter.writeCsv(ledger, out);
    List<List<String>> rows = parseCsv(out.toString());
    List<String> head = rows.get(0);
    assertEquals(List.of("speakers", "rank", "background", "relations"), head.subList(head.size() - 4, head.size()),
        "the new columns come last, so readers by position keep working");
    List<LedgerClaim> claims = ledger.events().get(0).claims();
    for (int i = 0; i < claims.size(); i++) {
      LedgerClaim c = claims.get(i);
      List<String> r = rows.get(i + 1);
      assertEquals(head.size(), r.size(), r.toString());
      assertEquals(c.id(), r.get(head.indexOf("claim_id")));
      assertEquals(Integer.toString(c.rank()), r.get(head.indexOf("rank")));
      assertEquals(c.background() ? "yes" : "no", r.get(head.indexOf("background")));
    }
    LedgerClaim denial = RelatedScenario.find(claims, "rebels had captured the village");
    LedgerClaim capture = RelatedScenario.find(claims, "they had captured the village");
    List<String> denialRow = rows.get(claims.indexOf(denial) + 1);
    assertEquals("denies:" + capture.id(), denialRow.get(head.indexOf("relations")));
    LedgerClaim informed = RelatedScenario.find(claims, "had been informed of the raid");
    List<String> informedRow = rows.get(claims.indexOf(informed) + 1);
    assertEquals(RelatedScenario.PRINCIPAL, informedRow.get(head.indexOf("claimant")));
    assertEquals("'" + RelatedScenario.FORMULA_SPEAKER + "; " + RelatedScenario.HOSTILE_SPEAKER,
        informedRow.get(head.indexOf("speakers")), "a speaker cell that starts like a formula is defused");
    assertEquals("yes", rows.get(claims.size()).get(head.indexOf("background")), "the placard sentence, ranked last");
    assertEquals("", rows.get(1).get(head.indexOf("relations")));
  }

  @Test
  void csvJoinsSeveralRelationsInOrder() throws Exception {
    Ledger base = Scenario.ledger();
    List<LedgerClaim> claims = new ArrayList<>(base.events().get(0).claims());
    LedgerClaim first = claims.get(0);
    claims.set(0, RelatedScenario.with(first, first.claimant(), List.of(
        new LedgerClaim.Relation("denies", "ev1.C3", "r", List.of()),
        new LedgerClaim.Relation("confirms", "ev1.C5", "r", List.of())), 1, false));
    StringBuilder out = new StringBuilder();
    LedgerWriter.writeCsv(RelatedScenario.withClaims(base, claims), out);
    List<List<String>> rows = parseCsv(out.toString());
    assertEquals("denies:ev1.C3; confirms:ev1.C5", rows.get(1).get(rows.get(0).indexOf("relations")));
  }

  @Test
  void jsonIsSnakeCaseAndVersioned(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ledger.json");
    LedgerWriter.writeJson(Scenario.ledger(), f);
    JsonNode root = Json.mapper().readTree(Files.readString(f));
    assertEquals(Ledger.SCHEMA_VERSION, root.get("schema_version").asText());
    JsonNode claim = root.get("events").get(0).get("claims").get(0);
    assertEquals("contested", claim.get("status").asText());
    assertTrue(claim.get("independent_outlets").isInt());
    assertTrue(claim.get("first_seen").asText().startsWith("2031-04-02T08:00"));
    assertTrue(claim.get("statements").get(0).get("content").has("start"));
  }

  /** A small RFC 4180 reader, to check the writer from the other side. */
  static List<List<String>> parseCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
