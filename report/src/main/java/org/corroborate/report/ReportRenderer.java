package org.corroborate.report;

import static org.corroborate.report.Html.attr;
import static org.corroborate.report.Html.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerArticle;
import org.corroborate.ledger.LedgerEvent;
import org.corroborate.model.Rejection;

/**
 * Renders a {@link Ledger} as one self-contained HTML page for a person: no network, no external file,
 * inline CSS and one small inline script ({@link PageAssets}), locked down by a Content Security Policy
 * that allows only that script (by hash) and inline styles. This class writes the page around the
 * events; per event, {@link EventHeader} (outlets on a timeline), {@link ClaimsSection} (the claims that
 * matter in rank order as a claims × outlets matrix, each claim expandable to its relations and
 * sentences, and the background sentences apart), {@link DisagreementsSection} and
 * {@link FramingSection}. All input text is escaped with {@link Html}. Bounded by {@link ReportConfig}
 * for events with thousands of claims. Stateless.
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  /** Writes the report to {@code file} (UTF-8), creating parent folders, with the default bounds. */
  public static void render(Ledger ledger, Path file) throws IOException {
    render(ledger, ReportConfig.defaults(), file);
  }

  public static void render(Ledger ledger, ReportConfig config, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, renderToString(ledger, config), StandardCharsets.UTF_8);
  }

  public static String renderToString(Ledger ledger) {
    return renderToString(ledger, ReportConfig.defaults());
  }

  public static String renderToString(Ledger ledger, ReportConfig config) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(config, "config");
    Map<String, LedgerArticle> articles = new HashMap<>();
    for (LedgerArticle a : ledger.articles()) {
      articles.putIfAbsent(a.id(), a);
    }
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '")
        .append(Format.sha256(PageAssets.SCRIPT)).append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>Corroborate ledger</title>\n<style>").append(PageAssets.CSS).append("</style>\n")
        .append("<script>").append(PageAssets.SCRIPT).append("</script>\n</head>\n<body>\n");
    b.append("<header>\n<h1>Corroborate ledger</h1>\n<p class=\"muted\">")
        .append(ledger.events().size()).append(Format.plural(ledger.events().size(), " event", " events")).append(", ")
        .append(ledger.articles().size()).append(Format.plural(ledger.articles().size(), " article", " articles"))
        .append(". Schema version ").append(text(ledger.schemaVersion()))
        .append(". A claim's status describes its reporting (who carries it, who disputes it), not its truth.</p>\n");
    b.append("<p><button type=\"button\" data-toggle=\"open\">Expand all claims</button>")
        .append("<button type=\"button\" data-toggle=\"close\">Collapse all claims</button></p>\n");
    legend(b);
    if (ledger.events().size() > 1) {
      b.append("<nav aria-label=\"Events\"><h2>Events</h2><ul>\n");
      for (LedgerEvent e : ledger.events()) {
        b.append("<li><a href=\"#").append(attr(Format.anchor(e.id()))).append("\">").append(text(Format.title(e)))
            .append("</a> <span class=\"muted small\">(").append(e.claims().size()).append(" claims)</span></li>\n");
      }
      b.append("</ul></nav>\n");
    }
    b.append("</header>\n<main>\n");
    for (LedgerEvent e : ledger.events()) {
      EventView v = new EventView(e, articles, config);
      String anchor = Format.anchor(e.id());
      b.append("<section class=\"event\" id=\"").append(attr(anchor)).append("\" aria-labelledby=\"")
          .append(attr(anchor + "-h")).append("\">\n");
      EventHeader.render(b, v);
      ClaimsSection.render(b, v);
      DisagreementsSection.render(b, v);
      FramingSection.render(b, v);
      b.append("</section>\n");
    }
    b.append("</main>\n");
    problems(b, ledger.problems());
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void legend(StringBuilder b) {
    b.append("<p class=\"legend small\"><strong>In sentences:</strong> ")
        .append("<mark class=\"m-claimant\">claimant</mark><mark class=\"m-cue\">cue</mark>")
        .append("<mark class=\"m-content\">content</mark><mark class=\"m-hedge\">hedge</mark>")
        .append("<mark class=\"m-channel\">channel</mark> <strong>In the matrix:</strong> the stance the outlet reports "
            + "(said, claims, denies, ...), <span class=\"hedged\">?</span> hedged or marked unverified, "
            + "&#8801; a syndicated copy. <strong>Claimants:</strong> who a claim is from, and <em>via</em> "
            + "the speakers as written when they speak for it (a spokesman for his government).</p>\n");
  }

  private static void problems(StringBuilder b, List<Rejection> problems) {
    if (problems.isEmpty()) {
      return;
    }
    b.append("<footer><details><summary>Input that could not be used (").append(problems.size())
        .append(")</summary><ul class=\"problems\">\n");
    for (Rejection r : problems) {
      b.append("<li>").append(text(r.reason())).append(": ").append(text(r.detail())).append("</li>\n");
    }
    b.append("</ul></details></footer>\n");
  }
}
