package org.corroborate.analysis.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.entities.Lexicon;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.nlp.Token;
import org.corroborate.analysis.stance.CueClassifier;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class ReportingFramesTest {
  /** Tokens split at hyphens, as CoreNLP splits "far-right" into far / - / right. */
  private static DocText doc(String text, String... posTags) {
    List<Token> toks = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]+|-|\\.").matcher(text);
    while (m.find()) {
      String pos = posTags[toks.size()];
      String lemma = m.group().equals("claimed") ? "claim" : m.group().toLowerCase();
      toks.add(new Token(toks.size(), new Span(m.start(), m.end()), m.group(), lemma, pos, "O", 0, -2, null));
    }
    return new DocText(new NlpDocument(text, toks, List.of(new NlpSentence(0, new Span(0, text.length()), 0, toks.size()))));
  }

  @Test
  void aClaimsToSourceKeepsItsHyphenatedWordWhole() {
    // Guardian seed: "the Moscow-born far-right militia leader Denis Nikitin claimed to have led a raid" gave "-right ..."
    DocText dt = doc("the far-right militia leader Tomas Brel claimed to have led a raid.",
        "DT", "RB", "HYPH", "JJ", "NN", "NN", "NNP", "NNP", "VBD", "TO", "VB", "VBN", "DT", "NN", ".");
    List<Draft> drafts = new ArrayList<>();
    new ReportingFrames(dt, new CueClassifier(), new ChannelFinder(Lexicon.standard())).add(drafts);
    assertEquals(1, drafts.size());
    assertEquals("the far-right militia leader Tomas Brel", drafts.get(0).source.of(dt.text()));
  }
}
