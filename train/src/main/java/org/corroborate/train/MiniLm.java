package org.corroborate.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT encoder (all-MiniLM-L6-v2 and its kin: post-norm layers, erf GELU, learnt absolute
 * positions) written with DJL NDArray operations, its weights read from an ONNX export
 * ({@link OnnxFile}) and writable back into it. In the export the MatMul weights are stored
 * [in, out] under generated names; each is named here after the bias its MatMul's Add node adds
 * ({@code ...query.bias} gives {@code ...query.weight}).
 */
public final class MiniLm {
  static final float EPS = 1e-12f;

  private final int layers;
  private final int heads;
  private final int hidden;
  /** Parameter name (PyTorch style) to its array; all trainable. */
  private final Map<String, NDArray> params = new LinkedHashMap<>();
  /** Parameter name to the ONNX initializer holding it. */
  private final Map<String, String> onnxName = new HashMap<>();

  private MiniLm(int layers, int heads, int hidden) {
    this.layers = layers;
    this.heads = heads;
    this.hidden = hidden;
  }

  /** The weights of {@code onnx} as arrays of {@code manager}; {@code heads} attention heads per layer. */
  public static MiniLm fromOnnx(OnnxFile onnx, NDManager manager, int heads) {
    Map<String, String> matmulOf = matMulWeights(onnx);
    int layers = 0;
    while (onnx.initializers().containsKey("encoder.layer." + layers + ".attention.self.query.bias")) {
      layers++;
    }
    if (layers == 0) {
      throw new IllegalArgumentException("the ONNX file has no BERT encoder layers");
    }
    long[] wd = onnx.initializers().get("embeddings.word_embeddings.weight").dims();
    MiniLm m = new MiniLm(layers, heads, (int) wd[1]);
    for (OnnxFile.Initializer t : onnx.initializers().values()) {
      if (t.dataType() != OnnxFile.FLOAT || t.offset() < 0) {
        continue;
      }
      String name = t.name();
      if (name.startsWith("onnx::")) {
        name = matmulOf.get(name);
        if (name == null) {
          continue;
        }
      }
      m.put(manager, name, t.name(), onnx.floats(t.name()), t.dims());
    }
    for (String need : m.expectedNames()) {
      if (!m.params.containsKey(need)) {
        throw new IllegalArgumentException("the ONNX file lacks " + need);
      }
    }
    return m;
  }

  /** Generated MatMul weight name to the PyTorch name, through the Add node that adds a named bias. */
  static Map<String, String> matMulWeights(OnnxFile onnx) {
    Map<String, OnnxFile.Node> consumer = new HashMap<>();
    for (OnnxFile.Node n : onnx.nodes()) {
      for (String in : n.inputs()) {
        consumer.putIfAbsent(in, n);
      }
    }
    Map<String, String> out = new HashMap<>();
    for (OnnxFile.Node n : onnx.nodes()) {
      if (!n.opType().equals("MatMul") || n.inputs().size() != 2 || !onnx.initializers().containsKey(n.inputs().get(1))) {
        continue;
      }
      OnnxFile.Node add = consumer.get(n.outputs().get(0));
      if (add == null || !add.opType().equals("Add")) {
        continue;
      }
      for (String in : add.inputs()) {
        if (in.endsWith(".bias") && onnx.initializers().containsKey(in)) {
          out.put(n.inputs().get(1), in.substring(0, in.length() - ".bias".length()) + ".weight");
        }
      }
    }
    return out;
  }

  private List<String> expectedNames() {
    List<String> names = new ArrayList<>(List.of("embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight",
        "embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"));
    for (int l = 0; l < layers; l++) {
      String p = "encoder.layer." + l + ".";
      for (String s : List.of("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
          "intermediate.dense", "output.dense", "attention.output.LayerNorm", "output.LayerNorm")) {
        names.add(p + s + ".weight");
        names.add(p + s + ".bias");
      }
    }
    return names;
  }

  private void put(NDManager manager, String name, String onnx, float[] values, long[] dims) {
    NDArray a = manager.create(values, new Shape(dims));
    a.setRequiresGradient(true);
    params.put(name, a);
    onnxName.put(name, onnx);
  }

  public Map<String, NDArray> parameters() {
    return params;
  }

  /**
   * Freezes the word embeddings and the lowest {@code layers} layers (with the embeddings' norm,
   * positions and types when {@code layers > 0}): no gradient is computed for them and training
   * leaves them as they are. Returns the names of the weights that stay trainable.
   */
  public java.util.Set<String> freeze(int layers) {
    java.util.Set<String> trainable = new java.util.LinkedHashSet<>();
    for (Map.Entry<String, NDArray> e : params.entrySet()) {
      String n = e.getKey();
      boolean frozen = n.equals("embeddings.word_embeddings.weight") || (layers > 0 && n.startsWith("embeddings."));
      for (int l = 0; l < layers; l++) {
        frozen |= n.startsWith("encoder.layer." + l + ".");
      }
      e.getValue().setRequiresGradient(!frozen);
      if (!frozen) {
        trainable.add(n);
      }
    }
    return trainable;
  }

  public int hidden() {
    return hidden;
  }

  /** Current weights keyed by ONNX initializer name, for {@link OnnxFile#withWeights}. */
  public Map<String, float[]> onnxWeights() {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, NDArray> e : params.entrySet()) {
      out.put(onnxName.get(e.getKey()), e.getValue().toFloatArray());
    }
    return out;
  }

  private NDArray p(String name) {
    return params.get(name);
  }

  /**
   * Last-layer states [batch, pieces, hidden] for word-piece ids [batch, pieces] (int64) and an
   * attention mask [batch, pieces] (1 for a real piece, 0 for padding; float32).
   */
  public NDArray forward(NDArray ids, NDArray mask) {
    long b = ids.getShape().get(0);
    long t = ids.getShape().get(1);
    // results belong to their first operand's manager: keep every intermediate in the caller's
    NDManager m = ids.getManager();
    NDArray x = p("embeddings.word_embeddings.weight").get(ids.reshape(-1));
    x.attach(m);
    x = x.reshape(b, t, hidden);
    NDArray pos = p("embeddings.position_embeddings.weight").get(new NDIndex("0:" + t));
    pos.attach(m);
    NDArray type = p("embeddings.token_type_embeddings.weight").get(0);
    type.attach(m);
    x = x.add(pos).add(type);
    x = layerNorm(x, "embeddings.LayerNorm");
    // additive mask [b, 1, 1, t]: 0 where attended, a large negative number at padding
    NDArray add = mask.toType(DataType.FLOAT32, false).sub(1f).mul(10000f).reshape(b, 1, 1, t);
    int dh = hidden / heads;
    float scale = (float) (1.0 / Math.sqrt(dh));
    for (int l = 0; l < layers; l++) {
      String pre = "encoder.layer." + l + ".";
      NDArray q = split(linear(x, pre + "attention.self.query"), b, t, dh);
      NDArray k = split(linear(x, pre + "attention.self.key"), b, t, dh);
      NDArray v = split(linear(x, pre + "attention.self.value"), b, t, dh);
      NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul(scale).add(add);
      NDArray ctx = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(b, t, hidden);
      NDArray a = layerNorm(linear(ctx, pre + "attention.output.dense").add(x), pre + "attention.output.LayerNorm");
      NDArray h = linear(a, pre + "intermediate.dense");
      h = h.mul(h.mul((float) (1 / Math.sqrt(2))).erf().add(1f)).mul(0.5f);
      x = layerNorm(linear(h, pre + "output.dense").add(a), pre + "output.LayerNorm");
    }
    return x;
  }

  private NDArray split(NDArray x, long b, long t, int dh) {
    return x.reshape(b, t, heads, dh).transpose(0, 2, 1, 3);
  }

  private NDArray linear(NDArray x, String name) {
    return x.matMul(p(name + ".weight")).add(p(name + ".bias"));
  }

  private NDArray layerNorm(NDArray x, String name) {
    NDArray mean = x.mean(new int[] {-1}, true);
    NDArray c = x.sub(mean);
    NDArray var = c.square().mean(new int[] {-1}, true);
    return c.div(var.add(EPS).sqrt()).mul(p(name + ".weight")).add(p(name + ".bias"));
  }
}
