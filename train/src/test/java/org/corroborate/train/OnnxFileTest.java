package org.corroborate.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnnxFileTest {
  @Test
  void readsInitializersAndWritesWeightsBackInPlace() {
    byte[] bytes = BaseModel.fp32();
    OnnxFile f = OnnxFile.parse(bytes);
    assertArrayEquals(new long[] {30522, 384}, f.initializers().get("embeddings.word_embeddings.weight").dims());
    float[] bias = f.floats("encoder.layer.3.output.dense.bias");
    assertEquals(384, bias.length);
    float[] changed = bias.clone();
    changed[7] += 0.5f;
    byte[] out = f.withWeights(Map.of("encoder.layer.3.output.dense.bias", changed), Map.of());
    assertEquals(bytes.length, out.length);
    OnnxFile g = OnnxFile.parse(out);
    assertArrayEquals(changed, g.floats("encoder.layer.3.output.dense.bias"));
    assertArrayEquals(f.floats("encoder.layer.3.output.LayerNorm.bias"), g.floats("encoder.layer.3.output.LayerNorm.bias"));
    int diff = 0;
    for (int i = 0; i < bytes.length; i++) {
      diff += bytes[i] != out[i] ? 1 : 0;
    }
    assertEquals(true, diff >= 1 && diff <= 4, "only the one float's bytes change, " + diff + " did");
  }

  @Test
  void refusesWeightsOfAnotherLengthAndTruncatedFiles() {
    OnnxFile f = OnnxFile.parse(BaseModel.fp32());
    assertThrows(IllegalArgumentException.class,
        () -> f.withWeights(Map.of("encoder.layer.3.output.dense.bias", new float[383]), Map.of()));
    assertThrows(IllegalArgumentException.class, () -> OnnxFile.parse(Arrays.copyOf(BaseModel.fp32(), 5000)));
  }

  @Test
  void readsTheInt8GraphsScalesAndZeroPoints() {
    OnnxFile q = OnnxFile.parse(BaseModel.int8());
    String w = MiniLm.matMulWeights(OnnxFile.parse(BaseModel.fp32())).entrySet().stream()
        .filter(e -> e.getValue().equals("encoder.layer.0.intermediate.dense.weight")).findFirst().orElseThrow().getKey();
    assertEquals(1536, q.floats(w + "_scale").length);
    assertEquals(1536, q.ints(w + "_zero_point").length);
  }
}
