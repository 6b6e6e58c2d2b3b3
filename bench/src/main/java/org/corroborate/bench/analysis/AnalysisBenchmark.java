package org.corroborate.bench.analysis;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.corroborate.analysis.Analyzer;
import org.corroborate.analysis.AnalyzerConfig;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.analysis.attribution.AttributionExtractor;
import org.corroborate.analysis.attribution.AttributionModel;
import org.corroborate.analysis.nlp.CoreNlpEngine;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;

/**
 * Speed of our analysis (CoreNlpEngine with its default annotators, attribution extraction, and
 * the rest of the {@link Analyzer} facade: entities, statements, hedges, quantities, dates)
 * beside Stanford CoreNLP's full default pipeline with quote attribution
 * (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote), on the same articles, in one JVM, one
 * thread. Per core = tokens per CPU-second of the measuring thread (also given per wall-second,
 * which suffers when the machine is shared). Warm: the first articles are run once before timing.
 * Model load is given in wall seconds and in CPU seconds of the loading thread (the second is
 * what a busy shared machine does not distort). Heap: the sum of the heap pools' peak use during
 * our phase (model load included), measured before the CoreNLP baseline is loaded. CPU time is
 * the measuring thread's: CoreNLP's annotators used here run in the calling thread; garbage
 * collection threads are not counted.
 */
public final class AnalysisBenchmark {
  private AnalysisBenchmark() {}

  /** One pipeline's figures. */
  public record Run(String name, int articles, long tokens, double cpuSeconds, double wallSeconds,
      double loadSeconds, double loadCpuSeconds, long peakHeapBytes, Map<String, Double> stageSeconds) {
    public double tokensPerCpuSecond() {
      return cpuSeconds == 0 ? 0 : tokens / cpuSeconds;
    }

    public double tokensPerWallSecond() {
      return wallSeconds == 0 ? 0 : tokens / wallSeconds;
    }
  }

  /** The .txt files of {@code dir} (or of {@code dir/text} when it exists), sorted, at most {@code limit}. */
  public static List<String> readTexts(Path dir, int limit) throws IOException {
    Path d = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
    List<Path> files;
    try (Stream<Path> s = Files.list(d)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<String> out = new ArrayList<>();
    for (Path p : files) {
      if (limit > 0 && out.size() >= limit) {
        break;
      }
      out.add(Files.readString(p, StandardCharsets.UTF_8));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no .txt files in " + d);
    }
    return out;
  }

  /** Runs our analysis over {@code texts}, after warming up on the first {@code warmup}. */
  public static Run ours(List<String> texts, int warmup) throws IOException {
    return ours(texts, warmup, null);
  }

  /**
   * As {@link #ours(List, int)} with the attribution model in {@code modelFile} (null: the shipped
   * one); loading it, and the token encoder it may need, counts as model load.
   */
  public static Run ours(List<String> texts, int warmup, Path modelFile) throws IOException {
    resetPeaks();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long l0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    AttributionModel model = modelFile == null ? AttributionExtractor.loadDefaultModel() : AttributionModel.read(modelFile);
    AttributionExtractor extractor = new AttributionExtractor(model);
    CoreNlpEngine engine = new CoreNlpEngine(
        extractor.model().syntax() ? CoreNlpEngine.Options.PARSING : CoreNlpEngine.Options.DEFAULT);
    Analyzer analyzer = new Analyzer(engine, extractor::extract, AnalyzerConfig.DEFAULT);
    double load = (System.nanoTime() - t0) / 1e9;
    double loadCpu = (mx.getCurrentThreadCpuTime() - l0) / 1e9;
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      articles.add(new Article("bench-" + i, Outlet.UNKNOWN, "", null, null, "en", t, List.of(new Span(0, t.length())),
          null, List.of(new SourceRef("bench", null, null, null, Outlet.UNKNOWN, null)), null));
    }
    for (Article a : articles.subList(0, Math.min(warmup, articles.size()))) {
      NlpDocument doc = engine.annotate(a.text(), extractor.parseFilter());
      analyzer.read(a, doc, extractor.extract(doc));
    }
    Map<String, Long> before = engine.stageNanos();
    long tokens = 0;
    long attrNanos = 0;
    long vecNanos = 0;
    long restNanos = 0;
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (Article a : articles) {
      NlpDocument doc = engine.annotate(a.text(), extractor.parseFilter());
      long v0 = System.nanoTime();
      float[][] vectors = extractor.vectors(doc);
      long a0 = System.nanoTime();
      List<Attribution> found = extractor.extract(doc, vectors);
      long a1 = System.nanoTime();
      vecNanos += a0 - v0;
      analyzer.read(a, doc, found);
      restNanos += System.nanoTime() - a1;
      attrNanos += a1 - a0;
      tokens += doc.tokens().size();
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    Map<String, Double> stages = new LinkedHashMap<>();
    engine.stageNanos().forEach((k, v) -> stages.put(k, (v - before.get(k)) / 1e9));
    if (extractor.model().denseDimension() > 0) {
      stages.put("token vectors (MiniLM)", vecNanos / 1e9);
    }
    stages.put("attribution", attrNanos / 1e9);
    stages.put("entities+statements", restNanos / 1e9);
    return new Run("corroborate", texts.size(), tokens, cpu, wall, load, loadCpu, peakHeap(), stages);
  }

  /** Runs CoreNLP's full default pipeline with quote attribution over {@code texts}. */
  public static Run coreNlpFull(List<String> texts, int warmup) {
    resetPeaks();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long l0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double load = (System.nanoTime() - t0) / 1e9;
    double loadCpu = (mx.getCurrentThreadCpuTime() - l0) / 1e9;
    for (String t : texts.subList(0, Math.min(warmup, texts.size()))) {
      pipeline.processToCoreDocument(t);
    }
    long tokens = 0;
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (String t : texts) {
      CoreDocument doc = pipeline.processToCoreDocument(t);
      tokens += doc.tokens().size();
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    return new Run("corenlp-full", texts.size(), tokens, cpu, wall, load, loadCpu, peakHeap(), Map.of());
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
