package org.corroborate.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.corroborate.analysis.attribution.Tag;

/**
 * Fine-tunes the encoder as a token tagger: the encoder's last-layer state of a token's first
 * word piece, times a linear head (no bias), gives a softmax over the tagger's tags; the loss is
 * cross-entropy over the labelled pieces; AdamW with linear warm-up and linear decay updates every
 * weight, the encoder's and the head's. No dropout.
 *
 * <p>Reproducible: windows are visited in an order shuffled by a seeded {@link Random}, the head is
 * initialised from the same seed, PyTorch's generator is seeded ({@link Engine#setRandomSeed}),
 * and the thread count is fixed by the caller (system property {@code ai.djl.pytorch.num_threads}
 * before the engine loads).
 */
public final class EncoderTrainer {
  static final int L = Tag.values().length;

  /**
   * @param epochs    passes over the training windows
   * @param seed      seed of the visiting order, the head's initial weights and PyTorch
   * @param batch     windows per step
   * @param lr        peak learning rate
   * @param warmup    fraction of the steps with a linearly rising learning rate
   * @param decay     AdamW weight decay
   * @param maxSteps  stop after this many steps (0: all epochs); the learning rate schedule spans them
   * @param frozenLayers lowest encoder layers left as they are (the word embeddings always are):
   *                  training costs less, and little is lost on a small corpus
   * @param maxMinutes a wall-clock guard (0: none): past it training stops and saves what it has;
   *                  a run it stops is not reproducible
   */
  public record Config(int epochs, long seed, int batch, float lr, float warmup, float decay, int maxSteps,
      int frozenLayers, int maxMinutes) {
    public static final Config DEFAULT = new Config(1, 20161108L, 8, 1e-4f, 0.06f, 0.01f, 0, 2, 0);

    public Config {
      if (epochs < 1 || batch < 1 || maxSteps < 0 || frozenLayers < 0 || maxMinutes < 0) {
        throw new IllegalArgumentException("epochs and batch must be >= 1; maxSteps, frozenLayers, maxMinutes >= 0");
      }
      if (!(lr > 0) || !(warmup >= 0 && warmup < 1) || !(decay >= 0)) {
        throw new IllegalArgumentException("lr must be > 0, warmup in [0, 1), decay >= 0");
      }
    }
  }

  /** Called after each epoch (and at the end) with the current weights. */
  public interface Checkpoint {
    void save(int epoch, MiniLm encoder, float[] head);
  }

  /** The trained linear head [hidden, tags] (row-major), the encoder trained in place; per-step losses in {@code losses}. */
  public static float[] train(MiniLm encoder, List<TaggerData.Sample> samples, Config config, NDManager manager,
      List<Float> losses, Checkpoint checkpoint, PrintWriter log) {
    Engine.getEngine("PyTorch").setRandomSeed((int) config.seed());
    int hidden = encoder.hidden();
    Random random = new Random(config.seed());
    float[] h0 = new float[hidden * L];
    for (int i = 0; i < h0.length; i++) {
      h0[i] = (float) (random.nextGaussian() * 0.02);
    }
    NDArray head = manager.create(h0, new Shape(hidden, L));
    head.setRequiresGradient(true);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      order.add(i);
    }
    int perEpoch = (samples.size() + config.batch() - 1) / config.batch();
    int total = config.maxSteps() > 0 ? Math.min(config.maxSteps(), perEpoch * config.epochs()) : perEpoch * config.epochs();
    int warm = Math.max(1, Math.round(total * config.warmup()));
    float peak = config.lr();
    Tracker schedule = update -> schedule(update, warm, total, peak);
    Optimizer adamW = Optimizer.adamW().optLearningRateTracker(schedule).optWeightDecays(config.decay()).build();
    Map<String, NDArray> params = encoder.parameters();
    java.util.Set<String> trainable = encoder.freeze(config.frozenLayers());
    log.printf("training %d of %d weight tensors (word embeddings and %d lowest layers frozen)%n", trainable.size(),
        params.size(), config.frozenLayers());
    int step = 0;
    long t0 = System.nanoTime();
    long pieces = 0;
    double lossSum = 0;
    int lossN = 0;
    outer:
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (int from = 0; from < order.size(); from += config.batch()) {
        if (step >= total) {
          break outer;
        }
        if (config.maxMinutes() > 0 && System.nanoTime() - t0 > config.maxMinutes() * 60e9) {
          log.printf("stopped by the %d-minute guard after %d of %d steps%n", config.maxMinutes(), step, total);
          break outer;
        }
        List<TaggerData.Sample> batch = new ArrayList<>();
        for (int j = from; j < Math.min(order.size(), from + config.batch()); j++) {
          batch.add(samples.get(order.get(j)));
        }
        float loss;
        try (NDManager sub = manager.newSubManager()) {
          int b = batch.size();
          int t = 0;
          for (TaggerData.Sample s : batch) {
            t = Math.max(t, s.ids().length);
          }
          long[] ids = new long[b * t];
          float[] mask = new float[b * t];
          float[] target = new float[b * t * L];
          int count = 0;
          for (int i = 0; i < b; i++) {
            TaggerData.Sample s = batch.get(i);
            for (int p = 0; p < s.ids().length; p++) {
              ids[i * t + p] = s.ids()[p];
              mask[i * t + p] = 1f;
              if (s.labels()[p] >= 0) {
                target[(i * t + p) * L + s.labels()[p]] = 1f;
                count++;
              }
            }
            pieces += s.ids().length;
          }
          if (count == 0) {
            continue;
          }
          NDArray idsA = sub.create(ids, new Shape(b, t));
          NDArray maskA = sub.create(mask, new Shape(b, t));
          NDArray targetA = sub.create(target, new Shape(b, t, L));
          try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDArray states = encoder.forward(idsA, maskA);
            NDArray logp = states.matMul(head).logSoftmax(-1);
            NDArray lossA = logp.mul(targetA).sum().neg().div((float) count);
            gc.backward(lossA);
            loss = lossA.getFloat();
          }
          for (String name : trainable) {
            update(adamW, name, params.get(name));
          }
          update(adamW, "head", head);
        }
        step++;
        losses.add(loss);
        lossSum += loss;
        lossN++;
        if (step % 20 == 0 || step == total) {
          double sec = (System.nanoTime() - t0) / 1e9;
          log.printf(Locale.ROOT, "step %d/%d epoch %d: loss %.4f (mean of last %d), %.0f word pieces/s, %.0f s%n", step,
              total, epoch, lossSum / lossN, lossN, pieces / sec, sec);
          log.flush();
          lossSum = 0;
          lossN = 0;
        }
      }
      if (checkpoint != null && step < total) {
        checkpoint.save(epoch, encoder, head.toFloatArray());
      }
    }
    return head.toFloatArray();
  }

  /**
   * The learning rate of the {@code update}-th step (1-based, as DJL counts): rising linearly over
   * {@code warm} steps to {@code peak}, then falling linearly; the last step still learns.
   */
  static float schedule(int update, int warm, int total, float peak) {
    int s = Math.max(1, update);
    if (s <= warm) {
      return peak * s / warm;
    }
    return peak * Math.max(0f, (float) (total - s + 1) / (total - warm + 1));
  }

  private static void update(Optimizer optimizer, String id, NDArray weight) {
    NDArray grad = weight.getGradient();
    optimizer.update(id, weight, grad);
    grad.subi(grad);
    grad.close();
  }
}
