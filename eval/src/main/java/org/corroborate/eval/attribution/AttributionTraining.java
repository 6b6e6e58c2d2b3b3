package org.corroborate.eval.attribution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.analysis.attribution.AttributionModel;
import org.corroborate.analysis.attribution.AttributionTrainer;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpEngine;
import org.corroborate.analysis.nlp.TokenEncoder;

/**
 * Trains an attribution model from a PolNeAR-style folder (text/ and attributions/): annotates
 * each article with the NLP engine (and, for a model that reads them, computes its token vectors
 * with the {@link TokenEncoder}), on all cores, reads the gold relations of its first annotation
 * file, and runs {@link AttributionTrainer}. Same data, same engine, same config: same model.
 */
public final class AttributionTraining {
  private AttributionTraining() {}

  public static AttributionModel train(NlpEngine engine, Path dir, int limit, AttributionTrainer.Config config,
      PrintWriter log) throws IOException {
    return train(engine, dir, limit, config, false, log);
  }

  /** @param vectors whether the model reads token vectors ({@link TokenEncoder}) */
  public static AttributionModel train(NlpEngine engine, Path dir, int limit, AttributionTrainer.Config config,
      boolean vectors, PrintWriter log) throws IOException {
    PolnearCorpus.Corpus corpus = PolnearCorpus.read(dir, limit);
    log.printf("read %d articles from %s (%d rejected annotation lines or files)%n", corpus.articles().size(), dir,
        corpus.rejections().size());
    log.flush();
    long t0 = System.nanoTime();
    TokenEncoder encoder = vectors ? TokenEncoder.attribution() : null;
    List<PolnearCorpus.Article> articles = corpus.articles();
    AttributionTrainer.Example[] examples = new AttributionTrainer.Example[articles.size()];
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        int k = i;
        done.add(pool.submit(() -> {
          PolnearCorpus.Article a = articles.get(k);
          NlpDocument doc = engine.annotate(a.text());
          examples[k] = new AttributionTrainer.Example(doc, a.gold(), encoder == null ? null : encoder.encode(doc));
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while annotating the training articles", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotating a training article failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    log.printf("annotated%s in %.1f s%n", vectors ? " and encoded" : "", (System.nanoTime() - t0) / 1e9);
    String provenance = "averaged structured perceptron trained on " + corpus.articles().size()
        + " articles of " + dir.getFileName() + " (PolNeAR v1.0.0 train split when so named); epochs="
        + config.epochs() + " seed=" + config.seed() + " minFeatureCount=" + config.minFeatureCount()
        + (vectors ? " tokenVectors=" + encoder.name() + " vectorScale=" + config.vectorScale() : "");
    return AttributionTrainer.train(List.of(examples), config, provenance, log);
  }
}
