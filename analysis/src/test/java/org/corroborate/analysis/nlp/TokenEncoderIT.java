package org.corroborate.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/** The real MiniLM encoder on fictional text: one vector per token, contextual, deterministic, thread-safe. */
class TokenEncoderIT {
  static final String TEXT = "Mayor Ines Odell of Belmora said on Monday that the river bridge would reopen.\n\n"
      + "“We have checked every bolt,” she said on Tuesday. The Harbor Authority denied it.";

  @Test
  void oneVectorPerTokenAndTheSameWordDiffersByContext() {
    NlpDocument doc = doc(TEXT);
    float[][] v = TokenEncoder.shared().encode(doc);
    assertEquals(doc.tokens().size(), v.length);
    List<Integer> said = new ArrayList<>();
    for (Token t : doc.tokens()) {
      assertEquals(384, v[t.index()].length);
      assertTrue(norm(v[t.index()]) > 0, "every token with a word piece has a non-zero vector: " + t.word());
      if (t.word().equals("said")) {
        said.add(t.index());
      }
    }
    assertEquals(2, said.size());
    assertNotEquals(0f, distance(v[said.get(0)], v[said.get(1)]), "contextual: one word, two vectors");
    assertArrayEquals(v[said.get(0)], TokenEncoder.shared().encode(doc)[said.get(0)], "deterministic");
  }

  @Test
  void aSentenceLongerThanAWindowIsCutAndEveryTokenStillGetsAVector() {
    StringBuilder sb = new StringBuilder("The committee said");
    for (int i = 0; i < 200; i++) {
      sb.append(" and the bridge");
    }
    sb.append(" would reopen.");
    NlpDocument doc = doc(sb.toString());
    float[][] v = TokenEncoder.shared().encode(doc);
    assertEquals(doc.tokens().size(), v.length);
    for (float[] x : v) {
      assertTrue(norm(x) > 0);
    }
  }

  @Test
  void aTokenWithoutWordPiecesGetsZerosAndAnEmptyDocumentNoVectors() {
    String text = "He said \u0007 so.";
    NlpDocument doc = doc(text);
    float[][] v = TokenEncoder.shared().encode(doc);
    int bell = -1;
    for (Token t : doc.tokens()) {
      if (t.word().equals("\u0007")) {
        bell = t.index();
      }
    }
    assertTrue(bell >= 0);
    assertEquals(0f, norm(v[bell]));
    assertEquals(0, TokenEncoder.shared().encode(doc("")).length);
  }

  @Test
  void parallelThreadsGetTheSameVectors() throws Exception {
    NlpDocument doc = doc(TEXT);
    float[][] expected = TokenEncoder.shared().encode(doc);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[][]>> fs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        fs.add(pool.submit(() -> TokenEncoder.shared().encode(doc)));
      }
      for (Future<float[][]> f : fs) {
        float[][] got = f.get();
        for (int i = 0; i < expected.length; i++) {
          assertArrayEquals(expected[i], got[i]);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Tokens split on white space, one sentence per "." token. */
  static NlpDocument doc(String text) {
    List<Token> toks = new ArrayList<>();
    List<NlpSentence> sents = new ArrayList<>();
    int sentStart = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      toks.add(new Token(toks.size(), new Span(m.start(), m.end()), m.group(), m.group(), "NN", "O", sents.size(), -2,
          null));
      if (m.group().endsWith(".")) {
        sents.add(new NlpSentence(sents.size(), new Span(toks.get(sentStart).span().start(), m.end()), sentStart,
            toks.size()));
        sentStart = toks.size();
      }
    }
    if (sentStart < toks.size()) {
      sents.add(new NlpSentence(sents.size(), new Span(toks.get(sentStart).span().start(), text.length()), sentStart,
          toks.size()));
    }
    return new NlpDocument(text, toks, sents);
  }

  private static float norm(float[] x) {
    float s = 0;
    for (float f : x) {
      s += f * f;
    }
    return s;
  }

  private static float distance(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return s;
  }
}
