package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.bench.analysis.AnalysisBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate bench analysis DIR}: speed of our analysis beside CoreNLP's full default
 * pipeline on the same .txt articles, in one run (see {@link AnalysisBenchmark}). Ends with
 * {@code analysis: ours_tok_per_s=... corenlp_tok_per_s=... ratio=... load_s=... peak_heap_mb=...}.
 */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description = "Measures analysis speed (tokens/s per core) against CoreNLP's full pipeline on the same articles.")
public final class AnalysisBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "folder of .txt articles (or a folder with text/)")
  Path dir;

  @Option(names = "--limit", paramLabel = "N", description = "articles to time (default ${DEFAULT-VALUE})")
  int limit = 84;

  @Option(names = "--baseline-limit", paramLabel = "N",
      description = "articles for the CoreNLP full pipeline, slow (default ${DEFAULT-VALUE}; 0 skips it)")
  int baselineLimit = 20;

  @Option(names = "--warmup", paramLabel = "N", description = "articles run once before timing (default ${DEFAULT-VALUE})")
  int warmup = 10;

  @Option(names = "--model", paramLabel = "FILE",
      description = "attribution model to time (default: the shipped one)")
  Path model;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir) || limit < 1 || baselineLimit < 0 || warmup < 0) {
      spec.commandLine().getErr().println("corroborate: need a folder of .txt files, --limit >= 1, --baseline-limit >= 0, --warmup >= 0");
      return 2;
    }
    List<String> texts = AnalysisBenchmark.readTexts(dir, limit);
    AnalysisBenchmark.Run ours = AnalysisBenchmark.ours(texts, warmup, model);
    print(out, ours);
    AnalysisBenchmark.Run base = null;
    if (baselineLimit > 0) {
      base = AnalysisBenchmark.coreNlpFull(texts.subList(0, Math.min(baselineLimit, texts.size())), Math.min(warmup, 2));
      print(out, base);
    }
    double ratio = base == null ? Double.NaN : ours.tokensPerCpuSecond() / base.tokensPerCpuSecond();
    out.printf(Locale.ROOT, "analysis: ours_tok_per_s=%.0f corenlp_tok_per_s=%.0f ratio=%.1f load_s=%.1f"
        + " load_cpu_s=%.1f peak_heap_mb=%d%n", ours.tokensPerCpuSecond(),
        base == null ? Double.NaN : base.tokensPerCpuSecond(), ratio, ours.loadSeconds(), ours.loadCpuSeconds(),
        ours.peakHeapBytes() >> 20);
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, AnalysisBenchmark.Run r) {
    out.printf(Locale.ROOT, "%s: %d articles, %d tokens; %.0f tokens/s per core (CPU time %.1f s), %.0f tokens/s wall"
        + " (%.1f s); model load %.1f s wall, %.1f s CPU; peak heap %d MB%n", r.name(), r.articles(), r.tokens(),
        r.tokensPerCpuSecond(), r.cpuSeconds(), r.tokensPerWallSecond(), r.wallSeconds(), r.loadSeconds(),
        r.loadCpuSeconds(), r.peakHeapBytes() >> 20);
    for (Map.Entry<String, Double> e : r.stageSeconds().entrySet()) {
      out.printf(Locale.ROOT, "  stage %-24s %7.2f s  %8.0f tokens/s (wall)%n", e.getKey(), e.getValue(),
          e.getValue() == 0 ? 0 : r.tokens() / e.getValue());
    }
  }
}
