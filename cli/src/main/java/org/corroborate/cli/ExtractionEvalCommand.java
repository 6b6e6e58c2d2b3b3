package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.eval.extraction.ExtractionEvaluation;
import org.corroborate.eval.extraction.ExtractionReport;
import org.corroborate.eval.extraction.FailureKind;
import org.corroborate.eval.extraction.PageResult;
import org.corroborate.eval.extraction.ShingleMetric;
import org.corroborate.ingest.html.MainTextExtractor;
import org.corroborate.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval extraction DIR}: main-text extraction quality on an article-extraction
 * folder (html/*.html.gz and ground-truth.json), with the benchmark's shingle metric. Prints the
 * figures by failure kind and ends with one line {@code extraction: f1=... precision=... recall=... pages=N}.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = "Scores HTML main-text extraction against gold article bodies (4-token shingles).")
public final class ExtractionEvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "folder with html/*.html.gz and ground-truth.json")
  Path dir;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
  Path json;

  @Option(names = "--per-page", paramLabel = "FILE",
      description = "write per-page figures (tab-separated, worst F1 first) for studying failures")
  Path perPage;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("corroborate: not a folder: " + dir);
      return 2;
    }
    ExtractionReport report = new ExtractionEvaluation(new MainTextExtractor()).run(dir);
    out.println("by failure kind (GOOD: precision and recall >= 0.9; WRONG_BLOCK: both < 0.5):");
    for (FailureKind k : FailureKind.values()) {
      ShingleMetric.Summary s = report.byKind().get(k);
      if (s != null) {
        out.println(String.format(Locale.ROOT, "  %-12s pages=%3d f1=%.3f precision=%.3f recall=%.3f",
            k, s.pages(), s.f1(), s.precision(), s.recall()));
      }
    }
    long problems = report.pages().stream().filter(p -> p.problem() != null).count();
    out.println("pages with a problem reported by the extractor or reader: " + problems);
    if (json != null) {
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), asJson(report));
    }
    if (perPage != null) {
      writePerPage(report, perPage);
    }
    ShingleMetric.Summary o = report.overall();
    out.println(String.format(Locale.ROOT, "extraction: f1=%.3f precision=%.3f recall=%.3f pages=%d",
        o.f1(), o.precision(), o.recall(), o.pages()));
    out.flush();
    return 0;
  }

  private static Map<String, Object> asJson(ExtractionReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    ShingleMetric.Summary o = report.overall();
    m.put("f1", o.f1());
    m.put("precision", o.precision());
    m.put("recall", o.recall());
    m.put("pages", o.pages());
    Map<String, Object> kinds = new LinkedHashMap<>();
    for (FailureKind k : FailureKind.values()) {
      ShingleMetric.Summary s = report.byKind().get(k);
      if (s != null) {
        kinds.put(k.name(), s);
      }
    }
    m.put("byKind", kinds);
    return m;
  }

  private static void writePerPage(ExtractionReport report, Path file) throws IOException {
    List<PageResult> pages = new ArrayList<>(report.pages());
    pages.sort(Comparator.comparingDouble(PageResult::f1).thenComparing(PageResult::id));
    List<String> lines = new ArrayList<>();
    lines.add("id\tkind\tf1\tprecision\trecall\texpected_tokens\tpredicted_tokens\turl\tproblem");
    for (PageResult p : pages) {
      lines.add(String.join("\t", p.id(), p.kind().name(), fmt(p.f1()), fmt(p.precision()), fmt(p.recall()),
          Integer.toString(p.expectedTokens()), Integer.toString(p.predictedTokens()),
          p.url() == null ? "" : p.url(), p.problem() == null ? "" : p.problem().replace('\t', ' ')));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
