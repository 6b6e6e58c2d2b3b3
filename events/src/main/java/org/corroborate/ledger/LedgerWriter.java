package org.corroborate.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.util.Json;

/**
 * Writes a {@link Ledger} as ledger.json (snake_case fields, ISO-8601 times, absent values left out,
 * statuses as "single-source", described by ledger.schema.json) and as claims.csv (RFC 4180, one row
 * per claim, safe to open in a spreadsheet). Thread-safe.
 */
public final class LedgerWriter {
  private static final ObjectMapper MAPPER = Json.mapper().copy()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
      .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The columns of claims.csv, in order. The columns added with schema 1.0's claim fields come last, so
   * a reader that takes columns by position keeps working: {@code speakers} (as written, "; "-joined,
   * when the claimant is shown as the principal they speak for), {@code rank} (1 matters most),
   * {@code background} (yes/no), {@code relations} ("denies:ev1.C3; confirms:ev1.C5").
   */
  public static final List<String> CSV_COLUMNS = List.of("event_id", "claim_id", "status", "claimant",
      "claimant_kind", "claimant_entity_id", "stance", "text", "outlets", "independent_outlets", "first_seen",
      "statements", "channels", "hedged", "article_ids", "status_reason", "speakers", "rank", "background",
      "relations");

  private LedgerWriter() {}

  public static String toJson(Ledger ledger) {
    try {
      return MAPPER.writeValueAsString(ledger) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the ledger records always serialise", e);
    }
  }

  public static void writeJson(Ledger ledger, Path file) throws IOException {
    createParent(file);
    Files.writeString(file, toJson(ledger), StandardCharsets.UTF_8);
  }

  public static void writeCsv(Ledger ledger, Path file) throws IOException {
    createParent(file);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeCsv(ledger, w);
    }
  }

  public static void writeCsv(Ledger ledger, Appendable out) throws IOException {
    row(out, CSV_COLUMNS);
    for (LedgerEvent e : ledger.events()) {
      for (LedgerClaim c : e.claims()) {
        boolean hedged = c.statements().stream().anyMatch(s -> !s.hedges().isEmpty());
        row(out, List.of(e.id(), c.id(), c.status().label(), c.claimant().name(), c.claimant().kind(),
            c.claimant().entityId() == null ? "" : c.claimant().entityId(), c.stance().name(), c.text(),
            String.join("; ", c.outlets()), Integer.toString(c.independentOutlets()),
            c.firstSeen() == null ? "" : c.firstSeen().toString(), Integer.toString(c.statements().size()),
            String.join("; ", c.channels()), hedged ? "yes" : "no",
            String.join("; ", c.statements().stream().map(Evidence::articleId).distinct().toList()),
            c.statusReason(), String.join("; ", c.claimant().speakers()), Integer.toString(c.rank()),
            c.background() ? "yes" : "no",
            String.join("; ", c.relations().stream().map(r -> r.type() + ":" + r.claim()).toList())));
      }
    }
  }

  private static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvCell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * One CSV cell: a cell that a spreadsheet would read as a formula (starting with = + - @, tab or
   * carriage return) gets a leading apostrophe; a cell with a comma, quote or line break is quoted,
   * its quotes doubled (RFC 4180).
   */
  public static String csvCell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
