package org.corroborate.analysis.attribution;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.nlp.Token;

/**
 * Trains an {@link AttributionModel}: an averaged structured perceptron (Collins 2002) over
 * paragraphs, decoded with {@link Viterbi}, optionally stacked: a first-pass model is trained, its
 * tags on each training article come from a model trained on the other folds (so the second pass
 * sees realistic first-pass errors), and a second pass learns from those tags as extra features.
 *
 * <p>The model reads syntax features when the training documents carry a dependency parse
 * ({@link AttributionModel#syntax()}); it then wants the same parse of the sentences it tags.
 *
 * <p>Deterministic: articles are visited in an order shuffled by a seeded {@link Random}, folds
 * are drawn from the same seed, features are numbered in first-seen order, and nothing depends on
 * hash iteration order.
 */
public final class AttributionTrainer {
  private AttributionTrainer() {}

  static final int L = AttributionModel.L;

  /**
   * @param epochs          passes over the training articles (per pass)
   * @param seed            seed of the shuffling and of the fold split
   * @param minFeatureCount features seen fewer times in training are dropped (keeps the model small)
   * @param stackFolds      folds for the stacked second pass; 0 trains a single pass
   * @param minWeight       weights of smaller magnitude are dropped from the shipped model
   *                        ({@link AttributionModel#pruned}); 0 keeps all
   * @param passes          stacked passes (each reads the tags of the one before); 1 without stacking
   * @param vectorScale     the token vectors' weight against the sparse features (each sparse feature
   *                        counts 1): a vector enters the perceptron multiplied by this
   */
  public record Config(int epochs, long seed, int minFeatureCount, int stackFolds, float minWeight, int passes,
      float vectorScale) {
    public static final Config DEFAULT = new Config(10, 20161108L, 3, 4, 10f, 4, 2f);

    public Config {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
      }
      if (minFeatureCount < 1) {
        throw new IllegalArgumentException("minFeatureCount must be >= 1, got " + minFeatureCount);
      }
      if (stackFolds < 0 || stackFolds == 1) {
        throw new IllegalArgumentException("stackFolds must be 0 (no stacking) or >= 2, got " + stackFolds);
      }
      if (!(minWeight >= 0)) {
        throw new IllegalArgumentException("minWeight must be >= 0, got " + minWeight);
      }
      if (passes < 1 || (passes > 1) != (stackFolds > 0)) {
        throw new IllegalArgumentException("passes must be >= 1, and > 1 exactly when stackFolds > 0; got passes="
            + passes + " stackFolds=" + stackFolds);
      }
      if (!(vectorScale > 0)) {
        throw new IllegalArgumentException("vectorScale must be > 0, got " + vectorScale);
      }
    }

    public Config(int epochs, long seed, int minFeatureCount, int stackFolds, float minWeight, int passes) {
      this(epochs, seed, minFeatureCount, stackFolds, minWeight, passes, 1f);
    }

    /** Two passes when {@code stackFolds > 0}, else one. */
    public Config(int epochs, long seed, int minFeatureCount, int stackFolds, float minWeight) {
      this(epochs, seed, minFeatureCount, stackFolds, minWeight, stackFolds > 0 ? 2 : 1);
    }

    /** A single-pass configuration without pruning. */
    public Config(int epochs, long seed, int minFeatureCount) {
      this(epochs, seed, minFeatureCount, 0, 0f);
    }

    /** Without pruning. */
    public Config(int epochs, long seed, int minFeatureCount, int stackFolds) {
      this(epochs, seed, minFeatureCount, stackFolds, 0f);
    }
  }

  /**
   * One training article: its annotation, its known attributions and, for a model that reads
   * them, its token vectors ({@link org.corroborate.analysis.nlp.TokenEncoder}; else null).
   * Either every example has vectors or none has.
   */
  public record Example(NlpDocument doc, List<Attribution> gold, float[][] vectors) {
    public Example {
      Objects.requireNonNull(doc, "doc");
      gold = List.copyOf(gold);
      if (vectors != null && vectors.length != doc.tokens().size()) {
        throw new IllegalArgumentException("one token vector per token expected");
      }
    }

    public Example(NlpDocument doc, List<Attribution> gold) {
      this(doc, gold, null);
    }
  }

  /** Feature names and, per article and token, the feature ids. */
  private record Indexed(long[] names, List<int[][]> feats) {}

  public static AttributionModel train(List<Example> examples, Config config, String provenance, PrintWriter log) {
    List<NlpDocument> docs = new ArrayList<>();
    List<Tag[]> gold = new ArrayList<>();
    float[][][] vectors = new float[examples.size()][][];
    int dim = examples.isEmpty() || examples.get(0).vectors() == null ? 0 : examples.get(0).vectors()[0].length;
    for (Example e : examples) {
      docs.add(e.doc());
      gold.add(GoldTags.of(e.doc(), e.gold()));
      if ((e.vectors() == null) != (dim == 0)) {
        throw new IllegalArgumentException("either every training article has token vectors or none has");
      }
      vectors[docs.size() - 1] = e.vectors();
    }
    Dense dense = new Dense(dim == 0 ? null : vectors, dim, config.vectorScale());
    CueLexicon lexicon = CueLexicon.learn(docs, gold);
    boolean syntax = docs.stream().anyMatch(AttributionTrainer::parsed);
    Features features = new Features(lexicon);
    int n = docs.size();
    int[][] goldIds = new int[n][];
    List<int[]> segs = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      Tag[] g = gold.get(d);
      goldIds[d] = new int[g.length];
      for (int i = 0; i < g.length; i++) {
        goldIds[d][i] = g[i].ordinal();
      }
      segs.add(Features.segments(docs.get(d)));
    }
    int[] all = new int[n];
    for (int d = 0; d < n; d++) {
      all[d] = d;
    }
    Indexed first = index(docs, null, features, config.minFeatureCount());
    log.printf("attribution training: %d articles, %d cue lemmas, %d first-pass features%n", n,
        lexicon.probability().size(), first.names().length);
    log.flush();
    float[][] w1 = perceptron(first, goldIds, segs, all, config, 0, log, dense);
    AttributionModel m1 = model(lexicon, first.names(), w1, provenance, null, syntax, dense);
    List<Integer> order = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      order.add(d);
    }
    Collections.shuffle(order, new Random(config.seed() ^ 0x5f0f5L));
    int k = config.stackFolds();
    Indexed current = first;
    AttributionModel model = m1;
    int run = 1;
    for (int pass = 2; pass <= config.passes(); pass++) {
      // jack-knifed tags of the previous pass: each article tagged by a model that did not see it
      Tag[][] priors = new Tag[n][];
      for (int f = 0; f < k; f++) {
        List<Integer> trainPart = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          (j % k == f ? held : trainPart).add(order.get(j));
        }
        float[][] wf = perceptron(current, goldIds, segs, trainPart.stream().mapToInt(Integer::intValue).toArray(),
            config, run++, log, dense);
        for (int d : held) {
          priors[d] = decode(current.feats().get(d), segs.get(d), wf, dense.of(d), dense.scale());
        }
      }
      if (pass == 2 && syntax) {
        // at tagging time only the sentences where the first pass finds a cue are parsed
        // (AttributionModel#parseFilter): train the later passes on the same view
        for (int d = 0; d < n; d++) {
          docs.set(d, keepParse(docs.get(d), priors[d]));
        }
      }
      current = index(docs, priors, features, config.minFeatureCount());
      log.printf("pass %d: %d features%n", pass, current.names().length);
      log.flush();
      float[][] w = perceptron(current, goldIds, segs, all, config, run++, log, dense);
      model = model(lexicon, current.names(), w, provenance, model, syntax, dense);
    }
    return config.minWeight() > 0 ? model.pruned(config.minWeight()) : model;
  }

  private static Indexed index(List<NlpDocument> docs, Tag[][] priors, Features features, int minCount) {
    LongIntMap counts = new LongIntMap(1 << 20);
    long[][] order = {new long[1 << 16]};
    int[] seen = {0};
    for (int d = 0; d < docs.size(); d++) {
      features.extract(docs.get(d), priors == null ? null : priors[d], (t, f) -> {
        if (counts.increment(f) == 1) {
          if (seen[0] == order[0].length) {
            order[0] = Arrays.copyOf(order[0], seen[0] * 2);
          }
          order[0][seen[0]++] = f;
        }
      });
    }
    LongIntMap index = new LongIntMap(seen[0] / 2);
    long[] names = new long[seen[0]];
    int nn = 0;
    for (int j = 0; j < seen[0]; j++) {
      long f = order[0][j];
      if (counts.get(f, 0) >= minCount) {
        index.put(f, nn, -1);
        names[nn++] = f;
      }
    }
    names = Arrays.copyOf(names, nn);
    List<int[][]> feats = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      int n = docs.get(d).tokens().size();
      int[][] fi = new int[n][];
      int[] size = new int[n];
      for (int i = 0; i < n; i++) {
        fi[i] = new int[96];
      }
      features.extract(docs.get(d), priors == null ? null : priors[d], (t, f) -> {
        int k = index.get(f, -1);
        if (k >= 0) {
          if (size[t] == fi[t].length) {
            fi[t] = Arrays.copyOf(fi[t], fi[t].length * 2);
          }
          fi[t][size[t]++] = k;
        }
      });
      for (int i = 0; i < n; i++) {
        fi[i] = Arrays.copyOf(fi[i], size[i]);
      }
      feats.add(fi);
    }
    return new Indexed(names, feats);
  }

  /** The training articles' token vectors (null when the model reads none) and their scale. */
  private record Dense(float[][][] vectors, int dim, float scale) {
    float[][] of(int d) {
      return vectors == null ? null : vectors[d];
    }
  }

  /** Sparse scores, plus {@code dw} (tag-major) times the token vectors times {@code scale} when given. */
  private static float[][] scores(int[][] fi, int from, int to, float[] w, float[] dw, float[][] vec, float scale) {
    float[][] s = new float[to - from][L];
    for (int i = from; i < to; i++) {
      float[] row = s[i - from];
      if (vec != null) {
        int dim = vec[i].length;
        for (int y = 0; y < L; y++) {
          row[y] = scale * AttributionModel.dot(dw, y * dim, vec[i]);
        }
      }
      for (int k : fi[i]) {
        int base = k * L;
        for (int y = 0; y < L; y++) {
          row[y] += w[base + y];
        }
      }
    }
    return s;
  }

  private static Tag[] decode(int[][] fi, int[] seg, float[][] weights, float[][] vec, float scale) {
    Tag[] out = new Tag[fi.length];
    for (int q = 0; q + 1 < seg.length; q++) {
      int[] p = Viterbi.decode(scores(fi, seg[q], seg[q + 1], weights[0], weights[2], vec, scale), weights[1]);
      for (int i = 0; i < p.length; i++) {
        out[seg[q] + i] = Tag.of(p[i]);
      }
    }
    return out;
  }

  /**
   * Averaged perceptron over the articles {@code subset}; returns {emission, transition, vector
   * weights (scaled; empty without vectors)}.
   */
  private static float[][] perceptron(Indexed indexed, int[][] goldIds, List<int[]> segs, int[] subset,
      Config config, int run, PrintWriter log, Dense dense) {
    List<int[][]> feats = indexed.feats();
    float[] w = new float[indexed.names().length * L];
    double[] u = new double[w.length];
    int dim = dense.dim();
    float sc = dense.scale();
    float[] dw = new float[dim * L];
    double[] du = new double[dw.length];
    float[] t = new float[(L + 1) * L];
    double[] tu = new double[t.length];
    long c = 1;
    List<Integer> visit = new ArrayList<>();
    for (int d : subset) {
      visit.add(d);
    }
    Random random = new Random(config.seed() + 31L * run);
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      Collections.shuffle(visit, random);
      long errors = 0;
      long tokens = 0;
      for (int d : visit) {
        int[][] fi = feats.get(d);
        int[] seg = segs.get(d);
        float[][] vec = dense.of(d);
        for (int q = 0; q + 1 < seg.length; q++) {
          int from = seg[q];
          int n = seg[q + 1] - from;
          int[] g = goldIds[d];
          int[] p = Viterbi.decode(scores(fi, from, from + n, w, dw, vec, sc), t);
          tokens += n;
          for (int i = 0; i < n; i++) {
            int gi = g[from + i];
            if (p[i] != gi) {
              errors++;
              for (int k : fi[from + i]) {
                w[k * L + gi] += 1;
                u[k * L + gi] += c;
                w[k * L + p[i]] -= 1;
                u[k * L + p[i]] -= c;
              }
              if (vec != null) {
                float[] v = vec[from + i];
                int bg = gi * dim;
                int bp = p[i] * dim;
                for (int j = 0; j < dim; j++) {
                  float x = sc * v[j];
                  dw[bg + j] += x;
                  du[bg + j] += (double) c * x;
                  dw[bp + j] -= x;
                  du[bp + j] -= (double) c * x;
                }
              }
            }
            int pg = i == 0 ? -1 : g[from + i - 1];
            int pp = i == 0 ? -1 : p[i - 1];
            if (pg != pp || gi != p[i]) {
              t[(pg + 1) * L + gi] += 1;
              tu[(pg + 1) * L + gi] += c;
              t[(pp + 1) * L + p[i]] -= 1;
              tu[(pp + 1) * L + p[i]] -= c;
            }
          }
          c++;
        }
      }
      log.printf("  run %d epoch %d: %.2f%% token errors%n", run, epoch, 100.0 * errors / Math.max(1, tokens));
      log.flush();
    }
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - u[i] / c);
    }
    float[] tavg = new float[t.length];
    for (int i = 0; i < t.length; i++) {
      tavg[i] = (float) (t[i] - tu[i] / c);
    }
    float[] davg = new float[dw.length];
    for (int i = 0; i < dw.length; i++) {
      davg[i] = (float) (dw[i] - du[i] / c);
    }
    return new float[][] {avg, tavg, davg};
  }

  /** A model keeping only the features with a non-negligible averaged weight. */
  /** {@code doc} with the parse removed from every sentence where {@code tags} has no cue. */
  static NlpDocument keepParse(NlpDocument doc, Tag[] tags) {
    List<Token> toks = new ArrayList<>(doc.tokens());
    for (NlpSentence s : doc.sentences()) {
      if (Features.hasCue(tags, s.firstToken(), s.endToken())) {
        continue;
      }
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = toks.get(i);
        toks.set(i, new Token(t.index(), t.span(), t.word(), t.lemma(), t.pos(), t.ner(), t.sentence(), -2, null));
      }
    }
    return new NlpDocument(doc.text(), toks, doc.sentences());
  }

  private static boolean parsed(NlpDocument doc) {
    return doc.tokens().stream().anyMatch(t -> t.head() != -2);
  }

  private static AttributionModel model(CueLexicon lexicon, long[] names, float[][] weights, String provenance,
      AttributionModel previous, boolean syntax, Dense dense) {
    float[] avg = weights[0];
    long[] kept = new long[names.length];
    float[] keptW = new float[avg.length];
    int nk = 0;
    for (int k = 0; k < names.length; k++) {
      boolean any = false;
      for (int y = 0; y < L; y++) {
        any |= Math.abs(avg[k * L + y]) > 1e-3f;
      }
      if (any) {
        kept[nk] = names[k];
        System.arraycopy(avg, k * L, keptW, nk * L, L);
        nk++;
      }
    }
    // the vector weights were learnt on scaled vectors: fold the scale in, so tagging reads raw ones
    float[] dw = null;
    if (dense.dim() > 0) {
      dw = weights[2].clone();
      for (int i = 0; i < dw.length; i++) {
        dw[i] *= dense.scale();
      }
    }
    return new AttributionModel(lexicon, Arrays.copyOf(kept, nk), Arrays.copyOf(keptW, nk * L), weights[1], provenance,
        previous, syntax, dw);
  }
}
