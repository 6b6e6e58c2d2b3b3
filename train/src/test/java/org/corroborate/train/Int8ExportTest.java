package org.corroborate.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.corroborate.analysis.nlp.WordPiece;
import org.junit.jupiter.api.Test;

/** Trained weights quantised into the int8 graph give what the fp32 graph with them gives. */
class Int8ExportTest {
  @Test
  void untouchedWeightsLeaveTheInt8GraphAsItIs() {
    byte[] fp32 = BaseModel.fp32();
    byte[] int8 = BaseModel.int8();
    assertArrayEquals(int8, Int8Export.quantize(OnnxFile.parse(fp32), OnnxFile.parse(fp32), OnnxFile.parse(int8)));
  }

  @Test
  void changedWeightsReachTheInt8Graph() throws Exception {
    OnnxFile base = OnnxFile.parse(BaseModel.fp32());
    // a "fine-tuned" model: the top layer's feed-forward output weights scaled and shifted (seeded)
    String name = MiniLm.matMulWeights(base).entrySet().stream()
        .filter(e -> e.getValue().equals("encoder.layer.5.output.dense.weight")).findFirst().orElseThrow().getKey();
    float[] w = base.floats(name);
    Random r = new Random(7);
    for (int i = 0; i < w.length; i++) {
      w[i] = w[i] * 1.5f + (float) (r.nextGaussian() * 0.02);
    }
    byte[] tuned = base.withWeights(Map.of(name, w), Map.of());
    byte[] q = Int8Export.quantize(OnnxFile.parse(tuned), base, OnnxFile.parse(BaseModel.int8()));
    float[][] a = states(tuned);
    float[][] b = states(q);
    float[][] old = states(BaseModel.int8());
    double agree = cosine(a, b);
    double before = cosine(a, old);
    // int8 (weights, and activations quantised on the fly) costs the pretrained model this much
    double inherent = cosine(states(BaseModel.fp32()), old);
    assertTrue(agree > inherent - 0.005, "int8 export against its fp32 model: cosine " + agree
        + ", the pretrained int8 against fp32: " + inherent);
    assertTrue(agree > before + 0.01, "the export carries the change: " + agree + " vs the untouched int8 " + before);
  }

  static float[][] states(byte[] model) throws Exception {
    WordPiece wp = BaseModel.wordPiece();
    int[] p = wp.pieces("Officials in Tarnow said on Friday that the river had crested, but warned of more rain.");
    long[] ids = new long[p.length + 2];
    ids[0] = wp.cls();
    for (int i = 0; i < p.length; i++) {
      ids[i + 1] = p[i];
    }
    ids[ids.length - 1] = wp.sep();
    long[] mask = new long[ids.length];
    java.util.Arrays.fill(mask, 1L);
    long[] shape = {1, ids.length};
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession s = env.createSession(model, new OrtSession.SessionOptions())) {
      Map<String, OnnxTensor> in = new HashMap<>();
      in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
      try (OrtSession.Result res = s.run(in)) {
        return ((float[][][]) res.get(0).getValue())[0];
      } finally {
        in.values().forEach(OnnxTensor::close);
      }
    }
  }

  static double cosine(float[][] a, float[][] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = 0;
      double na = 0;
      double nb = 0;
      for (int j = 0; j < a[i].length; j++) {
        d += a[i][j] * b[i][j];
        na += a[i][j] * a[i][j];
        nb += b[i][j] * b[i][j];
      }
      sum += d / Math.sqrt(na * nb);
    }
    return sum / a.length;
  }
}
