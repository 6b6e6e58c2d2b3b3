package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.ingest.dedup.DuplicateEvaluation;
import org.corroborate.ingest.dedup.NearDuplicateConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate eval duplicates [--seed N] [--count N]}: near-duplicate detection on a generated
 * corpus of fictional wire stories, their edited republications and distinct same-topic articles.
 */
@Command(
    name = "duplicates",
    mixinStandardHelpOptions = true,
    description = {
      "Near-duplicate (syndication) detection on generated wire copies.",
      "Generates fictional stories, republished copies of them (words edited,",
      "new headline, ending trimmed, paragraph inserted, dateline added) and",
      "distinct articles on the same topics; ingests them into a fresh store",
      "in two runs; prints pairwise precision, recall and F1 of the links.",
      "Last line: duplicates: precision=... recall=... f1=... pairs=..."})
public final class DuplicatesEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--count", paramLabel = "N", defaultValue = "300", description = "Base stories to generate (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (count < 1) {
      spec.commandLine().getErr().println("corroborate: --count must be at least 1, got " + count);
      return 2;
    }
    Path work = Files.createTempDirectory("corroborate-dupes");
    try {
      long t0 = System.nanoTime();
      DuplicateEvaluation.Result r = DuplicateEvaluation.run(seed, count, work, NearDuplicateConfig.DEFAULTS);
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "corpus: seed=%d stories=%d articles=%d copies=%d distinct-same-topic=%d (%.1f s)%n",
          seed, count, r.articles(), r.copies(), r.distinct(), seconds);
      r.copyRecallByEdit().forEach((edit, c) -> out.printf(Locale.ROOT,
          "  copies with %-16s linked %.3f (%d of %d)%n", edit.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          c[0] / c[1], (long) c[0], (long) c[1]));
      out.printf(Locale.ROOT, "retrieval: %.1f LSH candidates per new article, %.2f verified on text after the sketch screen%n",
          r.retrieval().candidatesPerLookup(), r.retrieval().verifiedPerLookup());
      out.printf(Locale.ROOT, "pairs: gold=%d predicted=%d correct=%d%n", r.goldPairs(), r.predictedPairs(), r.truePairs());
      out.printf(Locale.ROOT, "duplicates: precision=%.4f recall=%.4f f1=%.4f pairs=%d%n",
          r.precision(), r.recall(), r.f1(), r.goldPairs());
      if (json != null) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("seed", seed);
        m.put("stories", count);
        m.put("articles", r.articles());
        m.put("gold_pairs", r.goldPairs());
        m.put("predicted_pairs", r.predictedPairs());
        m.put("correct_pairs", r.truePairs());
        m.put("precision", r.precision());
        m.put("recall", r.recall());
        m.put("f1", r.f1());
        org.corroborate.util.Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), m);
      }
      out.flush();
      return 0;
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
