package org.corroborate.eval.attribution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.analysis.attribution.AttributionModel;
import org.corroborate.analysis.attribution.AttributionTrainer;
import org.corroborate.analysis.nlp.NlpEngine;

/**
 * Trains an attribution model from a PolNeAR-style folder (text/ and attributions/): annotates
 * each article with the NLP engine, reads the gold relations of its first annotation file, and
 * runs {@link AttributionTrainer}. Same data, same engine, same config: same model.
 */
public final class AttributionTraining {
  private AttributionTraining() {}

  public static AttributionModel train(NlpEngine engine, Path dir, int limit, AttributionTrainer.Config config,
      PrintWriter log) throws IOException {
    PolnearCorpus.Corpus corpus = PolnearCorpus.read(dir, limit);
    log.printf("read %d articles from %s (%d rejected annotation lines or files)%n", corpus.articles().size(), dir,
        corpus.rejections().size());
    log.flush();
    List<AttributionTrainer.Example> examples = new ArrayList<>();
    long t0 = System.nanoTime();
    for (PolnearCorpus.Article a : corpus.articles()) {
      examples.add(new AttributionTrainer.Example(engine.annotate(a.text()), a.gold()));
    }
    log.printf("annotated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    String provenance = "averaged structured perceptron trained on " + corpus.articles().size()
        + " articles of " + dir.getFileName() + " (PolNeAR v1.0.0 train split when so named); epochs="
        + config.epochs() + " seed=" + config.seed() + " minFeatureCount=" + config.minFeatureCount();
    return AttributionTrainer.train(examples, config, provenance, log);
  }
}
