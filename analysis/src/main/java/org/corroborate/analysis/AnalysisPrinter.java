package org.corroborate.analysis;

import java.io.PrintWriter;
import java.util.Locale;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.DateMention;
import org.corroborate.model.Entity;
import org.corroborate.model.Hedge;
import org.corroborate.model.Mention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Statement;

/**
 * A plain-text listing of an {@link AnalyzedArticle} for people trying the analysis by hand: entities
 * with mentions and descriptors, statements with claimant, cue, stance, channel and hedges, quantities,
 * dates. Article text is printed as is (plain text output, not markup); control characters are escaped.
 */
public final class AnalysisPrinter {
  private AnalysisPrinter() {}

  public static void print(AnalyzedArticle a, PrintWriter out) {
    out.printf(Locale.ROOT, "article %s  (%s)  %d sentences%n", a.article().id(), clean(a.article().outlet().name()),
        a.sentences().size());
    out.println("entities:");
    for (Entity e : a.entities()) {
      StringBuilder ms = new StringBuilder();
      for (Mention m : e.mentions()) {
        if (ms.length() > 0) {
          ms.append(", ");
        }
        ms.append(clean(m.text())).append('/').append(m.kind().name().charAt(0));
      }
      out.printf(Locale.ROOT, "  %s %s [%s] mentions: %s%n", e.id(), clean(e.name()), e.type(), ms);
      if (!e.descriptors().isEmpty()) {
        out.printf(Locale.ROOT, "      descriptors: %s%n", clean(String.join(" | ", e.descriptors())));
      }
    }
    out.println("statements:");
    for (Statement s : a.statements()) {
      out.printf(Locale.ROOT, "  %s [sent %d] %s %s%s | claimant: %s%s (%s) | cue: %s (%s)%s%s%s%n", s.id(), s.sentence(),
          s.stance(), s.direct() ? "direct" : "indirect", s.parentId() == null ? "" : " parent=" + s.parentId(),
          clean(s.claimant().name()), s.claimant().entityId() == null ? "" : "=" + s.claimant().entityId(),
          s.claimant().kind(), s.cueText() == null ? "-" : clean(s.cueText()), s.cueClass(),
          s.negated() ? " NEGATED" : "", s.conditional() ? " CONDITIONAL" : "",
          s.channel() == null ? "" : " | channel: " + clean(s.channel().name()) + " (\"" + clean(s.channel().text()) + "\")");
      out.printf(Locale.ROOT, "      content: %s%n", clean(s.contentText()));
      for (Hedge h : s.hedges()) {
        out.printf(Locale.ROOT, "      hedge: %s \"%s\"%s%n", h.kind(), clean(h.text()), h.negated() ? " (negated)" : "");
      }
    }
    out.println("quantities:");
    for (Quantity q : a.quantities()) {
      out.printf(Locale.ROOT, "  \"%s\" = %s %s%s%s%s%n", clean(q.text()), fmt(q.value()), q.kind(),
          q.unit() == null ? "" : " " + q.unit(), q.counts() == null ? "" : " counts=" + clean(q.counts()),
          q.event() == null ? "" : " event=" + clean(q.event()));
    }
    out.println("dates:");
    for (DateMention d : a.dates()) {
      out.printf(Locale.ROOT, "  \"%s\" = %s..%s %s %s%n", clean(d.text()), d.start(), d.end(), d.granularity(), d.confidence());
    }
    out.flush();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** Escapes control characters so untrusted text cannot move the terminal cursor or fake lines. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append(" / ");
      } else if (Character.isISOControl(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
