package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.bench.events.EventsBenchmark;
import org.corroborate.events.EventConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corroborate bench events --articles N}: scale benchmark of the online event clusterer on a
 * seeded synthetic news stream. Prints, at 10k, 100k, 1M... articles, the median time per article
 * over the {@code --window} articles that follow (CPU and wall, in rounds of 1000), heap after GC and
 * RSS, and the cost ratio to the first checkpoint measured in pairs (see {@link EventsBenchmark}); the
 * last line gives the ratio at the last checkpoint.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Measures event clustering cost per article and memory at 10k, 100k, 1M synthetic articles.")
public final class EventsBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", description = "articles to add (default ${DEFAULT-VALUE})")
  int articles = 100_000;

  @Option(names = "--seed", description = "generator seed (default ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--per-day", paramLabel = "N", description = "synthetic articles per day (default ${DEFAULT-VALUE})")
  double perDay = 2000;

  @Option(names = "--window", paramLabel = "N", description = "articles timed after each checkpoint, in rounds of 1000 (default ${DEFAULT-VALUE})")
  int window = 10_000;

  @Option(names = "--warmup", paramLabel = "N", description = "articles added to a throw-away index first (default ${DEFAULT-VALUE})")
  int warmup = 20_000;

  @Option(names = "--config", paramLabel = "KEY=VALUE,...", description = "event clustering settings over the defaults")
  String config = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EventConfig cfg;
    try {
      cfg = EventConfig.parse(config);
      if (articles < window) {
        throw new IllegalArgumentException("--articles must be >= --window (" + window + ")");
      }
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("corroborate: " + e.getMessage());
      return 2;
    }
    out.println(String.format(Locale.ROOT, "bench events: %d articles, seed %d, %.0f/day, window %d, warm-up %d, max heap %d MiB",
        articles, seed, perDay, window, warmup, Runtime.getRuntime().maxMemory() >> 20));
    out.flush();
    EventsBenchmark.Result r = new EventsBenchmark(cfg, seed, perDay, window, warmup).run(articles, c -> {
      out.println(String.format(Locale.ROOT,
          "  articles=%d events=%d cpu_us_per_article=%.1f wall_us_per_article=%.1f probe_cpu_us_per_article=%.1f"
              + " paired_ratio=%.2f merge_pass_ms=%.0f merges=%d heap_after_gc_mib=%d rss_mib=%d",
          c.articles(), c.events(), c.microsPerArticle(), c.wallMicrosPerArticle(), c.probeMicrosPerArticle(),
          c.pairedRatio(), c.mergeMillis(), c.merges(), c.heapBytes() >> 20, c.rssBytes() < 0 ? -1 : c.rssBytes() >> 20));
      EventsBenchmark.Work w = c.work();
      out.println(String.format(Locale.ROOT,
          "    per article: postings_lists=%.1f entries_scanned=%.0f skipped_beyond_horizon=%.0f events_touched=%.1f"
              + " scored=%.1f; vocabulary=%d events_created=%d; gc during the timed rounds: %d ms in %d collections"
              + " (both indexes)",
          w.lookups(), w.scanned(), w.skipped(), w.touched(), w.scored(), w.vocabulary(), w.eventsCreated(),
          w.gcMillis(), w.gcCount()));
      out.flush();
    });
    out.println(String.format(Locale.ROOT, "  synthetic events recovered: pairwise precision=%.3f recall=%.3f; total %.1f s",
        r.pairwisePrecision(), r.pairwiseRecall(), r.totalMillis() / 1000.0));
    var first = r.checkpoints().get(0);
    var last = r.checkpoints().get(r.checkpoints().size() - 1);
    out.println(String.format(Locale.ROOT, "bench events: cost_ratio=%.2f (%d vs %d articles, CPU time, paired) unpaired_ratio=%.2f"
            + " cpu_us_per_article=%.1f heap_mib=%d rss_mib=%d",
        r.costRatio(), last.articles(), first.articles(), r.unpairedRatio(), last.microsPerArticle(), last.heapBytes() >> 20,
        last.rssBytes() < 0 ? -1 : last.rssBytes() >> 20));
    out.flush();
    return 0;
  }
}
