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
      "Ingest throughput (articles/s) and peak memory, without NLP.",
      "Generates N fictional articles as text files, HTML pages and one WARC",
      "file in a temporary folder, ingests each set into a fresh store (read,",
      "extract, deduplicate, store) and prints articles per second (wall and",
      "CPU) and peak memory (heap, RSS) per set. Last line:",
      "ingest: text=N/s html=N/s warc=N/s heap_peak=NMiB rss_peak=NMiB"})
public final class IngestBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "2000", description = "Articles per set (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Seed of the generated articles (default: ${DEFAULT-VALUE}).")
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
