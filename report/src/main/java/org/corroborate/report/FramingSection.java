package org.corroborate.report;

import static org.corroborate.report.Html.text;

import java.util.List;
import org.corroborate.ledger.Framing;

/** How each outlet describes each of an event's main actors: one row per actor, one column per outlet. Stateless. */
final class FramingSection {
  private FramingSection() {}

  static void render(StringBuilder b, EventView v) {
    List<Framing> framing = v.event.framing();
    b.append("<h3>How outlets describe the main actors</h3>\n");
    if (framing.isEmpty()) {
      b.append("<p class=\"muted\">No descriptions of actors were found.</p>\n");
      return;
    }
    List<String> outlets = framing.get(0).outlets().stream().map(Framing.OutletWords::outlet).toList();
    b.append("<table class=\"framing\">\n<caption class=\"sr-only\">Words each outlet uses for each main actor</caption>\n")
        .append("<thead><tr><th scope=\"col\">Actor</th>");
    for (String o : outlets) {
      b.append("<th scope=\"col\">").append(text(o)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Framing f : framing) {
      b.append("<tr><th scope=\"row\">").append(text(f.name())).append("</th>");
      for (Framing.OutletWords w : f.outlets()) {
        b.append("<td>");
        if (!w.words().isEmpty()) {
          b.append("<ul class=\"words\">");
          for (String word : w.words()) {
            b.append("<li>").append(text(word)).append("</li>");
          }
          b.append("</ul>");
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
  }
}
