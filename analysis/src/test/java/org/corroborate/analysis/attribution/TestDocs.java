package org.corroborate.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.nlp.Token;
import org.corroborate.model.Span;

/** Builds small NlpDocuments by hand: tokens split on spaces, a sentence ends after ".". */
final class TestDocs {
  private TestDocs() {}

  static NlpDocument doc(String text, Map<String, String> pos) {
    List<Token> toks = new ArrayList<>();
    List<NlpSentence> sents = new ArrayList<>();
    int i = 0;
    int sentStart = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      String w = text.substring(i, j);
      toks.add(new Token(toks.size(), new Span(i, j), w, w.toLowerCase(), pos.getOrDefault(w, "NN"), "O", sents.size(),
          -2, null));
      if (w.equals(".")) {
        sents.add(new NlpSentence(sents.size(), new Span(toks.get(sentStart).span().start(), j), sentStart, toks.size()));
        sentStart = toks.size();
      }
      i = j;
    }
    if (sentStart < toks.size()) {
      sents.add(new NlpSentence(sents.size(), new Span(toks.get(sentStart).span().start(),
          toks.get(toks.size() - 1).span().end()), sentStart, toks.size()));
    }
    return new NlpDocument(text, toks, sents);
  }

  /** Span of the n-th (0-based) occurrence of {@code s} in {@code text}. */
  static Span find(String text, String s, int n) {
    int at = -1;
    for (int k = 0; k <= n; k++) {
      at = text.indexOf(s, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException(s + " not found");
      }
    }
    return new Span(at, at + s.length());
  }
}
