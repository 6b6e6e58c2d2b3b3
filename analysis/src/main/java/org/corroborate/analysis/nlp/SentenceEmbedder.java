package org.corroborate.analysis.nlp;

import org.corroborate.meaning.TextEmbedder;
import org.corroborate.meaning.Vectors;

/**
 * Sentence vectors from the shipped encoder (all-MiniLM-L6-v2, int8), as the model was trained to
 * give them: the text encoded alone, its word pieces' last-layer states averaged, normalised. Texts
 * longer than {@link #MAX_PIECES} word pieces are cut there. Loaded once per JVM with the encoder
 * ({@link #shared()}); thread-safe, each call on its caller's thread.
 */
public final class SentenceEmbedder implements TextEmbedder {
  /** Word pieces read per text, [CLS] and [SEP] included (the model's training length). */
  public static final int MAX_PIECES = 128;

  private static volatile SentenceEmbedder shared;

  private final TokenEncoder encoder;

  SentenceEmbedder(TokenEncoder encoder) {
    this.encoder = encoder;
  }

  /** The embedder of this JVM over {@link TokenEncoder#shared()}. */
  public static SentenceEmbedder shared() {
    SentenceEmbedder s = shared;
    if (s == null) {
      synchronized (SentenceEmbedder.class) {
        s = shared;
        if (s == null) {
          shared = s = new SentenceEmbedder(TokenEncoder.shared());
        }
      }
    }
    return s;
  }

  @Override
  public int dimension() {
    return encoder.dimension();
  }

  @Override
  public float[] embed(String text) {
    return Vectors.normalize(encoder.meanPooled(text == null ? "" : text, MAX_PIECES));
  }

  @Override
  public String name() {
    return "all-MiniLM-L6-v2 int8, mean pooled";
  }
}
