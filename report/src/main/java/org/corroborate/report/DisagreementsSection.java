package org.corroborate.report;

import static org.corroborate.report.Html.attr;
import static org.corroborate.report.Html.text;

import java.util.List;
import org.corroborate.ledger.Disagreement;

/**
 * Where an event's outlets disagree: conflicting numbers, dates and attributions, each reading with its
 * outlet and words; then, collapsed, the facts only one outlet reports, linked to their claims. Stateless.
 */
final class DisagreementsSection {
  private DisagreementsSection() {}

  static void render(StringBuilder b, EventView v) {
    List<Disagreement> all = v.event.disagreements();
    List<Disagreement> main = all.stream().filter(d -> !d.kind().equals("single-outlet")).toList();
    List<Disagreement> single = all.stream().filter(d -> d.kind().equals("single-outlet")).toList();
    b.append("<h3>Where outlets disagree</h3>\n");
    if (main.isEmpty()) {
      b.append("<p class=\"muted\">No conflicting numbers, dates or attributions were found.</p>\n");
    } else {
      b.append("<ul class=\"disagreements\">\n");
      for (Disagreement d : main) {
        b.append("<li class=\"disagreement\" data-kind=\"").append(attr(d.kind())).append("\"><strong>")
            .append(text(d.kind())).append(":</strong> ").append(text(d.summary())).append("<ul>\n");
        for (Disagreement.Item it : d.items()) {
          b.append("<li><strong>").append(text(it.value())).append("</strong> &middot; ").append(text(it.outlet()))
              .append(": <q>").append(text(it.text())).append("</q></li>\n");
        }
        b.append("</ul></li>\n");
      }
      b.append("</ul>\n");
    }
    if (!single.isEmpty()) {
      b.append("<details><summary>Facts only one outlet reports (")
          .append(single.stream().mapToInt(d -> d.claims().size()).sum()).append(")</summary><ul>\n");
      for (Disagreement d : single) {
        b.append("<li><strong>").append(text(d.subject())).append("</strong><ul>\n");
        for (Disagreement.Item it : d.items()) {
          b.append("<li>");
          v.link(b, it.value());
          b.append(": ").append(text(it.text())).append("</li>\n");
        }
        b.append("</ul></li>\n");
      }
      b.append("</ul></details>\n");
    }
  }
}
