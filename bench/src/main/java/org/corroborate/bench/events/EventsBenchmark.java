package org.corroborate.bench.events;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.corroborate.events.EventConfig;
import org.corroborate.events.EventIndex;

/**
 * Measures how the online event clusterer's cost per article grows with the corpus: adds a seeded
 * {@link SyntheticNews} stream to one {@link EventIndex} and, at each checkpoint (10k, 100k, 1M
 * articles, as far as asked), reports the mean time per {@code add} over the last {@code window}
 * articles (CPU time of the adding thread, which a busy shared machine disturbs less than wall time;
 * wall time too), the heap in use after a full GC, and the process RSS. At each checkpoint it also
 * runs the merge pass over the events changed since the previous checkpoint, as a periodic job
 * would, and reports its wall time. Generating the articles is not
 * timed. A warm-up on a separate index and stream runs first so that JIT compilation does not
 * inflate the first checkpoint. Also reports how well the synthetic events were recovered (pairwise
 * precision/recall against the generator's events), as a sanity check that the index does its job.
 *
 * <p>Run: {@code corroborate bench events --articles 1000000} (with a heap cap such as
 * {@code CORROBORATE_HEAP=8g}).
 */
public final class EventsBenchmark {
  /** Figures at one checkpoint. */
  public record Checkpoint(int articles, int events, double microsPerArticle, double wallMicrosPerArticle,
                           double mergeMillis, int merges, long heapBytes, long rssBytes) {}

  /** The whole run. */
  public record Result(List<Checkpoint> checkpoints, double pairwisePrecision, double pairwiseRecall,
                       long totalMillis) {
    /** Cost per article at the last checkpoint over the cost at the first. */
    public double costRatio() {
      return checkpoints.get(checkpoints.size() - 1).microsPerArticle() / checkpoints.get(0).microsPerArticle();
    }
  }

  private final EventConfig config;
  private final long seed;
  private final double articlesPerDay;
  private final int window;
  private final int warmup;

  public EventsBenchmark(EventConfig config, long seed, double articlesPerDay, int window, int warmup) {
    this.config = Objects.requireNonNull(config, "config");
    if (window < 1 || warmup < 0) {
      throw new IllegalArgumentException("window must be >= 1 and warmup >= 0");
    }
    this.seed = seed;
    this.articlesPerDay = articlesPerDay;
    this.window = window;
    this.warmup = warmup;
  }

  /** Runs to {@code articles}, with checkpoints at 10k, 100k, 1M, ... up to it (and at it). */
  public Result run(int articles, Consumer<Checkpoint> progress) {
    if (articles < window) {
      throw new IllegalArgumentException("articles must be >= the window (" + window + "), was " + articles);
    }
    List<Integer> marks = new ArrayList<>();
    for (long m = 10_000; m < articles; m *= 10) {
      if (m >= window) {
        marks.add((int) m);
      }
    }
    marks.add(articles);

    EventIndex warm = new EventIndex(config);
    SyntheticNews warmStream = new SyntheticNews(seed ^ 0x5DEECE66DL, articlesPerDay);
    for (int i = 0; i < warmup; i++) {
      warm.add(warmStream.next().doc());
    }
    warm = null;

    long t0 = System.nanoTime();
    EventIndex index = new EventIndex(config);
    SyntheticNews stream = new SyntheticNews(seed, articlesPerDay);
    // gold and predicted events per article, as int ids, for the pairwise sanity check
    long[] gold = new long[articles];
    String[] docIds = new String[articles];
    List<Checkpoint> out = new ArrayList<>();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long windowNanos = 0;
    long windowCpu = 0;
    int next = 0;
    for (int i = 0; i < articles; i++) {
      SyntheticNews.Item item = stream.next();
      gold[i] = item.eventId();
      docIds[i] = item.doc().id();
      boolean timed = i >= marks.get(next) - window;
      long ca = timed && cpu ? threads.getCurrentThreadCpuTime() : 0;
      long a = System.nanoTime();
      index.add(item.doc());
      long b = System.nanoTime();
      if (timed) {
        windowNanos += b - a;
        windowCpu += cpu ? threads.getCurrentThreadCpuTime() - ca : b - a;
      }
      if (i + 1 == marks.get(next)) {
        long ma = System.nanoTime();
        int merges = index.mergePass();
        double mergeMillis = (System.nanoTime() - ma) / 1e6;
        Checkpoint c = new Checkpoint(i + 1, index.eventCount(), windowCpu / 1000.0 / window,
            windowNanos / 1000.0 / window, mergeMillis, merges, heapAfterGc(), rss());
        out.add(c);
        progress.accept(c);
        windowNanos = 0;
        windowCpu = 0;
        next++;
      }
    }
    long totalMillis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> predicted = index.assignments();
    double[] pr = pairwise(gold, docIds, predicted);
    return new Result(out, pr[0], pr[1], totalMillis);
  }

  private static double[] pairwise(long[] gold, String[] docIds, Map<String, String> predicted) {
    Map<Long, Long> g = new HashMap<>();
    Map<String, Long> p = new HashMap<>();
    Map<String, Long> cell = new HashMap<>();
    for (int i = 0; i < gold.length; i++) {
      String ev = predicted.get(docIds[i]);
      g.merge(gold[i], 1L, Long::sum);
      p.merge(ev, 1L, Long::sum);
      cell.merge(gold[i] + "|" + ev, 1L, Long::sum);
    }
    long gp = pairs(g.values());
    long pp = pairs(p.values());
    long both = pairs(cell.values());
    return new double[] {pp == 0 ? 1 : (double) both / pp, gp == 0 ? 1 : (double) both / gp};
  }

  private static long pairs(Iterable<Long> sizes) {
    long s = 0;
    for (long n : sizes) {
      s += n * (n - 1) / 2;
    }
    return s;
  }

  private static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Resident set size from /proc/self/status (Linux), or -1 where that is not available. */
  static long rss() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          String[] parts = line.substring(6).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
