package org.corroborate.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.corroborate.analysis.nlp.ClaimEncoder;
import org.corroborate.ledger.Aliases;
import org.corroborate.meaning.TextEmbedder;
import org.corroborate.ledger.EventGroup;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerBuilder;
import org.corroborate.ledger.LedgerConfig;
import org.corroborate.ledger.LedgerWriter;

/**
 * The one call for the {@code analyze} command: builds the ledger from event groups and writes
 * {@value #JSON}, {@value #SCHEMA} (the JSON Schema it follows), {@value #CSV} and {@value #HTML} into a
 * folder.
 *
 * <pre>{@code
 * Ledger ledger = LedgerReport.write(groups, Aliases.load(aliasFile), outDir);
 * }</pre>
 */
public final class LedgerReport {
  public static final String JSON = "ledger.json";
  public static final String SCHEMA = "ledger.schema.json";
  public static final String CSV = "claims.csv";
  public static final String HTML = "report.html";

  private LedgerReport() {}

  /** Builds with the default thresholds and the shipped sentence encoder, writes the four files; returns the ledger. */
  public static Ledger write(List<EventGroup> events, Aliases aliases, Path outDir) throws IOException {
    return write(events, aliases, LedgerConfig.defaults(), ClaimEncoder.shared(), outDir);
  }

  /** @param embedder compares statements by meaning; null compares them by words alone */
  public static Ledger write(List<EventGroup> events, Aliases aliases, LedgerConfig config, TextEmbedder embedder,
      Path outDir) throws IOException {
    Objects.requireNonNull(outDir, "outDir");
    Ledger ledger = new LedgerBuilder(config, embedder).buildLedger(events, aliases);
    writeAll(ledger, outDir);
    return ledger;
  }

  /** Writes an already built ledger's four files into {@code outDir}, creating it. */
  public static void writeAll(Ledger ledger, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    LedgerWriter.writeJson(ledger, outDir.resolve(JSON));
    LedgerWriter.writeCsv(ledger, outDir.resolve(CSV));
    ReportRenderer.render(ledger, outDir.resolve(HTML));
    try (InputStream schema = schema()) {
      Files.copy(schema, outDir.resolve(SCHEMA), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The JSON Schema of ledger.json, from the classpath. */
  public static InputStream schema() {
    InputStream in = LedgerReport.class.getResourceAsStream("/" + SCHEMA);
    if (in == null) {
      throw new IllegalStateException(SCHEMA + " is missing from the classpath: the report jar is incomplete");
    }
    return in;
  }
}
