package org.corroborate.train;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal reader of an ONNX model file (protobuf): the graph's nodes and its initializers
 * (weights), each initializer with the place of its {@code raw_data} bytes in the file, so that
 * trained weights can be written back over them ({@link #withWeights}: same shape, same length,
 * the rest of the file byte for byte). ONNX Runtime's Java API does not expose initializers.
 *
 * <p>Reads only what it needs of the ModelProto / GraphProto / NodeProto / TensorProto wire format;
 * initializers must hold their data inline as {@code raw_data} (external data is refused).
 */
public final class OnnxFile {
  /** ONNX TensorProto data types used here. */
  public static final int FLOAT = 1;
  public static final int UINT8 = 2;
  public static final int INT8 = 3;
  public static final int INT64 = 7;

  /** One node of the graph. */
  public record Node(String name, String opType, List<String> inputs, List<String> outputs) {
    public Node {
      inputs = List.copyOf(inputs);
      outputs = List.copyOf(outputs);
    }
  }

  /**
   * One initializer: its data lies at {@code [offset, offset + length)} of the file, as
   * {@code raw_data} or, for {@code typed}, as packed {@code float_data} (little-endian floats, the
   * same bytes) or {@code int32_data} (varints).
   */
  public record Initializer(String name, int dataType, long[] dims, int offset, int length, boolean typed) {
    public long elements() {
      long n = 1;
      for (long d : dims) {
        n *= d;
      }
      return n;
    }
  }

  private final byte[] bytes;
  private final List<Node> nodes;
  private final Map<String, Initializer> initializers;

  private OnnxFile(byte[] bytes, List<Node> nodes, Map<String, Initializer> initializers) {
    this.bytes = bytes;
    this.nodes = List.copyOf(nodes);
    this.initializers = initializers;
  }

  /** Parses {@code bytes} (kept, not copied). */
  public static OnnxFile parse(byte[] bytes) {
    List<Node> nodes = new ArrayList<>();
    Map<String, Initializer> inits = new LinkedHashMap<>();
    Reader model = new Reader(bytes, 0, bytes.length);
    boolean graph = false;
    while (model.more()) {
      int tag = model.varint32();
      if (tag >>> 3 == 7 && (tag & 7) == 2) {
        int len = model.varint32();
        readGraph(new Reader(bytes, model.pos, model.pos + len), nodes, inits);
        model.pos += len;
        graph = true;
      } else {
        model.skip(tag);
      }
    }
    if (!graph) {
      throw new IllegalArgumentException("not an ONNX model: no graph");
    }
    return new OnnxFile(bytes, nodes, inits);
  }

  private static void readGraph(Reader g, List<Node> nodes, Map<String, Initializer> inits) {
    while (g.more()) {
      int tag = g.varint32();
      int field = tag >>> 3;
      if ((field == 1 || field == 5) && (tag & 7) == 2) {
        int len = g.varint32();
        Reader sub = new Reader(g.buf, g.pos, g.pos + len);
        g.pos += len;
        if (field == 1) {
          nodes.add(readNode(sub));
        } else {
          Initializer t = readTensor(sub);
          inits.put(t.name(), t);
        }
      } else {
        g.skip(tag);
      }
    }
  }

  private static Node readNode(Reader r) {
    List<String> in = new ArrayList<>();
    List<String> out = new ArrayList<>();
    String name = "";
    String op = "";
    while (r.more()) {
      int tag = r.varint32();
      switch (tag) {
        case (1 << 3) | 2 -> in.add(r.string());
        case (2 << 3) | 2 -> out.add(r.string());
        case (3 << 3) | 2 -> name = r.string();
        case (4 << 3) | 2 -> op = r.string();
        default -> r.skip(tag);
      }
    }
    return new Node(name, op, in, out);
  }

  private static Initializer readTensor(Reader r) {
    List<Long> dims = new ArrayList<>();
    int type = 0;
    String name = "";
    int offset = -1;
    int length = 0;
    boolean typed = false;
    while (r.more()) {
      int tag = r.varint32();
      switch (tag) {
        case (1 << 3) -> dims.add(r.varint64());
        case (1 << 3) | 2 -> {
          int len = r.varint32();
          int end = r.pos + len;
          while (r.pos < end) {
            dims.add(r.varint64());
          }
        }
        case (2 << 3) -> type = r.varint32();
        case (4 << 3) | 2, (5 << 3) | 2 -> {
          length = r.varint32();
          offset = r.pos;
          typed = true;
          r.pos += length;
        }
        case (8 << 3) | 2 -> name = r.string();
        case (9 << 3) | 2 -> {
          length = r.varint32();
          offset = r.pos;
          r.pos += length;
        }
        case (14 << 3) | 0 -> {
          if (r.varint32() == 1) {
            throw new IllegalArgumentException("ONNX initializers with external data are not supported");
          }
        }
        default -> r.skip(tag);
      }
    }
    long[] d = dims.stream().mapToLong(Long::longValue).toArray();
    if (offset < 0) {
      // a tensor stored in typed fields (small constants): recorded without data
      return new Initializer(name, type, d, -1, 0, false);
    }
    return new Initializer(name, type, d, offset, length, typed);
  }

  public List<Node> nodes() {
    return nodes;
  }

  public Map<String, Initializer> initializers() {
    return initializers;
  }

  public byte[] bytes() {
    return bytes;
  }

  /** The float values of a FLOAT initializer (little-endian raw data). */
  public float[] floats(String name) {
    Initializer t = require(name, FLOAT);
    float[] out = new float[t.length() / 4];
    ByteBuffer.wrap(bytes, t.offset(), t.length()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }

  /** The values of an int8/uint8 initializer (raw bytes, or int32_data varints), as ints. */
  public int[] ints(String name) {
    Initializer t = initializers.get(name);
    if (t == null || t.offset() < 0) {
      throw new IllegalArgumentException("no initializer with data named " + name);
    }
    int[] out = new int[(int) t.elements()];
    if (!t.typed()) {
      for (int i = 0; i < out.length; i++) {
        byte b = bytes[t.offset() + i];
        out[i] = t.dataType() == UINT8 ? (b & 0xff) : b;
      }
      return out;
    }
    Reader r = new Reader(bytes, t.offset(), t.offset() + t.length());
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) r.varint64();
    }
    return out;
  }

  /** The raw bytes of an initializer. */
  public byte[] raw(String name) {
    Initializer t = initializers.get(name);
    if (t == null || t.offset() < 0) {
      throw new IllegalArgumentException("no initializer with raw data named " + name);
    }
    return Arrays.copyOfRange(bytes, t.offset(), t.offset() + t.length());
  }

  Initializer require(String name, int type) {
    Initializer t = initializers.get(name);
    if (t == null || t.offset() < 0) {
      throw new IllegalArgumentException("no initializer with raw data named " + name);
    }
    if (t.dataType() != type) {
      throw new IllegalArgumentException(name + " has ONNX data type " + t.dataType() + ", expected " + type);
    }
    return t;
  }

  /**
   * A copy of the file with the raw data of the named initializers replaced: {@code floats} for FLOAT
   * initializers, {@code raws} byte for byte for others. Each replacement must have the initializer's
   * exact length; everything else is unchanged.
   */
  public byte[] withWeights(Map<String, float[]> floats, Map<String, byte[]> raws) {
    byte[] out = bytes.clone();
    for (Map.Entry<String, float[]> e : floats.entrySet()) {
      Initializer t = require(e.getKey(), FLOAT);
      if (e.getValue().length * 4 != t.length()) {
        throw new IllegalArgumentException(e.getKey() + " has " + t.length() / 4 + " values, got " + e.getValue().length);
      }
      ByteBuffer.wrap(out, t.offset(), t.length()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(e.getValue());
    }
    for (Map.Entry<String, byte[]> e : raws.entrySet()) {
      Initializer t = initializers.get(e.getKey());
      if (t == null || t.offset() < 0 || t.length() != e.getValue().length) {
        throw new IllegalArgumentException(e.getKey() + ": no initializer of " + e.getValue().length + " raw bytes");
      }
      System.arraycopy(e.getValue(), 0, out, t.offset(), t.length());
    }
    return out;
  }

  /** Protobuf wire-format reading over a slice of a byte array. */
  private static final class Reader {
    final byte[] buf;
    int pos;
    final int end;

    Reader(byte[] buf, int pos, int end) {
      if (pos < 0 || end > buf.length || pos > end) {
        throw new IllegalArgumentException("truncated ONNX file");
      }
      this.buf = buf;
      this.pos = pos;
      this.end = end;
    }

    boolean more() {
      return pos < end;
    }

    long varint64() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new IllegalArgumentException("truncated varint in ONNX file");
        }
        byte b = buf[pos++];
        v |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("malformed varint in ONNX file");
    }

    int varint32() {
      long v = varint64();
      if (v < 0 || v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("varint out of range in ONNX file: " + v);
      }
      return (int) v;
    }

    String string() {
      int len = varint32();
      if (pos + len > end) {
        throw new IllegalArgumentException("truncated string in ONNX file");
      }
      String s = new String(buf, pos, len, java.nio.charset.StandardCharsets.UTF_8);
      pos += len;
      return s;
    }

    void skip(int tag) {
      switch (tag & 7) {
        case 0 -> varint64();
        case 1 -> pos += 8;
        case 2 -> {
          int len = varint32();
          pos += len;
        }
        case 5 -> pos += 4;
        default -> throw new IllegalArgumentException("unsupported protobuf wire type " + (tag & 7) + " in ONNX file");
      }
      if (pos > end) {
        throw new IllegalArgumentException("truncated ONNX file");
      }
    }
  }
}
