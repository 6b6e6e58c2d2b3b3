package org.corroborate.analysis.attribution;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.corroborate.analysis.nlp.NlpDocument;

/**
 * Trains an {@link AttributionModel}: an averaged structured perceptron (Collins 2002) over whole
 * articles, decoded with {@link Viterbi}. Deterministic: articles are visited in an order shuffled
 * by a seeded {@link Random}, features are numbered in first-seen order, and nothing depends on
 * hash iteration order.
 */
public final class AttributionTrainer {
  private AttributionTrainer() {}

  /**
   * @param epochs          passes over the training articles
   * @param seed            seed of the shuffling
   * @param minFeatureCount features seen fewer times in training are dropped (keeps the model small)
   */
  public record Config(int epochs, long seed, int minFeatureCount) {
    public static final Config DEFAULT = new Config(12, 20161108L, 3);

    public Config {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
      }
      if (minFeatureCount < 1) {
        throw new IllegalArgumentException("minFeatureCount must be >= 1, got " + minFeatureCount);
      }
    }
  }

  /** One training article: its annotation and its known attributions. */
  public record Example(NlpDocument doc, List<Attribution> gold) {
    public Example {
      Objects.requireNonNull(doc, "doc");
      gold = List.copyOf(gold);
    }
  }

  public static AttributionModel train(List<Example> examples, Config config, String provenance, PrintWriter log) {
    int L = AttributionModel.L;
    List<NlpDocument> docs = new ArrayList<>();
    List<Tag[]> gold = new ArrayList<>();
    for (Example e : examples) {
      docs.add(e.doc());
      gold.add(GoldTags.of(e.doc(), e.gold()));
    }
    CueLexicon lexicon = CueLexicon.learn(docs, gold);
    Features features = new Features(lexicon);
    // count features, number them in first-seen order
    Map<String, int[]> counts = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (NlpDocument d : docs) {
      features.extract(d, (t, f) -> {
        int[] c = counts.get(f);
        if (c == null) {
          counts.put(f, new int[] {1});
          order.add(f);
        } else {
          c[0]++;
        }
      });
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String f : order) {
      if (counts.get(f)[0] >= config.minFeatureCount()) {
        index.put(f, names.size());
        names.add(f);
      }
    }
    counts.clear();
    log.printf("attribution training: %d articles, %d cue lemmas, %d features%n", docs.size(),
        lexicon.probability().size(), names.size());
    List<int[][]> feats = new ArrayList<>();
    for (NlpDocument d : docs) {
      int n = d.tokens().size();
      List<List<Integer>> per = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        per.add(new ArrayList<>());
      }
      features.extract(d, (t, f) -> {
        Integer k = index.get(f);
        if (k != null) {
          per.get(t).add(k);
        }
      });
      int[][] fi = new int[n][];
      for (int i = 0; i < n; i++) {
        fi[i] = per.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      feats.add(fi);
    }
    int[][] goldIds = new int[gold.size()][];
    for (int d = 0; d < gold.size(); d++) {
      Tag[] g = gold.get(d);
      goldIds[d] = new int[g.length];
      for (int i = 0; i < g.length; i++) {
        goldIds[d][i] = g[i].ordinal();
      }
    }
    List<int[]> segs = new ArrayList<>();
    for (NlpDocument d : docs) {
      segs.add(Features.segments(d));
    }
    float[] w = new float[names.size() * L];
    double[] u = new double[w.length];
    float[] t = new float[(L + 1) * L];
    double[] tu = new double[t.length];
    long c = 1;
    List<Integer> visit = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      visit.add(d);
    }
    Random random = new Random(config.seed());
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      Collections.shuffle(visit, random);
      long errors = 0;
      long tokens = 0;
      for (int d : visit) {
        int[][] fi = feats.get(d);
        int[] seg = segs.get(d);
        for (int q = 0; q + 1 < seg.length; q++) {
          int from = seg[q];
          int n = seg[q + 1] - from;
          int[] g = java.util.Arrays.copyOfRange(goldIds[d], from, from + n);
          float[][] s = new float[n][L];
          for (int i = 0; i < n; i++) {
            for (int k : fi[from + i]) {
              for (int y = 0; y < L; y++) {
                s[i][y] += w[k * L + y];
              }
            }
          }
          int[] p = Viterbi.decode(s, t);
          tokens += n;
          for (int i = 0; i < n; i++) {
            if (p[i] != g[i]) {
              errors++;
              for (int k : fi[from + i]) {
                w[k * L + g[i]] += 1;
                u[k * L + g[i]] += c;
                w[k * L + p[i]] -= 1;
                u[k * L + p[i]] -= c;
              }
            }
            int pg = i == 0 ? -1 : g[i - 1];
            int pp = i == 0 ? -1 : p[i - 1];
            if (pg != pp || g[i] != p[i]) {
              t[(pg + 1) * L + g[i]] += 1;
              tu[(pg + 1) * L + g[i]] += c;
              t[(pp + 1) * L + p[i]] -= 1;
              tu[(pp + 1) * L + p[i]] -= c;
            }
          }
          c++;
        }
      }
      log.printf("  epoch %d: %.2f%% token errors%n", epoch, 100.0 * errors / Math.max(1, tokens));
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
    // drop features whose averaged weights are all ~0
    List<String> kept = new ArrayList<>();
    float[] keptW = new float[avg.length];
    int nk = 0;
    for (int k = 0; k < names.size(); k++) {
      boolean any = false;
      for (int y = 0; y < L; y++) {
        any |= Math.abs(avg[k * L + y]) > 1e-3f;
      }
      if (any) {
        kept.add(names.get(k));
        System.arraycopy(avg, k * L, keptW, nk * L, L);
        nk++;
      }
    }
    float[] finalW = java.util.Arrays.copyOf(keptW, nk * L);
    return new AttributionModel(lexicon, kept, finalW, tavg, provenance);
  }
}
