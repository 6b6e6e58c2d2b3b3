package org.corroborate.bench.events;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.corroborate.events.EventConfig;
import org.corroborate.events.EventDoc;
import org.corroborate.events.EventIndex;

/**
 * Measures how the online event clusterer's cost per article grows with the corpus: adds a seeded
 * {@link SyntheticNews} stream to one {@link EventIndex} and, at each checkpoint (10k, 100k, 1M
 * articles, as far as asked), times the next {@code rounds} chunks of {@code chunk} articles (CPU time
 * of the adding thread; wall time too) and reports the median over the chunks, with the heap in use
 * after a full GC and the process RSS taken just before.
 *
 * <p>The cost ratio is measured in pairs, so that the load of a shared machine, which changes over a
 * run of minutes and moves CPU time too (caches, a busy sibling core), cancels out: at the first
 * checkpoint the index is saved ({@link EventIndex#snapshot}) together with the chunk of articles that
 * follows it (the probe); in every round of every checkpoint, next to the main chunk, the saved index
 * is restored and the probe added to it, timed the same way. Each round gives the ratio main/probe;
 * the checkpoint's ratio is the median of its rounds. At the first checkpoint main and probe chunk are
 * the same work, so its ratio near 1 shows the noise of the method. A warm-up on a separate index and
 * stream runs first so that JIT compilation falls in no measurement; generating articles, restoring
 * and the GC before each checkpoint are not timed. At each checkpoint, after the timing, the merge
 * pass runs over the events changed since the previous checkpoint, as a periodic job would, and its
 * wall time is reported. Also reports how well the synthetic events were recovered (pairwise
 * precision/recall against the generator's events), as a sanity check that the index does its job.
 *
 * <p>Run: {@code corroborate bench events --articles 1000000} (with a heap cap such as
 * {@code CORROBORATE_HEAP=8g}); it adds {@code articles + rounds * chunk} articles.
 */
public final class EventsBenchmark {
  /**
   * Figures at one checkpoint: {@code articles} in the index when timing began; medians over the
   * rounds of CPU and wall microseconds per article added to the main index, of CPU microseconds per
   * probe article added to the first checkpoint's index, and of the per-round ratio of the two.
   */
  public record Checkpoint(int articles, int events, double microsPerArticle, double wallMicrosPerArticle,
                           double probeMicrosPerArticle, double pairedRatio, double mergeMillis, int merges,
                           long heapBytes, long rssBytes, Work work) {}

  /**
   * What each article cost the main index in the timed rounds, per article: postings lists read,
   * entries scanned and skipped as beyond the time horizon, candidate events touched and scored; and
   * the vocabulary and events created so far; the collectors' time and count during the timed rounds
   * (both indexes and the restores; GC threads are outside the CPU figure). Flat per-article figures
   * are the design's promise.
   */
  public record Work(double lookups, double scanned, double skipped, double touched, double scored, int vocabulary,
                     int eventsCreated, long gcMillis, long gcCount) {}

  /** The whole run. */
  public record Result(List<Checkpoint> checkpoints, double pairwisePrecision, double pairwiseRecall,
                       long totalMillis) {
    /** Cost per article at the last checkpoint over the cost at the first, measured in pairs (see the class comment). */
    public double costRatio() {
      return checkpoints.get(checkpoints.size() - 1).pairedRatio();
    }

    /** The same ratio from the medians alone, last checkpoint over first, as machine load allows. */
    public double unpairedRatio() {
      return checkpoints.get(checkpoints.size() - 1).microsPerArticle() / checkpoints.get(0).microsPerArticle();
    }
  }

  private final EventConfig config;
  private final long seed;
  private final double articlesPerDay;
  private final int chunk;
  private final int rounds;
  private final int warmup;

  /**
   * @param window articles timed at each checkpoint, in {@code window / 1000} rounds of 1000 (or one
   *               round of {@code window} when smaller)
   */
  public EventsBenchmark(EventConfig config, long seed, double articlesPerDay, int window, int warmup) {
    this.config = Objects.requireNonNull(config, "config");
    if (window < 1 || warmup < 0) {
      throw new IllegalArgumentException("window must be >= 1 and warmup >= 0");
    }
    this.seed = seed;
    this.articlesPerDay = articlesPerDay;
    this.chunk = Math.min(1000, window);
    this.rounds = Math.max(1, window / chunk);
    this.warmup = warmup;
  }

  /**
   * Runs to {@code articles}, with checkpoints at 10k, 100k, 1M, ... up to it (and at it); a checkpoint
   * that the previous one's timed articles already passed is taken where they ended.
   */
  public Result run(int articles, Consumer<Checkpoint> progress) {
    if (articles < chunk * rounds) {
      throw new IllegalArgumentException("articles must be >= the window (" + chunk * rounds + "), was " + articles);
    }
    List<Integer> marks = new ArrayList<>();
    for (long m = 10_000; m < articles; m *= 10) {
      marks.add((int) m);
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
    int total = articles + marks.size() * chunk * rounds;
    long[] gold = new long[total];
    String[] docIds = new String[total];
    List<Checkpoint> out = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    byte[] saved = null;
    List<EventDoc> probe = null;
    int added = 0;
    for (int mark : marks) {
      while (added < mark) {
        SyntheticNews.Item item = stream.next();
        gold[added] = item.eventId();
        docIds[added++] = item.doc().id();
        index.add(item.doc());
      }
      long heap = heapAfterGc();
      long rss = rss();
      List<List<EventDoc>> chunks = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        List<EventDoc> c = new ArrayList<>(chunk);
        for (int k = 0; k < chunk; k++) {
          SyntheticNews.Item item = stream.next();
          gold[added + r * chunk + k] = item.eventId();
          docIds[added + r * chunk + k] = item.doc().id();
          c.add(item.doc());
        }
        chunks.add(c);
      }
      if (saved == null) {
        saved = save(index);
        probe = chunks.get(0);
      }
      double[] mainCpu = new double[rounds];
      double[] mainWall = new double[rounds];
      double[] probeCpu = new double[rounds];
      double[] ratio = new double[rounds];
      EventIndex.Stats before = index.stats();
      long[] gcBefore = gc();
      for (int r = 0; r < rounds; r++) {
        EventIndex ref = restore(saved);
        // alternate which goes first, so that neither always runs right after the restore's garbage
        if (r % 2 == 0) {
          timeAdds(index, chunks.get(r), threads, cpu, mainCpu, mainWall, r);
          probeCpu[r] = timeAdds(ref, probe, threads, cpu, null, null, r);
        } else {
          probeCpu[r] = timeAdds(ref, probe, threads, cpu, null, null, r);
          timeAdds(index, chunks.get(r), threads, cpu, mainCpu, mainWall, r);
        }
        ratio[r] = mainCpu[r] / probeCpu[r];
      }
      EventIndex.Stats after = index.stats();
      long[] gcAfter = gc();
      double n = rounds * (double) chunk;
      Work work = new Work((after.postingsLookups() - before.postingsLookups()) / n,
          (after.entriesScanned() - before.entriesScanned()) / n,
          (after.entriesSkippedByTime() - before.entriesSkippedByTime()) / n,
          (after.eventsTouched() - before.eventsTouched()) / n, (after.candidatesScored() - before.candidatesScored()) / n,
          after.vocabulary(), after.eventsCreated(), gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
      added += rounds * chunk;
      long ma = System.nanoTime();
      int merges = index.mergePass();
      double mergeMillis = (System.nanoTime() - ma) / 1e6;
      Checkpoint c = new Checkpoint(added - rounds * chunk, index.eventCount(), median(mainCpu), median(mainWall), median(probeCpu),
          median(ratio), mergeMillis, merges, heap, rss, work);
      out.add(c);
      progress.accept(c);
    }
    long totalMillis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> predicted = index.assignments();
    double[] pr = pairwise(java.util.Arrays.copyOf(gold, added), java.util.Arrays.copyOf(docIds, added), predicted);
    return new Result(out, pr[0], pr[1], totalMillis);
  }

  /** Adds {@code docs}, returns CPU microseconds per document; fills {@code cpuOut[r]}, {@code wallOut[r]} when given. */
  private static double timeAdds(EventIndex index, List<EventDoc> docs, ThreadMXBean threads, boolean cpu,
      double[] cpuOut, double[] wallOut, int r) {
    long ca = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long a = System.nanoTime();
    for (EventDoc d : docs) {
      index.add(d);
    }
    long wall = System.nanoTime() - a;
    long used = cpu ? threads.getCurrentThreadCpuTime() - ca : wall;
    double perDoc = used / 1000.0 / docs.size();
    if (cpuOut != null) {
      cpuOut[r] = perDoc;
      wallOut[r] = wall / 1000.0 / docs.size();
    }
    return perDoc;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static byte[] save(EventIndex index) {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    try {
      index.snapshot(buf);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("snapshot to memory failed", e);
    }
    return buf.toByteArray();
  }

  private static EventIndex restore(byte[] saved) {
    try {
      return EventIndex.restore(new java.io.ByteArrayInputStream(saved));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("restore from memory failed", e);
    }
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

  /** Total collection time (ms) and count of all collectors so far: GC runs on its own threads, outside the CPU figure. */
  private static long[] gc() {
    long ms = 0;
    long n = 0;
    for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, b.getCollectionTime());
      n += Math.max(0, b.getCollectionCount());
    }
    return new long[] {ms, n};
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
