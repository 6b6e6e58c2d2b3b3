package org.corroborate.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.claims.Similarity;
import org.corroborate.claims.Terms;
import org.corroborate.model.Span;

/** Shared wire text: the outlets' own wording around two statements, compared to count a copied story once. */
final class WireText {
  private WireText() {}

  /**
   * The outlet's own wording around a statement, compared to find shared wire text: the sentence(s)
   * of the statement, without the quoted words when it is a direct quote (independent outlets quote
   * the same words; a wire copy also shares the words around them). Null when the outlet's own part
   * has fewer than four words ("..., he said."), too little to tell a copy from an independent report.
   */
  static String wording(Stated s) {
    String text = s.article().article().text();
    Span content = s.statement().content();
    Span context = Texts.sentencesAround(s.article(), content.start(), content.end());
    String wording = s.statement().direct()
        ? text.substring(context.start(), content.start()) + " " + text.substring(content.end(), Math.max(content.end(), context.end()))
        : context.of(text);
    return Terms.words(wording).size() < 4 ? null : Texts.oneLine(wording);
  }

  static Set<String> trigrams(String text) {
    List<String> w = Terms.words(text);
    Set<String> out = new HashSet<>();
    if (w.size() < 3) {
      out.add(String.join(" ", w));
      return out;
    }
    for (int i = 0; i + 3 <= w.size(); i++) {
      out.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = Similarity.intersection(a, b);
    return (double) shared / (a.size() + b.size() - shared);
  }
}
