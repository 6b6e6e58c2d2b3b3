package org.corroborate.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real CoreNLP models: offsets, sentences, tags, and the same output from parallel threads. */
class CoreNlpEngineIT {
  static final String TEXT = "Mayor Ines Odell of Belmora said on Monday that the river bridge would reopen.\n\n"
      + "“We have checked every bolt,” she told reporters. The Harbor Authority denied it.";

  @Test
  void tokensKeepOffsetsAndSentencesFollowParagraphs() {
    NlpDocument doc = CoreNlpEngine.shared().annotate(TEXT);
    assertEquals(TEXT, doc.text());
    int last = 0;
    for (Token t : doc.tokens()) {
      assertTrue(t.span().start() >= last, "offsets never go backwards");
      last = t.span().end();
      if (Character.isLetterOrDigit(t.word().charAt(0))) {
        assertEquals(t.word(), t.span().of(TEXT));
      }
    }
    assertEquals(3, doc.sentences().size());
    NlpSentence s0 = doc.sentences().get(0);
    assertEquals("Mayor", doc.tokens().get(s0.firstToken()).word());
    Token said = doc.tokens().stream().filter(t -> t.word().equals("said")).findFirst().orElseThrow();
    assertEquals("say", said.lemma());
    assertEquals("VBD", said.pos());
    Token odell = doc.tokens().stream().filter(t -> t.word().equals("Odell")).findFirst().orElseThrow();
    assertEquals("PERSON", odell.ner());
    assertEquals(-2, odell.head(), "the default engine does not parse");
  }

  @Test
  void parallelUseGivesTheSameResultAsSequential() throws Exception {
    CoreNlpEngine engine = CoreNlpEngine.shared();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      texts.add(TEXT.replace("Monday", "day " + i) + " Officials in Port " + i + " said nothing.");
    }
    List<NlpDocument> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(engine.annotate(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<NlpDocument>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> engine.annotate(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theParsingEngineParsesJustTheSentencesTheFilterWants() {
    CoreNlpEngine engine = CoreNlpEngine.shared(true);
    NlpDocument all = engine.annotate(TEXT);
    for (Token t : all.tokens()) {
      assertTrue(t.head() >= -1, "every sentence parsed without a filter: " + t);
    }
    NlpDocument some = engine.annotate(TEXT, (doc, s) -> s.index() == 1);
    for (Token t : some.tokens()) {
      if (t.sentence() == 1) {
        assertTrue(t.head() >= -1 && t.deprel() != null, "sentence 1 parsed: " + t);
      } else {
        assertEquals(-2, t.head(), "other sentences not parsed: " + t);
      }
    }
    Token told = some.tokens().stream().filter(t -> t.word().equals("told")).findFirst().orElseThrow();
    Token she = some.tokens().stream().filter(t -> t.word().equals("she")).findFirst().orElseThrow();
    assertEquals(told.index(), she.head(), "document-level head index");
    assertEquals("nsubj", she.deprel());
    // the same parse as when every sentence is parsed
    for (Token t : some.tokens()) {
      if (t.sentence() == 1) {
        assertEquals(all.tokens().get(t.index()), t);
      }
    }
  }
}
