package org.corroborate.train;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Ships a fine-tuned encoder in int8: its weights are written into the int8 graph of the same
 * model (all-MiniLM-L6-v2-q: MatMulInteger over per-column symmetric int8 weights, fp32 biases and
 * norms), initializer by initializer, same lengths. A MatMul weight is quantised per output column
 * (scale = max |w| / 127, zero point 0, as in the int8 graph); fp32 tensors are copied. Weights the
 * fine-tuning left as they were (frozen) keep the int8 graph's own values.
 */
public final class Int8Export {
  private Int8Export() {}

  /**
   * @param tuned the fine-tuned fp32 model
   * @param base  the fp32 model fine-tuning started from
   * @param int8  the int8 graph of {@code base}
   */
  public static byte[] quantize(OnnxFile tuned, OnnxFile base, OnnxFile int8) {
    Map<String, float[]> floats = new HashMap<>();
    Map<String, byte[]> raws = new HashMap<>();
    for (OnnxFile.Initializer t : tuned.initializers().values()) {
      if (t.dataType() != OnnxFile.FLOAT || t.offset() < 0) {
        continue;
      }
      float[] w = tuned.floats(t.name());
      if (Arrays.equals(w, base.floats(t.name()))) {
        continue;
      }
      OnnxFile.Initializer same = int8.initializers().get(t.name());
      if (same != null && same.dataType() == OnnxFile.FLOAT) {
        floats.put(t.name(), w);
        continue;
      }
      String q = t.name() + "_quantized";
      if (!int8.initializers().containsKey(q) || t.dims().length != 2) {
        throw new IllegalArgumentException("the int8 graph has no place for the trained weight " + t.name());
      }
      int rows = (int) t.dims()[0];
      int cols = (int) t.dims()[1];
      int[] zero = int8.ints(t.name() + "_zero_point");
      if (zero.length != cols || Arrays.stream(zero).anyMatch(z -> z != 0)
          || int8.initializers().get(q).dataType() != OnnxFile.INT8) {
        throw new IllegalArgumentException(t.name() + ": only per-column symmetric int8 weights are supported");
      }
      float[] scale = new float[cols];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          scale[c] = Math.max(scale[c], Math.abs(w[r * cols + c]));
        }
      }
      for (int c = 0; c < cols; c++) {
        scale[c] = scale[c] == 0 ? 1f : scale[c] / 127f;
      }
      byte[] data = new byte[rows * cols];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          data[r * cols + c] = (byte) Math.max(-127, Math.min(127, Math.round(w[r * cols + c] / scale[c])));
        }
      }
      floats.put(t.name() + "_scale", scale);
      raws.put(q, data);
    }
    return int8.withWeights(floats, raws);
  }
}
