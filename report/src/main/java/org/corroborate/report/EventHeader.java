package org.corroborate.report;

import static org.corroborate.report.Html.attr;
import static org.corroborate.report.Html.text;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.corroborate.ledger.ClaimStatus;
import org.corroborate.ledger.LedgerArticle;
import org.corroborate.ledger.LedgerClaim;
import org.corroborate.ledger.LedgerEvent;

/**
 * The head of an event's section: title, span of time, places and actors, claims per status, and the
 * outlets on a timeline with the list of articles (syndicated copies marked). Stateless.
 */
final class EventHeader {
  private EventHeader() {}

  static void render(StringBuilder b, EventView v) {
    LedgerEvent e = v.event;
    String anchor = Format.anchor(e.id());
    b.append("<h2 id=\"").append(attr(anchor + "-h")).append("\">").append(text(Format.title(e)))
        .append("</h2>\n<p class=\"muted\">Event ").append(text(e.id())).append(" &middot; ")
        .append(e.articles().size()).append(Format.plural(e.articles().size(), " article", " articles"));
    if (e.start() != null) {
      b.append(" &middot; ").append(Format.when(e.start()));
      if (e.end() != null && !e.end().equals(e.start())) {
        b.append(" to ").append(Format.when(e.end()));
      }
    }
    b.append("</p>\n");
    if (!e.places().isEmpty() || !e.actors().isEmpty()) {
      b.append("<p class=\"small\">");
      if (!e.places().isEmpty()) {
        b.append("<strong>Places:</strong> ").append(text(Format.joinNames(e.places(), 8))).append(". ");
      }
      if (!e.actors().isEmpty()) {
        b.append("<strong>Actors:</strong> ").append(text(Format.joinNames(e.actors(), 10))).append('.');
      }
      b.append("</p>\n");
    }
    Map<ClaimStatus, Integer> counts = new EnumMap<>(ClaimStatus.class);
    for (LedgerClaim c : v.ranked) {
      counts.merge(c.status(), 1, Integer::sum);
    }
    b.append("<p class=\"counts\">");
    for (ClaimStatus s : ClaimStatus.values()) {
      b.append("<span><span class=\"badge st-").append(s.label()).append("\">").append(s.label()).append("</span> ")
          .append(counts.getOrDefault(s, 0)).append("</span>");
    }
    if (!v.background.isEmpty()) {
      b.append("<span class=\"muted\">and ").append(v.background.size())
          .append(Format.plural(v.background.size(), " background sentence", " background sentences")).append("</span>");
    }
    b.append("</p>\n");
    timeline(b, v);
  }

  private static void timeline(StringBuilder b, EventView v) {
    LedgerEvent e = v.event;
    b.append("<h3>Outlets on a timeline</h3>\n");
    Instant start = e.start();
    Instant end = e.end() == null ? start : e.end();
    long span = start == null ? 0 : Math.max(1, Duration.between(start, end).toSeconds());
    if (start != null) {
      b.append("<div class=\"timeline\" aria-hidden=\"true\">");
      int number = 0;
      for (String id : e.articles()) {
        LedgerArticle a = v.articles.get(id);
        number++;
        if (a == null || a.published() == null) {
          continue;
        }
        double x = 100.0 * Duration.between(start, a.published()).toSeconds() / span;
        b.append("<span class=\"dot").append(a.syndicationOf() != null ? " synd" : "").append("\" style=\"left:")
            .append(String.format(Locale.ROOT, "%.2f", x)).append("%\" title=\"")
            .append(attr(a.outlet() + ", " + Format.when(a.published()))).append("\"><span class=\"n\">")
            .append(number).append("</span></span>");
      }
      b.append("</div>\n");
    }
    b.append("<ol class=\"articles\">\n");
    for (String id : e.articles()) {
      LedgerArticle a = v.articles.get(id);
      if (a == null) {
        continue;
      }
      b.append("<li><time").append(a.published() == null ? ">unknown time"
              : " datetime=\"" + attr(a.published().toString()) + "\">" + text(Format.when(a.published())))
          .append("</time> &middot; <strong>").append(text(a.outlet())).append("</strong>: <span class=\"article-title\">")
          .append(text(a.title().isEmpty() ? "(no title)" : a.title())).append("</span>");
      if (a.syndicationOf() != null) {
        LedgerArticle orig = v.articles.get(a.syndicationOf());
        b.append(" <span class=\"muted small\">&#8801; syndicated copy of ")
            .append(text(orig == null ? a.syndicationOf() : orig.outlet())).append("</span>");
      }
      b.append(" <span class=\"muted small\">[").append(text(a.id())).append("]</span></li>\n");
    }
    b.append("</ol>\n");
  }
}
