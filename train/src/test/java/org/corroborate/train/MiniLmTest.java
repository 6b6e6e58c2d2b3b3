package org.corroborate.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.analysis.nlp.WordPiece;
import org.junit.jupiter.api.Test;

/** The hand-written forward pass against ONNX Runtime running the same fp32 model. */
class MiniLmTest {
  static byte[] fp32() throws Exception {
    try (InputStream in = MiniLmTest.class.getResourceAsStream(BaseModel.ONNX)) {
      return in.readAllBytes();
    }
  }

  @Test
  void forwardMatchesOnnxRuntime() throws Exception {
    byte[] model = fp32();
    WordPiece wp = BaseModel.wordPiece();
    OnnxFile onnx = OnnxFile.parse(model);
    assertEquals(36, MiniLm.matMulWeights(onnx).size(), "six layers of six weight matrices");
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (NDManager manager = NDManager.newBaseManager("PyTorch");
        OrtSession session = env.createSession(model, new OrtSession.SessionOptions())) {
      MiniLm m = MiniLm.fromOnnx(onnx, manager, 12);
      for (String text : List.of("The minister of Velmora said the bridge would reopen on Monday.",
          "\"We will not pay,\" a spokeswoman for the Harlow Freight Company told reporters, adding that talks go on.")) {
        int[] p = wp.pieces(text);
        long[] ids = new long[p.length + 2];
        ids[0] = wp.cls();
        for (int i = 0; i < p.length; i++) {
          ids[i + 1] = p[i];
        }
        ids[ids.length - 1] = wp.sep();
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1L);
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> in = new HashMap<>();
        in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
        in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
        in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
        float[][] expected;
        try (OrtSession.Result r = session.run(in)) {
          expected = ((float[][][]) r.get(0).getValue())[0];
        }
        // padded to a longer batch: padding must not change the real pieces' states
        long[] padded = java.util.Arrays.copyOf(ids, ids.length + 5);
        float[] pmask = new float[padded.length];
        java.util.Arrays.fill(pmask, 0, ids.length, 1f);
        NDArray out = m.forward(manager.create(padded, new Shape(1, padded.length)),
            manager.create(pmask, new Shape(1, padded.length)));
        float[] got = out.toFloatArray();
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
          for (int d = 0; d < m.hidden(); d++) {
            worst = Math.max(worst, Math.abs(expected[i][d] - got[i * m.hidden() + d]));
          }
        }
        assertTrue(worst < 1e-4, "max difference " + worst);
        System.out.printf("forward vs ONNX Runtime, %d pieces: max abs difference %.2e%n", ids.length, worst);
        in.values().forEach(OnnxTensor::close);
      }
    }
  }
}
