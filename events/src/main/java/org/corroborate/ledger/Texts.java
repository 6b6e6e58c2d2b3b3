package org.corroborate.ledger;

import java.util.List;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;

/** Span helpers over an article's text. */
final class Texts {
  private Texts() {}

  /** Longest context shown for one statement; longer unions fall back to the statement's own extent. */
  static final int MAX_CONTEXT = 1500;

  static boolean valid(Span s, String text) {
    return s == null || s.end() <= text.length();
  }

  /** The sentences overlapping [start, end), as one span; the range itself when no sentence overlaps. */
  static Span sentencesAround(AnalyzedArticle a, int start, int end) {
    int s = start;
    int e = end;
    Span probe = new Span(start, Math.max(end, start + 1));
    for (Sentence sent : a.sentences()) {
      if (sent.span().overlaps(probe) || sent.span().start() == start) {
        s = Math.min(s, sent.span().start());
        e = Math.max(e, sent.span().end());
      }
    }
    e = Math.min(e, a.article().text().length());
    if (e - s > MAX_CONTEXT) {
      return new Span(start, Math.min(end, a.article().text().length()));
    }
    return new Span(s, e);
  }

  /** The sentence containing an offset, or null. */
  static Sentence sentenceAt(AnalyzedArticle a, int offset) {
    for (Sentence s : a.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }

  static Span union(List<Span> spans) {
    int s = Integer.MAX_VALUE;
    int e = 0;
    for (Span x : spans) {
      if (x != null) {
        s = Math.min(s, x.start());
        e = Math.max(e, x.end());
      }
    }
    return new Span(s, e);
  }

  /** Collapses white space for one-line display (CSV, summaries); null is "". */
  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
