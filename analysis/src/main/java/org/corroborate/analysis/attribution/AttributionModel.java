package org.corroborate.analysis.attribution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.corroborate.analysis.nlp.NlpDocument;

/**
 * The attribution tagger's parameters: a linear model over {@link Features} with one weight per
 * (feature, tag), first-order tag transitions, and the {@link CueLexicon} the features use.
 * Immutable and thread-safe. Stored as a gzip'd binary file (weights as 16-bit floats); the
 * format is versioned by a magic string and a wrong file fails with a message.
 */
public final class AttributionModel {
  static final String MAGIC = "corroborate-attribution-model-v1";
  static final int L = Tag.values().length;

  private final CueLexicon lexicon;
  private final Features features;
  private final Map<String, Integer> index;
  private final float[] emission;
  private final float[] transition;
  private final String provenance;

  /**
   * @param featureNames feature strings; feature k owns {@code emission[k * L .. k * L + L)}
   * @param provenance   one line saying what the model was trained on and how
   */
  public AttributionModel(CueLexicon lexicon, List<String> featureNames, float[] emission, float[] transition,
      String provenance) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    if (emission.length != featureNames.size() * L) {
      throw new IllegalArgumentException("emission needs " + featureNames.size() * L + " weights, has " + emission.length);
    }
    if (transition.length != (L + 1) * L) {
      throw new IllegalArgumentException("transition needs " + (L + 1) * L + " weights");
    }
    this.index = new HashMap<>(featureNames.size() * 2);
    for (int k = 0; k < featureNames.size(); k++) {
      if (index.put(featureNames.get(k), k) != null) {
        throw new IllegalArgumentException("duplicate feature " + featureNames.get(k));
      }
    }
    this.emission = emission.clone();
    this.transition = transition.clone();
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.features = new Features(lexicon);
  }

  public CueLexicon lexicon() {
    return lexicon;
  }

  public String provenance() {
    return provenance;
  }

  public int featureCount() {
    return index.size();
  }

  /** Emission scores per token and tag. */
  float[][] scores(NlpDocument doc) {
    int n = doc.tokens().size();
    float[][] s = new float[n][L];
    features.extract(doc, (t, f) -> {
      Integer k = index.get(f);
      if (k != null) {
        int base = k * L;
        float[] row = s[t];
        for (int c = 0; c < L; c++) {
          row[c] += emission[base + c];
        }
      }
    });
    return s;
  }

  /** The best tag sequence for {@code doc}. */
  public Tag[] tag(NlpDocument doc) {
    float[][] s = scores(doc);
    int[] seg = Features.segments(doc);
    Tag[] out = new Tag[s.length];
    for (int k = 0; k + 1 < seg.length; k++) {
      int[] best = Viterbi.decode(java.util.Arrays.copyOfRange(s, seg[k], seg[k + 1]), transition);
      for (int i = 0; i < best.length; i++) {
        out[seg[k] + i] = Tag.of(best[i]);
      }
    }
    return out;
  }

  public void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)));
    d.writeUTF(MAGIC);
    d.writeUTF(provenance);
    d.writeInt(lexicon.probability().size());
    for (Map.Entry<String, Float> e : new java.util.TreeMap<>(lexicon.probability()).entrySet()) {
      d.writeUTF(e.getKey());
      d.writeFloat(e.getValue());
    }
    for (float t : transition) {
      d.writeFloat(t);
    }
    String[] names = new String[index.size()];
    index.forEach((name, k) -> names[k] = name);
    d.writeInt(names.length);
    for (int k = 0; k < names.length; k++) {
      d.writeUTF(names[k]);
      for (int c = 0; c < L; c++) {
        d.writeShort(Float.floatToFloat16(emission[k * L + c]));
      }
    }
    d.flush();
    d.close();
  }

  public static AttributionModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    String magic = d.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException("not an attribution model (expected " + MAGIC + ", found " + magic + ")");
    }
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
    List<String> names = new ArrayList<>(nf);
    float[] emission = new float[nf * L];
    for (int k = 0; k < nf; k++) {
      names.add(d.readUTF());
      for (int c = 0; c < L; c++) {
        emission[k * L + c] = Float.float16ToFloat(d.readShort());
      }
    }
    return new AttributionModel(new CueLexicon(lex), names, emission, transition, provenance);
  }
}
