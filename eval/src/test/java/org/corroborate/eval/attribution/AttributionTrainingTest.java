package org.corroborate.eval.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.analysis.attribution.AttributionModel;
import org.corroborate.analysis.attribution.AttributionTrainer;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpEngine;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.nlp.Token;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training from a PolNeAR-style folder of fictional articles, annotated in parallel. */
class AttributionTrainingTest {
  private static final String[] NAMES = {"Mayor Odell", "The ministry", "Inspector Vane", "A spokesman"};
  private static final String[] CUES = {"said", "denied", "claimed"};

  /** Tokens split on white space, one sentence per "." token. */
  static final NlpEngine WHITESPACE = text -> {
    List<Token> toks = new ArrayList<>();
    List<NlpSentence> sents = new ArrayList<>();
    int start = 0;
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      toks.add(new Token(toks.size(), new Span(m.start(), m.end()), m.group(), m.group().toLowerCase(),
          m.group().equals("said") || m.group().equals("denied") || m.group().equals("claimed") ? "VBD" : "NN", "O",
          sents.size(), -2, null));
      if (m.group().equals(".")) {
        sents.add(new NlpSentence(sents.size(), new Span(toks.get(start).span().start(), m.end()), start, toks.size()));
        start = toks.size();
      }
    }
    return new NlpDocument(text, toks, sents);
  };

  private static void write(Path dir, int articles, long seed) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Random r = new Random(seed);
    for (int a = 0; a < articles; a++) {
      StringBuilder text = new StringBuilder();
      StringBuilder ann = new StringBuilder();
      int t = 1;
      for (int s = 0; s < 6; s++) {
        if (r.nextBoolean()) {
          String name = NAMES[r.nextInt(NAMES.length)];
          String cue = CUES[r.nextInt(CUES.length)];
          int s0 = text.length();
          text.append(name).append(' ');
          int c0 = text.length();
          text.append(cue).append(' ');
          int k0 = text.length();
          text.append("that the bridge would reopen");
          int k1 = text.length();
          text.append(" . ");
          ann.append("T").append(t).append("\tSource ").append(s0).append(' ').append(s0 + name.length()).append('\t')
              .append(name).append('\n');
          ann.append("T").append(t + 1).append("\tCue ").append(c0).append(' ').append(c0 + cue.length()).append('\t')
              .append(cue).append('\n');
          ann.append("T").append(t + 2).append("\tContent ").append(k0).append(' ').append(k1).append('\t')
              .append(text, k0, k1).append('\n');
          ann.append("E").append(t).append("\tAttribution:T").append(t + 2).append(" Content:T").append(t + 2)
              .append(" Cue:T").append(t + 1).append(" Source:T").append(t).append('\n');
          t += 3;
        } else {
          text.append("the river was calm . ");
        }
      }
      String name = String.format("fiction_%03d", a);
      Files.writeString(dir.resolve("text/" + name + ".txt"), text, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("attributions/" + name + "_ann1.ann"), ann, StandardCharsets.UTF_8);
    }
  }

  @Test
  void trainsTheSameModelTwiceFromAFolderAnnotatedInParallel(@TempDir Path dir) throws IOException {
    write(dir, 12, 3);
    AttributionTrainer.Config cfg = new AttributionTrainer.Config(3, 5, 1);
    StringWriter log = new StringWriter();
    AttributionModel a = AttributionTraining.train(WHITESPACE, dir, 0, cfg, false, new PrintWriter(log));
    AttributionModel b = AttributionTraining.train(WHITESPACE, dir, 0, cfg, false, new PrintWriter(new StringWriter()));
    assertTrue(log.toString().contains("read 12 articles"), log.toString());
    assertEquals(0, a.denseDimension());
    ByteArrayOutputStream ba = new ByteArrayOutputStream();
    ByteArrayOutputStream bb = new ByteArrayOutputStream();
    a.write(ba);
    b.write(bb);
    assertArrayEquals(ba.toByteArray(), bb.toByteArray());
    assertTrue(a.provenance().contains("trained on 12 articles"), a.provenance());
  }
}
