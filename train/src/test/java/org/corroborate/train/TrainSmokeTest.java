package org.corroborate.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.analysis.attribution.AttributionModel;
import org.corroborate.analysis.nlp.CoreNlpEngine;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.TokenEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two steps of fine-tuning on two fictional articles: the CI check that training runs end to end. */
class TrainSmokeTest {
  static final String A = "Mayor Ilse Varga said on Tuesday that the ferry to Oskor will run again in May.\n\n"
      + "\"We have the money,\" she told the council. Critics doubt it.\n";
  static final String A_ANN = String.join("\n",
      "T1\tSource 0 15\tMayor Ilse Varga",
      "T2\tCue 16 20\tsaid",
      "T3\tContent 33 80\tthat the ferry to Oskor will run again in May",
      "T4\tAttribution 16 20\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tContent 84 103\t\"We have the money,\"",
      "T6\tSource 104 107\tshe",
      "T7\tCue 108 112\ttold",
      "T8\tAttribution 108 112\ttold",
      "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6", "");
  static final String B = "The port authority of Brell denied reports of a strike, a spokesman said.\n";
  static final String B_ANN = String.join("\n",
      "T1\tSource 0 27\tThe port authority of Brell",
      "T2\tCue 28 34\tdenied",
      "T3\tContent 35 54\treports of a strike",
      "T4\tAttribution 28 34\tdenied",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", "");

  static TaggerData.Data data;

  @BeforeAll
  static void readData(@TempDir Path dir) throws Exception {
    System.setProperty("ai.djl.pytorch.num_threads", "1");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), A);
    Files.writeString(dir.resolve("attributions/a_ann1.ann"), A_ANN);
    Files.writeString(dir.resolve("text/b.txt"), B);
    Files.writeString(dir.resolve("attributions/b_ann1.ann"), B_ANN);
    data = TaggerData.read(dir, 0, new CoreNlpEngine(new CoreNlpEngine.Options(false, false)), BaseModel.wordPiece(),
        64, 16, 1, new PrintWriter(new StringWriter()));
  }

  @Test
  void windowsCarryTheTaggersLabelsOnFirstPieces() {
    assertEquals(2, data.articles());
    assertTrue(data.samples().size() >= 2, "the first article needs two windows of 64 pieces");
    int labelled = data.samples().stream().mapToInt(TaggerData.Sample::labelled).sum();
    assertTrue(labelled > 30, "every token of both articles is labelled once, got " + labelled);
    boolean source = false;
    for (TaggerData.Sample s : data.samples()) {
      assertTrue(s.ids().length <= 64);
      for (int l : s.labels()) {
        source |= l == 1;
      }
    }
    assertTrue(source, "a B-SOURCE label");
  }

  @Test
  void twoStepsTrainTheTopAndAreReproducible(@TempDir Path out) throws Exception {
    EncoderTrainer.Config config = new EncoderTrainer.Config(1, 5L, 1, 1e-3f, 0f, 0.01f, 2, 4, 0);
    OnnxFile base = OnnxFile.parse(BaseModel.fp32());
    Map<String, float[]> first;
    float[] head;
    List<Float> losses = new ArrayList<>();
    try (NDManager m = NDManager.newBaseManager("PyTorch")) {
      MiniLm enc = MiniLm.fromOnnx(base, m, BaseModel.HEADS);
      head = EncoderTrainer.train(enc, data.samples(), config, m, losses, null, new PrintWriter(new StringWriter()));
      first = enc.onnxWeights();
      TrainMain.save(out, base, enc, head, data.lexicon(), "smoke test", new PrintWriter(new StringWriter()));
    }
    assertEquals(2, losses.size());
    assertTrue(losses.stream().allMatch(l -> l > 0 && Float.isFinite(l)), "losses " + losses);
    Map<String, String> names = new java.util.HashMap<>();
    MiniLm.matMulWeights(base).forEach((onnx, torch) -> names.put(torch, onnx));
    String top = names.get("encoder.layer.5.intermediate.dense.weight");
    String low = names.get("encoder.layer.1.intermediate.dense.weight");
    assertFalse(java.util.Arrays.equals(base.floats(top), first.get(top)), "the top layer learnt");
    assertArrayEquals(base.floats(low), first.get(low), "a frozen layer stays");
    assertArrayEquals(base.floats("embeddings.word_embeddings.weight"), first.get("embeddings.word_embeddings.weight"));

    List<Float> again = new ArrayList<>();
    try (NDManager m = NDManager.newBaseManager("PyTorch")) {
      MiniLm enc = MiniLm.fromOnnx(base, m, BaseModel.HEADS);
      float[] head2 = EncoderTrainer.train(enc, data.samples(), config, m, again, null, new PrintWriter(new StringWriter()));
      assertArrayEquals(head, head2, "same seed, same head");
      assertArrayEquals(first.get(top), enc.onnxWeights().get(top), "same seed, same encoder");
    }
    assertEquals(losses, again);

    OnnxFile saved = OnnxFile.parse(Files.readAllBytes(out.resolve("encoder.onnx")));
    assertArrayEquals(first.get(top), saved.floats(top));
    assertTrue(Files.size(out.resolve("encoder-int8.onnx")) < Files.size(out.resolve("encoder.onnx")) / 3);
    AttributionModel model = AttributionModel.read(out.resolve("softmax-model.bin.gz"));
    assertEquals(384, model.denseDimension());

    // the analysis reads the exported int8 encoder through ONNX Runtime, in the fine-tuned windows
    System.setProperty(TokenEncoder.ENCODER_PROPERTY, out.resolve("encoder-int8.onnx").toString());
    NlpDocument doc = new CoreNlpEngine(new CoreNlpEngine.Options(false, false)).annotate(A);
    float[][] tuned = TokenEncoder.attribution().encode(doc);
    float[][] pretrained = TokenEncoder.shared().encode(doc);
    assertEquals(doc.tokens().size(), tuned.length);
    assertEquals(384, tuned[0].length);
    assertFalse(java.util.Arrays.equals(tuned[3], pretrained[3]), "the fine-tuned encoder is the one read");
    assertEquals(doc.tokens().size(), model.tag(doc).length);
  }
}
