package org.corroborate.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.analysis.attribution.AttributionModel;
import org.corroborate.analysis.attribution.CueLexicon;
import org.corroborate.analysis.nlp.CoreNlpEngine;
import org.corroborate.analysis.nlp.TokenEncoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The training launcher, run by {@code corroborate train encoder ...} from its own class path (DJL
 * and PyTorch are never on the class path of the analysis).
 */
@Command(name = "corroborate train", mixinStandardHelpOptions = true,
    subcommands = {TrainMain.Encoder.class, TrainMain.Quantize.class},
    description = "Fine-tunes the attribution encoder (DJL, PyTorch on the CPU, offline).")
public final class TrainMain implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainMain()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code encoder TRAIN_DIR --out DIR}. */
  @Command(name = "encoder", mixinStandardHelpOptions = true,
      description = "Fine-tunes all-MiniLM-L6-v2 as a source/cue/content token tagger on PolNeAR brat files; writes "
          + "DIR/encoder.onnx (fp32), DIR/encoder-int8.onnx (the int8 graph with the trained weights) and DIR/softmax-model.bin.gz (the softmax head as an "
          + "attribution model: constrained Viterbi over the head's scores).")
  static final class Encoder implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRAIN_DIR") Path dir;

    @Option(names = "--out", required = true, paramLabel = "DIR") Path out;

    @Option(names = "--epochs") int epochs = EncoderTrainer.Config.DEFAULT.epochs();

    @Option(names = "--seed") long seed = EncoderTrainer.Config.DEFAULT.seed();

    @Option(names = "--batch", description = "windows per step (default ${DEFAULT-VALUE})")
    int batch = EncoderTrainer.Config.DEFAULT.batch();

    @Option(names = "--lr") float lr = EncoderTrainer.Config.DEFAULT.lr();

    @Option(names = "--max-steps", description = "stop after N steps (0: all epochs)") int maxSteps;

    @Option(names = "--frozen-layers", description = "lowest encoder layers not trained (default ${DEFAULT-VALUE})")
    int frozenLayers = EncoderTrainer.Config.DEFAULT.frozenLayers();

    @Option(names = "--max-minutes", description = "wall-clock guard: stop and save after N minutes (0: none)")
    int maxMinutes;

    @Option(names = "--limit", description = "first N articles only (0: all)") int limit;

    @Option(names = "--threads", description = "PyTorch and annotation threads (default ${DEFAULT-VALUE})")
    int threads = 2;

    @Override
    public Integer call() throws IOException {
      PrintWriter log = spec.commandLine().getOut();
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
      EncoderTrainer.Config config = new EncoderTrainer.Config(epochs, seed, batch, lr,
          EncoderTrainer.Config.DEFAULT.warmup(), EncoderTrainer.Config.DEFAULT.decay(), maxSteps,
          frozenLayers, maxMinutes);
      long t0 = System.nanoTime();
      TaggerData.Data data = TaggerData.read(dir, limit, new CoreNlpEngine(new CoreNlpEngine.Options(false, false)),
          BaseModel.wordPiece(), TokenEncoder.TUNED_WINDOW, TokenEncoder.TUNED_CONTEXT, threads, log);
      log.printf(Locale.ROOT, "read and annotated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      Files.createDirectories(out);
      OnnxFile base = OnnxFile.parse(BaseModel.fp32());
      String provenance = String.format(Locale.ROOT,
          "softmax head over all-MiniLM-L6-v2 fine-tuned on %d articles of %s (PolNeAR v1.0.0 train split when so "
              + "named); epochs=%d maxSteps=%d seed=%d batch=%d lr=%s frozenLayers=%d window=%d context=%d", data.articles(),
          dir.getFileName(), epochs, maxSteps, seed, batch, lr, frozenLayers, TokenEncoder.TUNED_WINDOW, TokenEncoder.TUNED_CONTEXT);
      try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
        MiniLm encoder = MiniLm.fromOnnx(base, manager, BaseModel.HEADS);
        long t1 = System.nanoTime();
        List<Float> losses = new ArrayList<>();
        float[] head = EncoderTrainer.train(encoder, data.samples(), config, manager, losses,
            (epoch, enc, h) -> save(out.resolve("epoch-" + epoch), base, enc, h, data.lexicon(), provenance + " (after epoch "
                + epoch + ")", log), log);
        log.printf(Locale.ROOT, "trained %d steps in %.1f s%n", losses.size(), (System.nanoTime() - t1) / 1e9);
        save(out, base, encoder, head, data.lexicon(), provenance, log);
      }
      log.printf(Locale.ROOT, "peak resident memory %s; total %.1f s%n", peakMemory(), (System.nanoTime() - t0) / 1e9);
      log.flush();
      return 0;
    }
  }

  /** {@code quantize FP32.onnx --out INT8.onnx}. */
  @Command(name = "quantize", mixinStandardHelpOptions = true,
      description = "Quantises a fine-tuned fp32 encoder into the int8 graph of all-MiniLM-L6-v2-q.")
  static final class Quantize implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FP32_ONNX") Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

    @Override
    public Integer call() throws IOException {
      byte[] q = Int8Export.quantize(OnnxFile.parse(Files.readAllBytes(in)), OnnxFile.parse(BaseModel.fp32()),
          OnnxFile.parse(BaseModel.int8()));
      Files.write(out, q);
      System.out.printf("wrote %s: %d bytes%n", out, q.length);
      return 0;
    }
  }

  static void save(Path dir, OnnxFile base, MiniLm encoder, float[] head, CueLexicon lexicon, String provenance,
      PrintWriter log) {
    try {
      Files.createDirectories(dir);
      Map<String, float[]> w = encoder.onnxWeights();
      byte[] fp32 = base.withWeights(w, Map.of());
      Files.write(dir.resolve("encoder.onnx"), fp32);
      Files.write(dir.resolve("encoder-int8.onnx"),
          Int8Export.quantize(OnnxFile.parse(fp32), base, OnnxFile.parse(BaseModel.int8())));
      AttributionModel model = headModel(head, encoder.hidden(), lexicon, provenance);
      try (OutputStream o = Files.newOutputStream(dir.resolve("softmax-model.bin.gz"))) {
        model.write(o);
      }
      log.printf("wrote %s%n", dir);
      log.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The softmax head as an attribution model: no sparse features, no transition scores, the head's columns as dense weights. */
  static AttributionModel headModel(float[] head, int hidden, CueLexicon lexicon, String provenance) {
    int l = EncoderTrainer.L;
    float[] dense = new float[l * hidden];
    for (int j = 0; j < hidden; j++) {
      for (int y = 0; y < l; y++) {
        dense[y * hidden + j] = head[j * l + y];
      }
    }
    return new AttributionModel(lexicon, new long[0], new float[0], new float[(l + 1) * l], provenance, null, false, dense);
  }

  static String peakMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return line.substring(6).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
    return "unknown";
  }
}
