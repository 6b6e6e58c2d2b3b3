package org.corroborate.analysis.attribution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpEngine;
import org.corroborate.analysis.nlp.TokenEncoder;

/**
 * The attribution tagger's parameters: a linear model over {@link Features} (64-bit feature keys)
 * with one weight per (feature, tag), first-order tag transitions, the {@link CueLexicon} the
 * features use, and optionally the first-pass model whose tags it reads (stacking). Immutable and
 * thread-safe. Stored as a gzip'd binary file (non-zero weights as 16-bit floats); the format is
 * versioned by a magic string and a wrong file fails with a message.
 */
public final class AttributionModel {
  static final String MAGIC = "corroborate-attribution-model-v5";
  /** The format before the token-vector weights: read as a model without them. */
  static final String MAGIC_V4 = "corroborate-attribution-model-v4";
  /** The format before the syntax flag: read as a model without syntax features. */
  static final String MAGIC_V3 = "corroborate-attribution-model-v3";
  static final int L = Tag.values().length;

  private final CueLexicon lexicon;
  private final Features features;
  private final LongIntMap index;
  private final long[] keys;
  private final float[] emission;
  private final float[] transition;
  private final String provenance;
  private final AttributionModel previous;
  private final boolean syntax;
  private final float[] dense;

  /**
   * @param keys       feature keys; feature k owns {@code emission[k * L .. k * L + L)}
   * @param provenance one line saying what the model was trained on and how
   * @param previous   the first-pass model whose tags this one reads as features (stacking), or null
   * @param syntax     trained on parsed text: documents to tag need a dependency parse of the
   *                   sentences {@link #parseFilter()} selects
   * @param dense      weights of the contextual token vectors ({@link TokenEncoder}): tag y owns
   *                   {@code dense[y * dim .. y * dim + dim)}; null for a model that reads none
   */
  public AttributionModel(CueLexicon lexicon, long[] keys, float[] emission, float[] transition, String provenance,
      AttributionModel previous, boolean syntax, float[] dense) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    if (emission.length != keys.length * L) {
      throw new IllegalArgumentException("emission needs " + keys.length * L + " weights, has " + emission.length);
    }
    if (transition.length != (L + 1) * L) {
      throw new IllegalArgumentException("transition needs " + (L + 1) * L + " weights");
    }
    this.index = new LongIntMap(keys.length);
    for (int k = 0; k < keys.length; k++) {
      if (index.put(keys[k], k, -1) != -1) {
        throw new IllegalArgumentException("duplicate feature key " + keys[k]);
      }
    }
    this.keys = keys.clone();
    this.emission = emission.clone();
    this.transition = transition.clone();
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.features = new Features(lexicon);
    this.previous = previous;
    this.syntax = syntax;
    if (dense != null && (dense.length == 0 || dense.length % L != 0)) {
      throw new IllegalArgumentException("dense weights need a multiple of " + L + ", have " + dense.length);
    }
    if (previous != null && previous.denseDimension() != (dense == null ? 0 : dense.length / L)) {
      throw new IllegalArgumentException("all passes must read the same token vectors");
    }
    this.dense = dense == null ? null : dense.clone();
  }

  /** A model without token vectors. */
  public AttributionModel(CueLexicon lexicon, long[] keys, float[] emission, float[] transition, String provenance,
      AttributionModel previous, boolean syntax) {
    this(lexicon, keys, emission, transition, provenance, previous, syntax, null);
  }

  /** A model without syntax features. */
  public AttributionModel(CueLexicon lexicon, long[] keys, float[] emission, float[] transition, String provenance,
      AttributionModel previous) {
    this(lexicon, keys, emission, transition, provenance, previous, false);
  }

  /**
   * The length of the token vectors the model reads (from {@link TokenEncoder}), 0 when it reads
   * none.
   */
  public int denseDimension() {
    return dense == null ? 0 : dense.length / L;
  }

  /** Whether the model was trained with syntax features (and wants parsed input). */
  public boolean syntax() {
    return syntax;
  }

  /**
   * The sentences a document to tag needs parsed, or null when the model reads no parse: those in
   * which the first pass, which reads no parse, finds a cue (the syntax features of the later
   * passes look only there). Tagging an unparsed document still works, with lower accuracy.
   */
  public NlpEngine.ParseFilter parseFilter() {
    if (!syntax) {
      return null;
    }
    AttributionModel first = this;
    while (first.previous != null) {
      first = first.previous;
    }
    AttributionModel pass1 = first;
    // the engine asks sentence by sentence about one document: tag it once per thread and document
    ThreadLocal<Object[]> last = new ThreadLocal<>();
    return (doc, sentence) -> {
      Object[] memo = last.get();
      if (memo == null || memo[0] != doc) {
        memo = new Object[] {doc, pass1.tag(doc)};
        last.set(memo);
      }
      return Features.hasCue((Tag[]) memo[1], sentence.firstToken(), sentence.endToken());
    };
  }

  public CueLexicon lexicon() {
    return lexicon;
  }

  public String provenance() {
    return provenance;
  }

  /** The first-pass model, or null for a single-pass model. */
  public AttributionModel previous() {
    return previous;
  }

  /**
   * A smaller copy: weights with magnitude below {@code minWeight} become zero and features left
   * with no weight are dropped, in this pass and the passes before it. Trades a little accuracy
   * for size; the trainer applies it with {@link AttributionTrainer.Config#minWeight()}.
   */
  public AttributionModel pruned(float minWeight) {
    AttributionModel prev = previous == null ? null : previous.pruned(minWeight);
    long[] k2 = new long[keys.length];
    float[] e2 = new float[emission.length];
    int n = 0;
    for (int k = 0; k < keys.length; k++) {
      boolean any = false;
      for (int c = 0; c < L; c++) {
        float w = emission[k * L + c];
        if (Math.abs(w) >= minWeight) {
          e2[n * L + c] = w;
          any = true;
        }
      }
      if (any) {
        k2[n++] = keys[k];
      } else {
        Arrays.fill(e2, n * L, n * L + L, 0f);
      }
    }
    return new AttributionModel(lexicon, Arrays.copyOf(k2, n), Arrays.copyOf(e2, n * L), transition, provenance, prev,
        syntax, dense);
  }

  /** Features of this pass and of the passes before it. */
  public int featureCount() {
    return keys.length + (previous == null ? 0 : previous.featureCount());
  }

  /** Emission scores per token and tag; {@code vectors} as {@link #tag(NlpDocument, float[][])} takes them. */
  float[][] scores(NlpDocument doc, float[][] vectors) {
    int n = doc.tokens().size();
    float[][] s = new float[n][L];
    Tag[] prior = previous == null ? null : previous.tag(doc, vectors);
    if (dense != null) {
      int dim = denseDimension();
      if (vectors == null || vectors.length != n) {
        throw new IllegalArgumentException("the model reads one token vector per token");
      }
      for (int t = 0; t < n; t++) {
        float[] v = vectors[t];
        if (v.length != dim) {
          throw new IllegalArgumentException("token vectors of length " + dim + " expected, got " + v.length);
        }
        for (int c = 0; c < L; c++) {
          s[t][c] = dot(dense, c * dim, v);
        }
      }
    }
    features.extract(doc, prior, (t, f) -> {
      int k = index.get(f, -1);
      if (k >= 0) {
        int base = k * L;
        float[] row = s[t];
        for (int c = 0; c < L; c++) {
          row[c] += emission[base + c];
        }
      }
    });
    return s;
  }

  static float dot(float[] w, int from, float[] v) {
    float sum = 0;
    for (int j = 0; j < v.length; j++) {
      sum += w[from + j] * v[j];
    }
    return sum;
  }

  /**
   * The best tag sequence for {@code doc}, decoded paragraph by paragraph; a model that reads
   * token vectors computes them with the shared {@link TokenEncoder}.
   */
  public Tag[] tag(NlpDocument doc) {
    return tag(doc, dense == null ? null : TokenEncoder.attribution().encode(doc));
  }

  /**
   * As {@link #tag(NlpDocument)}, with the document's token vectors already computed
   * ({@link TokenEncoder#encode}); ignored (may be null) when the model reads none.
   */
  public Tag[] tag(NlpDocument doc, float[][] vectors) {
    float[][] s = scores(doc, vectors);
    int[] seg = Features.segments(doc);
    Tag[] out = new Tag[s.length];
    for (int k = 0; k + 1 < seg.length; k++) {
      int[] best = Viterbi.decode(Arrays.copyOfRange(s, seg[k], seg[k + 1]), transition);
      for (int i = 0; i < best.length; i++) {
        out[seg[k] + i] = Tag.of(best[i]);
      }
    }
    return out;
  }

  public void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)));
    write(d);
    d.flush();
    d.close();
  }

  private void write(DataOutputStream d) throws IOException {
    d.writeUTF(MAGIC);
    d.writeBoolean(syntax);
    d.writeInt(dense == null ? 0 : dense.length);
    if (dense != null) {
      for (float w : dense) {
        d.writeFloat(w);
      }
    }
    d.writeBoolean(previous != null);
    if (previous != null) {
      previous.write(d);
    }
    d.writeUTF(provenance);
    Map<String, Float> lex = new TreeMap<>(lexicon.probability());
    d.writeInt(lex.size());
    for (Map.Entry<String, Float> e : lex.entrySet()) {
      d.writeUTF(e.getKey());
      d.writeFloat(e.getValue());
    }
    for (float t : transition) {
      d.writeFloat(t);
    }
    d.writeInt(keys.length);
    for (int k = 0; k < keys.length; k++) {
      d.writeLong(keys[k]);
      int mask = 0;
      for (int c = 0; c < L; c++) {
        if (Float.floatToFloat16(emission[k * L + c]) != 0) {
          mask |= 1 << c;
        }
      }
      d.writeByte(mask);
      for (int c = 0; c < L; c++) {
        if ((mask & (1 << c)) != 0) {
          d.writeShort(Float.floatToFloat16(emission[k * L + c]));
        }
      }
    }
  }

  /** Reads a model file written by {@link #write}. */
  public static AttributionModel read(java.nio.file.Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static AttributionModel read(InputStream in) throws IOException {
    return read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(in))));
  }

  private static AttributionModel read(DataInputStream d) throws IOException {
    String magic = d.readUTF();
    if (!MAGIC.equals(magic) && !MAGIC_V4.equals(magic) && !MAGIC_V3.equals(magic)) {
      throw new IOException("not an attribution model (expected " + MAGIC + ", found " + magic + ")");
    }
    boolean syntax = !MAGIC_V3.equals(magic) && d.readBoolean();
    float[] dense = null;
    if (MAGIC.equals(magic)) {
      int size = d.readInt();
      if (size < 0 || size > 1 << 24) {
        throw new IOException("corrupt attribution model: " + size + " token vector weights");
      }
      if (size > 0) {
        dense = new float[size];
        for (int i = 0; i < dense.length; i++) {
          dense[i] = d.readFloat();
        }
      }
    }
    AttributionModel previous = d.readBoolean() ? read(d) : null;
    String provenance = d.readUTF();
    int nl = d.readInt();
    Map<String, Float> lex = new HashMap<>();
    for (int i = 0; i < nl; i++) {
      lex.put(d.readUTF(), d.readFloat());
    }
    float[] transition = new float[(L + 1) * L];
    for (int i = 0; i < transition.length; i++) {
      transition[i] = d.readFloat();
    }
    int nf = d.readInt();
    long[] keys = new long[nf];
    float[] emission = new float[nf * L];
    for (int k = 0; k < nf; k++) {
      keys[k] = d.readLong();
      int mask = d.readUnsignedByte();
      for (int c = 0; c < L; c++) {
        if ((mask & (1 << c)) != 0) {
          emission[k * L + c] = Float.float16ToFloat(d.readShort());
        }
      }
    }
    return new AttributionModel(new CueLexicon(lex), keys, emission, transition, provenance, previous, syntax, dense);
  }
}
