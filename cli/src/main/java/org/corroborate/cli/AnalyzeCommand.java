package org.corroborate.cli;

import org.corroborate.pipeline.AnalyzeRun;
import org.corroborate.pipeline.IngestRun;
import org.corroborate.pipeline.LedgerRun;
import org.corroborate.pipeline.Ledgers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.EnumMap;
import java.util.Map;
import org.corroborate.analysis.AnalyzerConfig;
import org.corroborate.events.EventConfig;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.ledger.Aliases;
import org.corroborate.ledger.ClaimStatus;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerClaim;
import org.corroborate.ledger.LedgerEvent;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.report.LedgerReport;
import org.corroborate.store.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate analyze INPUT... --out DIR [--data DIR]}: ingests the inputs, then writes the
 * outputs of the run to DIR. Stages run in order (ingest; later analysis, events, ledger), then each
 * {@link OutputWriter} of {@link #writers()}.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the inputs and writes the run's results to a folder.",
      "Ingests as 'ingest' does, then writes to the --out folder:",
      "  articles.jsonl    one article per line: id, source, outlet, title,",
      "                    published, byline, language, url, text,",
      "                    paragraphs, sources, syndication",
      "  rejections.jsonl  one rejected input per line: source, reason, detail"})
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created if missing).")
  Path outDir;

  @Mixin StoreOptions store;

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "Actor aliases no text states: one 'alias<TAB>canonical name' per line.")
  Path aliases;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for analysis (default: the number of cores).")
  Integer threads;

  @Option(names = "--ingest-only",
      description = "Stop after ingest: write articles.jsonl and rejections.jsonl only.")
  boolean ingestOnly;

  /** The outputs, written in this order. */
  static List<OutputWriter> writers() {
    return List.of(new JsonlWriters.Articles(), new JsonlWriters.Rejections(), new JsonlWriters.Statements());
  }

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (!Inputs.allExist(inputs, err)) {
      return 2;
    }
    if (threads != null && threads < 1) {
      err.println("corroborate: --threads must be at least 1, got " + threads);
      return 2;
    }
    Aliases aliasTable = Aliases.none();
    if (aliases != null) {
      if (!Files.isRegularFile(aliases)) {
        err.println("corroborate: alias file not found: " + aliases);
        return 2;
      }
      aliasTable = Aliases.load(aliases);
    }
    Files.createDirectories(outDir);
    try (SqliteArticleStore s = SqliteArticleStore.open(store.data)) {
      IngestRun.Done done = IngestOutput.run(inputs, s, IngestPipeline.Options.DEFAULTS.withTrackIds(true), err);
      AnalyzeRun run = new AnalyzeRun(s, done.pipeline().articleIds(), done.pipeline().rejections(), done.ingest());
      IngestOutput.printSummary(out, done, s, store.data);
      if (!ingestOnly) {
        AnalyzerConfig config = threads == null ? AnalyzerConfig.DEFAULT : AnalyzerConfig.DEFAULT.withParallelism(threads);
        LedgerRun stages = LedgerRun.standard(s, config, err);
        LedgerRun.Result result = stages.run(s.getAll(run.articleIds()), EventConfig.DEFAULTS);
        run = run.withAnalysed(result.analysed());
        Ledger ledger = Ledgers.build(result.events(), aliasTable);
        LedgerReport.writeAll(ledger, outDir);
        printAnalysis(out, result, ledger);
        for (String f : List.of(LedgerReport.JSON, LedgerReport.SCHEMA, LedgerReport.CSV, LedgerReport.HTML)) {
          out.println("wrote " + outDir.resolve(f));
        }
      }
      for (OutputWriter w : writers()) {
        if (ingestOnly && w instanceof JsonlWriters.Statements) {
          continue;
        }
        Path target = outDir.resolve(w.fileName());
        write(w, run, target);
        out.println("wrote " + target);
      }
    }
    out.flush();
    return 0;
  }

  private static void printAnalysis(java.io.PrintWriter out, LedgerRun.Result r, Ledger ledger) {
    int statements = 0;
    for (AnalyzedArticle aa : r.analysed()) {
      statements += aa.statements().size();
    }
    Map<ClaimStatus, Integer> byStatus = new EnumMap<>(ClaimStatus.class);
    int claims = 0;
    for (LedgerEvent e : ledger.events()) {
      for (LedgerClaim c : e.claims()) {
        byStatus.merge(c.status(), 1, Integer::sum);
        claims++;
      }
    }
    out.println("analysed: " + r.analysedNow() + " article(s), " + r.analysisReused() + " reused from the store; "
        + statements + " statement(s)");
    StringBuilder sb = new StringBuilder();
    byStatus.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ')
        .append(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    out.println("events: " + ledger.events().size() + " with this run's articles; claims: " + claims
        + (claims == 0 ? "" : " (" + sb + ")"));
    if (!ledger.problems().isEmpty()) {
      out.println("ledger problems recorded: " + ledger.problems().size() + " (see ledger.json)");
    }
  }

  /** Writes to a temporary file beside the target, then moves it into place: no half-written output. */
  private static void write(OutputWriter w, AnalyzeRun run, Path target) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      w.write(run, tmp);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
