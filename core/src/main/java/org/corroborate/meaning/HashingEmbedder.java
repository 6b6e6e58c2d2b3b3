package org.corroborate.meaning;

import java.util.Locale;

/**
 * A model-free embedder: lower-cased words and word bigrams hashed into {@code dimension} buckets with
 * a sign, then normalised. Texts sharing words are close, paraphrases with other words are not. For
 * tests and for running without the sentence encoder; deterministic and thread-safe.
 */
public final class HashingEmbedder implements TextEmbedder {
  private final int dimension;

  public HashingEmbedder(int dimension) {
    if (dimension < 8) {
      throw new IllegalArgumentException("dimension must be >= 8, was " + dimension);
    }
    this.dimension = dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[dimension];
    String prev = null;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      add(v, w, 1f);
      if (prev != null) {
        add(v, prev + " " + w, 0.5f);
      }
      prev = w;
    }
    return Vectors.normalize(v);
  }

  private void add(float[] v, String feature, float weight) {
    int h = feature.hashCode() * 0x9E3779B1;
    v[Math.floorMod(h, dimension)] += (h >>> 31) == 0 ? weight : -weight;
  }

  @Override
  public String name() {
    return "hashing-" + dimension;
  }
}
