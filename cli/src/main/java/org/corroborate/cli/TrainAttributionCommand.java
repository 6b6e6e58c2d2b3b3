package org.corroborate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.analysis.attribution.AttributionModel;
import org.corroborate.analysis.attribution.AttributionTrainer;
import org.corroborate.analysis.nlp.CoreNlpEngine;
import org.corroborate.eval.attribution.AttributionTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate train attribution TRAIN_DIR --out FILE}: trains the attribution tagger on a
 * PolNeAR-style folder (the shipped model: PolNeAR v1.0.0 train/). Deterministic for a given seed.
 * To ship the result, copy FILE to
 * analysis/src/main/resources/org/corroborate/analysis/attribution/attribution-model.bin.gz.
 */
@Command(
    name = "attribution",
    mixinStandardHelpOptions = true,
    description = "Trains the attribution model (source, cue, content tagger) on PolNeAR brat files.")
public final class TrainAttributionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TRAIN_DIR", description = "folder with text/*.txt and attributions/*.ann")
  Path dir;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
  Path out;

  @Option(names = "--epochs", paramLabel = "N", description = "passes over the data (default ${DEFAULT-VALUE})")
  int epochs = AttributionTrainer.Config.DEFAULT.epochs();

  @Option(names = "--seed", paramLabel = "N", description = "shuffling seed (default ${DEFAULT-VALUE})")
  long seed = AttributionTrainer.Config.DEFAULT.seed();

  @Option(names = "--min-count", paramLabel = "N", description = "drop features seen fewer times (default ${DEFAULT-VALUE})")
  int minCount = AttributionTrainer.Config.DEFAULT.minFeatureCount();

  @Option(names = "--folds", paramLabel = "N",
      description = "folds for the stacked second pass, 0 for a single pass (default ${DEFAULT-VALUE})")
  int folds = AttributionTrainer.Config.DEFAULT.stackFolds();

  @Option(names = "--passes", paramLabel = "N",
      description = "stacked passes, 1 with --folds 0 (default ${DEFAULT-VALUE})")
  int passes = AttributionTrainer.Config.DEFAULT.passes();

  @Option(names = "--min-weight", paramLabel = "W",
      description = "drop weights of smaller magnitude from the model (default ${DEFAULT-VALUE})")
  float minWeight = AttributionTrainer.Config.DEFAULT.minWeight();

  @Option(names = "--syntax",
      description = "parse the training text and learn syntax features: more accurate, and the model then "
          + "needs the dependency parser, about four times slower analysis (see README)")
  boolean syntax;

  @Option(names = "--no-vectors",
      description = "train without the contextual token vectors (MiniLM): about twice as fast analysis, a point or two "
          + "less accurate (see README)")
  boolean noVectors;

  @Option(names = "--vector-scale", paramLabel = "S",
      description = "weight of the token vectors against the sparse features (default ${DEFAULT-VALUE})")
  float vectorScale = AttributionTrainer.Config.DEFAULT.vectorScale();

  @Option(names = "--limit", paramLabel = "N", description = "train on the first N articles only (0 = all)")
  int limit;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
      spec.commandLine().getErr().println("corroborate: " + dir + " needs text/ and attributions/ folders");
      return 2;
    }
    AttributionTrainer.Config config;
    try {
      config = new AttributionTrainer.Config(epochs, seed, minCount, folds, minWeight, passes, vectorScale);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("corroborate: " + e.getMessage());
      return 2;
    }
    AttributionModel model = AttributionTraining.train(CoreNlpEngine.shared(syntax), dir, limit, config, !noVectors,
        log);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    log.printf(Locale.ROOT, "wrote %s: %d features, %d bytes%n", out, model.featureCount(), Files.size(out));
    log.flush();
    return 0;
  }
}
