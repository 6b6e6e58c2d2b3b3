package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.bench.ingest.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate bench ingest [--articles N]}: ingest throughput and peak memory, no NLP. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Generates N fictional articles as text files, HTML pages and one WARC file (in a temporary",
      "folder), ingests each set into a fresh store (read, extract, deduplicate, store; no NLP) and",
      "prints articles/second per set and peak memory (heap, RSS).",
      "Last line: ingest: text=.../s html=.../s warc=.../s heap_peak=...MiB rss_peak=...MiB"})
public final class IngestBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "2000", description = "Articles per set (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated articles (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 1) {
      spec.commandLine().getErr().println("corroborate: --articles must be at least 1, got " + articles);
      return 2;
    }
    List<IngestBenchmark.Result> results = IngestBenchmark.run(articles, seed, out);
    out.println(IngestBenchmark.summaryLine(results));
    out.flush();
    return 0;
  }
}
