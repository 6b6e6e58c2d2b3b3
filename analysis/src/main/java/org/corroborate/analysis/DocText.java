package org.corroborate.analysis;

import java.util.List;
import java.util.Locale;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.nlp.Token;
import org.corroborate.model.Span;

/**
 * Read-only helpers over an {@link NlpDocument} for the rule-based readers: the token's text as written
 * in the article (the engine may normalise quotes and brackets in {@link Token#word()}), coarse
 * part-of-speech tests, and token lookup by character offset. Stateless apart from the document.
 */
public final class DocText {
  private final NlpDocument doc;
  private final String text;
  private final List<Token> tokens;

  public DocText(NlpDocument doc) {
    this.doc = java.util.Objects.requireNonNull(doc, "doc");
    this.text = doc.text();
    this.tokens = doc.tokens();
  }

  public NlpDocument doc() {
    return doc;
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The token's text as written in the article. */
  public String word(int i) {
    return tokens.get(i).span().of(text);
  }

  /** The token's text, lower-cased, with typographic apostrophes made plain. */
  public String lower(int i) {
    return word(i).replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  public String lemma(int i) {
    String l = tokens.get(i).lemma();
    return (l == null ? word(i) : l).toLowerCase(Locale.ROOT);
  }

  public String pos(int i) {
    String p = tokens.get(i).pos();
    return p == null ? "" : p;
  }

  public String ner(int i) {
    String n = tokens.get(i).ner();
    return n == null ? "O" : n;
  }

  public NlpSentence sentence(int si) {
    return doc.sentences().get(si);
  }

  public int sentenceCount() {
    return doc.sentences().size();
  }

  /** The article text from the start of token {@code from} to the end of token {@code to - 1}. */
  public String text(int from, int to) {
    return text.substring(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  /** The span from the start of token {@code from} to the end of token {@code to - 1}. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  public boolean isVerb(int i) {
    String p = pos(i);
    return p.startsWith("VB") || p.equals("MD");
  }

  /** A verb form that can head a clause by itself (not an infinitive, participle or gerund). */
  public boolean isFiniteVerb(int i) {
    String p = pos(i);
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  public boolean isNoun(int i) {
    return pos(i).startsWith("NN");
  }

  public boolean isProperNoun(int i) {
    return pos(i).startsWith("NNP");
  }

  public boolean isAdjective(int i) {
    return pos(i).startsWith("JJ");
  }

  public boolean isDeterminer(int i) {
    String p = pos(i);
    return p.equals("DT") || p.equals("PDT") || p.equals("PRP$");
  }

  public boolean isPunct(int i) {
    String w = word(i);
    return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0));
  }

  public boolean isCapitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  public boolean isQuote(int i) {
    String w = word(i);
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("'") || w.equals("‘") || w.equals("’")
        || w.equals("``") || w.equals("''") || w.equals("«") || w.equals("»");
  }

  /** True when the dependency parse is present for this token. */
  public boolean parsed(int i) {
    return tokens.get(i).head() != -2;
  }

  public int head(int i) {
    return tokens.get(i).head();
  }

  public String deprel(int i) {
    String d = tokens.get(i).deprel();
    return d == null ? "" : d;
  }

  /** Index of the first token whose span ends after {@code offset}, or {@link #size()}. */
  public int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Token index range {@code [from, to)} of the tokens lying inside {@code span}. */
  public int[] tokensIn(Span span) {
    int from = firstTokenEndingAfter(span.start());
    while (from < tokens.size() && tokens.get(from).span().start() < span.start()) {
      from++;
    }
    int to = from;
    while (to < tokens.size() && tokens.get(to).span().end() <= span.end()) {
      to++;
    }
    return new int[] {from, to};
  }

  /** Index of the sentence holding character {@code offset} (the last one starting at or before it). */
  public int sentenceAt(int offset) {
    List<NlpSentence> ss = doc.sentences();
    int lo = 0;
    int hi = ss.size() - 1;
    int best = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ss.get(mid).span().start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }
}
