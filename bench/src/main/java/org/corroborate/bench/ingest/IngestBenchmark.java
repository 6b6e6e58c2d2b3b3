package org.corroborate.bench.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.ingest.IngestSummary;
import org.corroborate.ingest.ReadSummary;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.dedup.SyndicationFixtures;
import org.corroborate.store.SqliteArticleStore;

/**
 * Ingest throughput: generates N fictional articles as text files, HTML pages and one WARC file in a
 * temporary folder, then ingests each set without NLP (read, extract, deduplicate, store with
 * synchronous=FULL commits) into a fresh store, and reports articles per second and peak memory per set.
 * Not a test: run it with {@code corroborate bench ingest --articles N}. Generation is not timed.
 */
public final class IngestBenchmark {
  /**
   * One set's figures.
   *
   * @param format        text, html or warc
   * @param articles      articles the readers produced
   * @param stored        of those, stored as new articles
   * @param seconds       wall time of the ingest
   * @param cpuSeconds    CPU time of the whole process during the ingest (all threads, GC and JIT
   *                      included), or -1 if the JVM does not tell; on a shared, loaded machine
   *                      articles per CPU second is the steadier figure
   * @param heapPeak      peak heap in use (polled), bytes
   * @param heapPoolPeak  sum of the heap pools' peaks, bytes
   * @param rssPeak       peak resident set (VmHWM), bytes, or -1 if unknown
   * @param rssThisPhase  whether rssPeak was reset for this set (else it is since JVM start)
   */
  public record Result(String format, long files, long bytes, long articles, long stored, long rejected,
      double seconds, double cpuSeconds, long heapPeak, long heapPoolPeak, long rssPeak, boolean rssThisPhase,
      IngestPipeline.RetrievalStats retrieval) {
    public double articlesPerSecond() {
      return articles / seconds;
    }

    public double articlesPerCpuSecond() {
      return cpuSeconds > 0 ? articles / cpuSeconds : -1;
    }
  }

  private IngestBenchmark() {}

  /** Runs the three sets; progress lines go to {@code log}. The temporary folder is deleted afterwards. */
  public static List<Result> run(int articles, long seed, PrintWriter log) throws IOException {
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be >= 1, got " + articles);
    }
    Path work = Files.createTempDirectory("corroborate-bench-ingest");
    try {
      List<SyndicationFixtures.Item> items = BenchCorpus.articles(seed, articles);
      BenchCorpus.writeText(items, work.resolve("text"));
      BenchCorpus.writeHtml(items, work.resolve("html"));
      BenchCorpus.writeWarc(items, work.resolve("warc").resolve("corpus.warc"));
      log.printf(Locale.ROOT, "generated %d articles as text files, HTML pages and one WARC file in %s%n",
          items.size(), work);
      log.flush();
      List<Result> results = new ArrayList<>();
      Readers readers = Readers.standard();
      for (String format : List.of("text", "html", "warc")) {
        System.gc();
        results.add(ingest(format, work.resolve(format), work.resolve("store-" + format), readers));
        Result r = results.get(results.size() - 1);
        log.println(describe(r));
        log.flush();
      }
      return results;
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static Result ingest(String format, Path input, Path data, Readers readers) {
    ReadSummary read;
    IngestSummary summary;
    IngestPipeline.RetrievalStats retrieval;
    long t0;
    double seconds;
    try (MemoryWatch watch = new MemoryWatch()) {
      long cpu0 = processCpuNanos();
      t0 = System.nanoTime();
      try (SqliteArticleStore store = SqliteArticleStore.open(data);
          IngestPipeline pipeline = new IngestPipeline(store)) {
        read = readers.read(List.of(input), pipeline);
        pipeline.close();
        summary = pipeline.summary();
        retrieval = pipeline.retrievalStats();
      }
      seconds = (System.nanoTime() - t0) / 1e9;
      long cpu1 = processCpuNanos();
      double cpuSeconds = cpu0 < 0 || cpu1 < 0 ? -1 : (cpu1 - cpu0) / 1e9;
      OptionalLong rss = MemoryWatch.rssPeak();
      return new Result(format, read.files(), read.bytes(), summary.read(), summary.accepted(), summary.rejected(),
          seconds, cpuSeconds, watch.polledHeapPeak(), watch.poolHeapPeak(), rss.orElse(-1),
          watch.rssPeakIsForThisPhase(), retrieval);
    }
  }

  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  public static String describe(Result r) {
    return String.format(Locale.ROOT,
        "%-4s: %d articles (%d stored, %d rejected) from %d files, %.1f MiB, in %.2f s = %.0f articles/s"
            + " (CPU %.2f s = %.0f articles per CPU second); heap peak %.0f MiB (pools %.0f MiB); RSS peak %s;"
            + " %.1f near-duplicate candidates per article, %.2f verified",
        r.format(), r.articles(), r.stored(), r.rejected(), r.files(), r.bytes() / 1048576.0, r.seconds(),
        r.articlesPerSecond(), r.cpuSeconds(), r.articlesPerCpuSecond(), r.heapPeak() / 1048576.0,
        r.heapPoolPeak() / 1048576.0,
        r.rssPeak() < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MiB%s", r.rssPeak() / 1048576.0,
            r.rssThisPhase() ? "" : " (since JVM start)"), r.retrieval().candidatesPerLookup(),
        r.retrieval().verifiedPerLookup());
  }

  /** The closing line of figures. */
  public static String summaryLine(List<Result> results) {
    StringBuilder sb = new StringBuilder("ingest:");
    long heap = 0;
    long rss = -1;
    for (Result r : results) {
      sb.append(String.format(Locale.ROOT, " %s=%.0f/s", r.format(), r.articlesPerSecond()));
      heap = Math.max(heap, r.heapPeak());
      rss = Math.max(rss, r.rssPeak());
    }
    sb.append(String.format(Locale.ROOT, " heap_peak=%.0fMiB", heap / 1048576.0));
    sb.append(rss < 0 ? " rss_peak=unknown" : String.format(Locale.ROOT, " rss_peak=%.0fMiB", rss / 1048576.0));
    return sb.toString();
  }
}
