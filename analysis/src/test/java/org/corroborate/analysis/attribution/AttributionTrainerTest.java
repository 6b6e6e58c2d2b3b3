package org.corroborate.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.corroborate.analysis.nlp.NlpDocument;
import org.junit.jupiter.api.Test;

class AttributionTrainerTest {
  static final Map<String, String> POS = Map.of("said", "VBD", "denied", "VBD", "that", "IN", ".", ".");
  static final String[] NAMES = {"Odell", "Marsh", "Ivers", "Quill", "Tamsin", "Brede"};
  static final String[] CLAIMS = {"rain falls", "the bridge closed", "taxes rose", "the mill burned", "prices fell"};

  /** Seeded fictional articles: "NAME said that CLAIM ." and filler sentences. */
  static List<AttributionTrainer.Example> corpus(long seed, int n) {
    Random r = new Random(seed);
    List<AttributionTrainer.Example> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      StringBuilder sb = new StringBuilder();
      List<int[]> rel = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        if (r.nextBoolean()) {
          String name = NAMES[r.nextInt(NAMES.length)];
          String cue = r.nextBoolean() ? "said" : "denied";
          String claim = CLAIMS[r.nextInt(CLAIMS.length)];
          int a = sb.length();
          sb.append(name).append(' ');
          int c = sb.length();
          sb.append(cue).append(' ');
          int k = sb.length();
          sb.append("that ").append(claim);
          rel.add(new int[] {a, a + name.length(), c, c + cue.length(), k, sb.length()});
          sb.append(" . ");
        } else {
          sb.append("the weather was ").append(CLAIMS[r.nextInt(CLAIMS.length)]).append(" . ");
        }
      }
      String text = sb.toString();
      NlpDocument doc = TestDocs.doc(text, POS);
      List<Attribution> gold = new ArrayList<>();
      for (int[] x : rel) {
        gold.add(new Attribution(List.of(new org.corroborate.model.Span(x[0], x[1])),
            List.of(new org.corroborate.model.Span(x[2], x[3])), List.of(new org.corroborate.model.Span(x[4], x[5])),
            false, 0));
      }
      out.add(new AttributionTrainer.Example(doc, gold));
    }
    return out;
  }

  @Test
  void learnsASimplePatternAndGeneralisesToUnseenArticles() {
    AttributionModel m = AttributionTrainer.train(corpus(1, 40), new AttributionTrainer.Config(5, 7, 1), "test",
        new PrintWriter(new StringWriter()));
    AttributionExtractor x = new AttributionExtractor(m);
    int exact = 0;
    int total = 0;
    for (AttributionTrainer.Example e : corpus(99, 10)) {
      List<Attribution> got = x.extract(e.doc());
      total += e.gold().size();
      for (Attribution g : e.gold()) {
        for (Attribution a : got) {
          if (a.source().equals(g.source()) && a.cue().equals(g.cue()) && a.content().equals(g.content())) {
            exact++;
          }
        }
      }
    }
    assertEquals(total, exact, "every relation of the unseen fictional articles is found exactly");
  }

  @Test
  void trainingIsDeterministicAndTheModelSurvivesWritingAndReading() throws IOException {
    AttributionModel a = AttributionTrainer.train(corpus(2, 20), new AttributionTrainer.Config(3, 11, 1), "t",
        new PrintWriter(new StringWriter()));
    AttributionModel b = AttributionTrainer.train(corpus(2, 20), new AttributionTrainer.Config(3, 11, 1), "t",
        new PrintWriter(new StringWriter()));
    ByteArrayOutputStream ba = new ByteArrayOutputStream();
    ByteArrayOutputStream bb = new ByteArrayOutputStream();
    a.write(ba);
    b.write(bb);
    assertArrayEquals(ba.toByteArray(), bb.toByteArray());
    AttributionModel read = AttributionModel.read(new ByteArrayInputStream(ba.toByteArray()));
    assertEquals(a.featureCount(), read.featureCount());
    assertEquals("t", read.provenance());
    NlpDocument doc = corpus(3, 1).get(0).doc();
    assertArrayEquals(a.tag(doc), read.tag(doc));
  }

  @Test
  void stackedTrainingIsDeterministicAndKeepsItsFirstPass() throws IOException {
    AttributionTrainer.Config cfg = new AttributionTrainer.Config(3, 5, 1, 2);
    AttributionModel a = AttributionTrainer.train(corpus(4, 20), cfg, "s", new PrintWriter(new StringWriter()));
    AttributionModel b = AttributionTrainer.train(corpus(4, 20), cfg, "s", new PrintWriter(new StringWriter()));
    ByteArrayOutputStream ba = new ByteArrayOutputStream();
    ByteArrayOutputStream bb = new ByteArrayOutputStream();
    a.write(ba);
    b.write(bb);
    assertArrayEquals(ba.toByteArray(), bb.toByteArray());
    AttributionModel read = AttributionModel.read(new ByteArrayInputStream(ba.toByteArray()));
    assertEquals(a.previous().featureCount(), read.previous().featureCount());
    NlpDocument doc = corpus(5, 1).get(0).doc();
    assertArrayEquals(a.tag(doc), read.tag(doc));
  }

  @Test
  void threePassesNestTwoEarlierModels() {
    AttributionTrainer.Config cfg = new AttributionTrainer.Config(2, 5, 1, 2, 0f, 3);
    AttributionModel m = AttributionTrainer.train(corpus(6, 16), cfg, "p", new PrintWriter(new StringWriter()));
    assertEquals(true, m.previous() != null && m.previous().previous() != null);
    assertEquals(null, m.previous().previous().previous());
  }

  /** The examples with a token vector that tells each token's gold tag (one-hot, plus seeded noise). */
  static List<AttributionTrainer.Example> withTagVectors(List<AttributionTrainer.Example> examples, long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<AttributionTrainer.Example> out = new ArrayList<>();
    for (AttributionTrainer.Example e : examples) {
      Tag[] gold = GoldTags.of(e.doc(), e.gold());
      float[][] v = new float[gold.length][Tag.values().length + 2];
      for (int i = 0; i < gold.length; i++) {
        for (int j = 0; j < v[i].length; j++) {
          v[i][j] = (float) (0.1 * r.nextGaussian());
        }
        v[i][gold[i].ordinal()] += 1f;
      }
      out.add(new AttributionTrainer.Example(e.doc(), e.gold(), v));
    }
    return out;
  }

  @Test
  void tokenVectorsAloneCanCarryTheModelAndSurviveWritingAndReading() throws IOException {
    // every sparse feature is dropped (seen fewer than a million times): only the vectors can tell the tags
    AttributionTrainer.Config cfg = new AttributionTrainer.Config(4, 3, 1_000_000, 2, 0f, 2, 1f);
    AttributionModel m = AttributionTrainer.train(withTagVectors(corpus(8, 20), 1), cfg, "v",
        new PrintWriter(new StringWriter()));
    assertEquals(0, m.featureCount());
    assertEquals(Tag.values().length + 2, m.denseDimension());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.write(bytes);
    AttributionModel read = AttributionModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(m.denseDimension(), read.denseDimension());
    for (AttributionTrainer.Example e : withTagVectors(corpus(9, 5), 2)) {
      Tag[] gold = GoldTags.of(e.doc(), e.gold());
      assertArrayEquals(gold, m.tag(e.doc(), e.vectors()));
      assertArrayEquals(gold, read.tag(e.doc(), e.vectors()));
    }
  }

  @Test
  void aModelThatReadsVectorsRefusesADocumentWithoutThemAndTrainingRefusesAMix() {
    AttributionTrainer.Config cfg = new AttributionTrainer.Config(2, 3, 1);
    AttributionModel m = AttributionTrainer.train(withTagVectors(corpus(10, 6), 1), cfg, "v",
        new PrintWriter(new StringWriter()));
    NlpDocument doc = corpus(11, 1).get(0).doc();
    assertThrows(IllegalArgumentException.class, () -> m.tag(doc, null));
    assertThrows(IllegalArgumentException.class, () -> m.tag(doc, new float[doc.tokens().size()][3]));
    List<AttributionTrainer.Example> mixed = new ArrayList<>(withTagVectors(corpus(12, 3), 1));
    mixed.addAll(corpus(13, 3));
    assertThrows(IllegalArgumentException.class,
        () -> AttributionTrainer.train(mixed, cfg, "v", new PrintWriter(new StringWriter())));
    assertThrows(IllegalArgumentException.class, () -> new AttributionTrainer.Example(doc, List.of(), new float[1][3]));
  }

  @Test
  void rejectsAFileThatIsNotAModel() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(bytes); var d = new java.io.DataOutputStream(gz)) {
      d.writeUTF("something else");
    }
    assertThrows(IOException.class, () -> AttributionModel.read(new ByteArrayInputStream(bytes.toByteArray())));
  }

  @Test
  void configRejectsBadValues() {
    assertThrows(IllegalArgumentException.class, () -> new AttributionTrainer.Config(0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new AttributionTrainer.Config(1, 1, 1, 0, 0f, 1, 0f));
    assertThrows(IllegalArgumentException.class, () -> new AttributionTrainer.Config(1, 1, 1, 0, 0f, 1, Float.NaN));
    assertThrows(IllegalArgumentException.class, () -> new AttributionTrainer.Config(1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new AttributionTrainer.Config(1, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new AttributionTrainer.Config(1, 1, 1, 2, 0f, 1));
    assertThrows(IllegalArgumentException.class, () -> new AttributionTrainer.Config(1, 1, 1, 0, 0f, 2));
  }

  /** {@code doc} with a flat made-up parse: every token hangs on the sentence's first cue word, or is the root. */
  static NlpDocument parsed(NlpDocument doc) {
    List<org.corroborate.analysis.nlp.Token> toks = new ArrayList<>();
    for (org.corroborate.analysis.nlp.NlpSentence s : doc.sentences()) {
      int root = s.firstToken();
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        String w = doc.tokens().get(i).word();
        if (w.equals("said") || w.equals("denied")) {
          root = i;
          break;
        }
      }
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        org.corroborate.analysis.nlp.Token t = doc.tokens().get(i);
        boolean isRoot = i == root;
        String rel = isRoot ? "root" : i < root ? "nsubj" : "ccomp";
        toks.add(new org.corroborate.analysis.nlp.Token(t.index(), t.span(), t.word(), t.lemma(), t.pos(), t.ner(),
            t.sentence(), isRoot ? -1 : root, rel));
      }
    }
    return new NlpDocument(doc.text(), toks, doc.sentences());
  }

  @Test
  void parsedTrainingTextGivesASyntaxModelThatAsksForParsesWhereItsFirstPassFindsCues() throws Exception {
    List<AttributionTrainer.Example> plain = corpus(3, 24);
    List<AttributionTrainer.Example> withParse = new ArrayList<>();
    for (AttributionTrainer.Example e : plain) {
      withParse.add(new AttributionTrainer.Example(parsed(e.doc()), e.gold()));
    }
    AttributionTrainer.Config cfg = new AttributionTrainer.Config(3, 5, 1, 2);
    AttributionModel without = AttributionTrainer.train(plain, cfg, "t", new PrintWriter(new java.io.StringWriter()));
    AttributionModel with = AttributionTrainer.train(withParse, cfg, "t", new PrintWriter(new java.io.StringWriter()));
    assertFalse(without.syntax());
    assertNull(without.parseFilter());
    assertTrue(with.syntax());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    with.write(bytes);
    AttributionModel back = AttributionModel.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    assertTrue(back.syntax(), "the flag survives the file");
    String text = "the weather was rain falls . Odell said that taxes rose .";
    NlpDocument doc = TestDocs.doc(text, POS);
    org.corroborate.analysis.nlp.NlpEngine.ParseFilter filter = back.parseFilter();
    assertFalse(filter.wants(doc, doc.sentences().get(0)), "no cue in the first sentence");
    assertTrue(filter.wants(doc, doc.sentences().get(1)), "a cue in the second");
  }

  @Test
  void keepParseDropsTheParseOfSentencesWithoutACue() {
    NlpDocument doc = parsed(TestDocs.doc("the weather was mild . Odell said that taxes rose .", POS));
    Tag[] tags = new Tag[doc.tokens().size()];
    java.util.Arrays.fill(tags, Tag.O);
    tags[6] = Tag.B_CUE;
    NlpDocument kept = AttributionTrainer.keepParse(doc, tags);
    for (org.corroborate.analysis.nlp.Token t : kept.tokens()) {
      if (t.sentence() == 0) {
        assertEquals(-2, t.head());
      } else {
        assertEquals(doc.tokens().get(t.index()), t);
      }
    }
  }
}
