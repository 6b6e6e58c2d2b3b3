package org.corroborate.analysis.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.entities.EntityTable;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.stance.CueClassifier;
import org.corroborate.model.Article;
import org.corroborate.model.Claimant;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.DateMention;
import org.corroborate.model.Hedge;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * Author-voice statements: the stretches of sentences that no attribution covers and that assert
 * something checkable. A stretch qualifies when it has at least the configured number of tokens, a
 * finite verb, and something to check (an entity mention, a number, a date or a hedge marker), and
 * is not inside a quotation (an unattributed quote is not the author speaking).
 */
final class AuthorVoice {
  private static final Set<String> EDGE_WORDS = Set.of("and", "but", "or", "after", "while", "as", "because",
      "that", "which", "who", "when", "where", "although", "though", "since", "with", "before", "than", "whether",
      "if", "so", "then", "including", "saying");
  private static final Set<String> CONDITIONAL = Set.of("if", "would", "might", "unless");

  private final DocText dt;
  private final Article article;
  private final EntityTable entities;
  private final int minTokens;

  AuthorVoice(DocText dt, Article article, EntityTable entities, int minTokens) {
    this.dt = dt;
    this.article = article;
    this.entities = entities;
    this.minTokens = minTokens;
  }

  List<Draft> find(List<Draft> drafts, List<Quantity> quantities, List<DateMention> dates, List<Hedge> hedges) {
    boolean[] covered = new boolean[dt.size()];
    for (Draft d : drafts) {
      mark(covered, d.source);
      mark(covered, d.cue);
      for (Span p : d.contentParts) {
        mark(covered, p);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (NlpSentence s : dt.doc().sentences()) {
      int k = s.firstToken();
      while (k < s.endToken()) {
        if (covered[k]) {
          k++;
          continue;
        }
        int e = k;
        while (e < s.endToken() && !covered[e]) {
          e++;
        }
        Draft d = stretch(k, e, s, quantities, dates, hedges);
        if (d != null) {
          out.add(d);
        }
        k = e;
      }
    }
    return out;
  }

  private void mark(boolean[] covered, Span span) {
    if (span == null) {
      return;
    }
    int[] t = dt.tokensIn(span);
    for (int k = t[0]; k < t[1]; k++) {
      covered[k] = true;
    }
  }

  private Draft stretch(int from, int to, NlpSentence s, List<Quantity> qs, List<DateMention> dates, List<Hedge> hedges) {
    while (from < to && (dt.isPunct(from) && !dt.isQuote(from) || EDGE_WORDS.contains(dt.lower(from)))) {
      from++;
    }
    boolean wh = false;
    while (to > from && (dt.isPunct(to - 1) || EDGE_WORDS.contains(dt.lower(to - 1))
        || dt.pos(to - 1).equals("IN") || dt.pos(to - 1).equals("DT") || dt.pos(to - 1).equals("TO")
        || dt.pos(to - 1).startsWith("W"))) {
      wh |= dt.pos(to - 1).startsWith("W");
      to--;
    }
    // "footage showing [what it said was ...]": the participle whose object was someone's account goes too
    if (wh && to > from && dt.pos(to - 1).equals("VBG")) {
      to--;
    }
    if (to - from < minTokens || insideQuote(dt.token(from).span().start()) || dt.isQuote(from)) {
      return null;
    }
    // "who speaks for the army": a clause without its subject is not a statement of its own
    if (dt.isFiniteVerb(from) || dt.pos(from).equals("VBG") || dt.pos(from).equals("VBN")) {
      return null;
    }
    boolean finite = false;
    boolean conditional = false;
    for (int k = from; k < to; k++) {
      finite |= dt.isFiniteVerb(k);
      conditional |= CONDITIONAL.contains(dt.lower(k));
    }
    if (!finite || dt.word(to - 1).equals("?")) {
      return null;
    }
    Span span = dt.span(from, to);
    boolean checkable = !entities.mentionsIn(span).isEmpty();
    for (int k = from; k < to && !checkable; k++) {
      checkable = dt.pos(k).equals("CD");
    }
    for (Quantity q : qs) {
      checkable |= span.overlaps(q.span());
    }
    for (DateMention d : dates) {
      checkable |= span.overlaps(d.span());
    }
    for (Hedge h : hedges) {
      checkable |= span.contains(h.span());
    }
    if (!checkable) {
      return null;
    }
    Draft d = new Draft(Draft.Origin.AUTHOR);
    d.contentParts.add(span);
    d.sentence = s.index();
    d.reading = new CueClassifier.Reading("none", Stance.ASSERT, false, conditional, -1);
    String outlet = article.outlet().name();
    d.claimant = new Claimant(ClaimantKind.AUTHOR, null, outlet, null, outlet);
    return d;
  }

  /** Whether {@code offset} lies inside a quotation opened earlier in its paragraph. */
  private boolean insideQuote(int offset) {
    String text = dt.text();
    int p = text.lastIndexOf("\n\n", offset);
    int start = p < 0 ? 0 : p + 2;
    boolean in = false;
    for (int i = start; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«') {
        in = true;
      } else if (c == '”' || c == '»') {
        in = false;
      } else if (c == '"') {
        // a straight quote opens after a space or at the start, and closes otherwise
        in = i == start || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
      }
    }
    return in;
  }
}
