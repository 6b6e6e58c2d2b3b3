package org.corroborate.report;

import static org.corroborate.report.Html.attr;
import static org.corroborate.report.Html.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.ledger.Evidence;
import org.corroborate.ledger.LedgerArticle;
import org.corroborate.ledger.LedgerClaim;

/**
 * An event's claims: those that matter first, in the ledger's rank order, as a claims × outlets matrix
 * whose rows expand to the sentences and relations; past {@link ReportConfig#matrixClaims()} one line
 * per claim; then the outlets' own background sentences in a section of their own, collapsed. Cost is
 * linear in the claims and statements shown, whatever the size of the event.
 */
final class ClaimsSection {
  private ClaimsSection() {}

  static void render(StringBuilder b, EventView v) {
    b.append("<h3>Claims that matter, first</h3>\n");
    if (v.event.claims().isEmpty()) {
      b.append("<p class=\"muted\">No claims were found in these articles.</p>\n");
      return;
    }
    b.append("<p class=\"small muted\">In the ledger's rank order (# 1 matters most; README: how claims are ranked). ")
        .append("Relations between claims are links: a claim that denies, confirms or contradicts another says so under its text.</p>\n");
    if (v.ranked.isEmpty()) {
      b.append("<p class=\"muted\">Every claim found is an outlet's own background sentence (below).</p>\n");
    } else {
      List<LedgerClaim> rows = v.ranked.subList(0, Math.min(v.ranked.size(), v.config.matrixClaims()));
      matrix(b, v, rows);
      rest(b, v);
    }
    background(b, v);
  }

  // ---------------------------------------------------------------- the matrix

  private static void matrix(StringBuilder b, EventView v, List<LedgerClaim> rows) {
    List<String> all = outlets(v);
    List<String> columns = columns(all, rows, v.config.outletColumns());
    Set<String> shownColumns = new LinkedHashSet<>(columns);
    boolean others = columns.size() < all.size();
    if (rows.size() < v.ranked.size()) {
      b.append("<p class=\"note\">The matrix shows the ").append(rows.size()).append(" claims ranked first of ")
          .append(v.ranked.size()).append("; the others follow one line each.</p>\n");
    }
    if (others) {
      b.append("<p class=\"note\">Columns for the ").append(columns.size()).append(" outlets carrying the most of these claims; ")
          .append(all.size() - columns.size()).append(" other outlets are counted in the last column.</p>\n");
    }
    b.append("<table class=\"matrix\">\n<caption class=\"sr-only\">Claims of event ").append(text(v.event.id()))
        .append(" by outlet, in rank order</caption>\n<thead><tr>")
        .append("<th scope=\"col\" title=\"rank\">#</th><th scope=\"col\">Status</th><th scope=\"col\">Claimant</th><th scope=\"col\">Claim</th>");
    for (String o : columns) {
      b.append("<th scope=\"col\" class=\"outlet\">").append(text(o)).append("</th>");
    }
    if (others) {
      b.append("<th scope=\"col\" class=\"outlet\">Other outlets</th>");
    }
    b.append("<th scope=\"col\" title=\"independent outlets\">Indep.</th><th scope=\"col\">First seen</th></tr></thead>\n<tbody>\n");
    for (LedgerClaim c : rows) {
      b.append("<tr class=\"claim-row\" id=\"").append(attr(Format.anchor(c.id()))).append("\" data-status=\"")
          .append(attr(c.status().label())).append("\" data-rank=\"").append(c.rank()).append("\">");
      b.append("<td class=\"mark\">").append(c.rank()).append("</td><td>");
      badge(b, c);
      b.append("</td><td>");
      ClaimRenderer.claimant(b, c);
      b.append("</td><td class=\"claim-cell\">");
      ClaimRenderer.details(b, c, v);
      ClaimRenderer.relationSummary(b, c, v);
      b.append("</td>");
      Map<String, List<Evidence>> byOutlet = new HashMap<>();
      for (Evidence s : c.statements()) {
        byOutlet.computeIfAbsent(s.outlet(), k -> new ArrayList<>()).add(s);
      }
      for (String o : columns) {
        cell(b, o, byOutlet.getOrDefault(o, List.of()), v.articles);
      }
      if (others) {
        List<String> rest = c.outlets().stream().filter(o -> !shownColumns.contains(o)).toList();
        b.append("<td class=\"mark\"").append(rest.isEmpty() ? "" : " title=\"" + attr(String.join(", ", rest)) + "\"")
            .append('>').append(rest.isEmpty() ? "" : Integer.toString(rest.size())).append("</td>");
      }
      b.append("<td class=\"mark\">").append(c.independentOutlets()).append("</td><td class=\"small\">")
          .append(c.firstSeen() == null ? "" : text(Format.when(c.firstSeen()))).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  static void badge(StringBuilder b, LedgerClaim c) {
    b.append("<span class=\"badge st-").append(c.status().label()).append("\" title=\"").append(attr(c.statusReason()))
        .append("\">").append(c.status().label()).append("</span>");
  }

  /** The event's outlets, in the order of its articles (earliest first). */
  private static List<String> outlets(EventView v) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String id : v.event.articles()) {
      LedgerArticle a = v.articles.get(id);
      if (a != null) {
        out.add(a.outlet());
      }
    }
    for (LedgerClaim c : v.ranked) { // an outlet of a statement whose article the event does not list
      out.addAll(c.outlets());
    }
    return List.copyOf(out);
  }

  /** At most {@code max} outlets: those carrying the most of the rows' claims, kept in the event's order. */
  private static List<String> columns(List<String> outlets, List<LedgerClaim> rows, int max) {
    if (outlets.size() <= max) {
      return outlets;
    }
    Map<String, Integer> carried = new LinkedHashMap<>();
    for (String o : outlets) {
      carried.put(o, 0);
    }
    for (LedgerClaim c : rows) {
      for (String o : c.outlets()) {
        carried.merge(o, 1, Integer::sum);
      }
    }
    List<String> top = new ArrayList<>(outlets);
    top.sort((x, y) -> Integer.compare(carried.get(y), carried.get(x))); // stable: event order on ties
    Set<String> keep = new LinkedHashSet<>(top.subList(0, max));
    return outlets.stream().filter(keep::contains).toList();
  }

  private static void cell(StringBuilder b, String outlet, List<Evidence> here, Map<String, LedgerArticle> articles) {
    if (here.isEmpty()) {
      b.append("<td class=\"mark\"><span class=\"sr-only\">not reported</span></td>");
      return;
    }
    LinkedHashSet<String> stances = new LinkedHashSet<>();
    boolean hedged = false;
    boolean syndicated = false;
    for (Evidence s : here) {
      stances.add(Format.verb(s.stance()));
      hedged |= !s.hedges().isEmpty();
      LedgerArticle a = articles.get(s.articleId());
      syndicated |= a != null && a.syndicationOf() != null;
    }
    String label = String.join(", ", stances);
    b.append("<td class=\"mark\" title=\"").append(attr(outlet + ": " + label + (hedged ? ", hedged" : "")))
        .append("\"><span class=\"stance").append(stances.contains("denies") ? " deny" : "").append("\">")
        .append(text(label)).append("</span>");
    if (hedged) {
      b.append(" <span class=\"hedged\" aria-label=\"hedged\">?</span>");
    }
    if (syndicated) {
      b.append(" <span aria-label=\"syndicated copy\">&#8801;</span>");
    }
    b.append("</td>");
  }

  // ---------------------------------------------------------------- past the matrix

  /** Claims ranked after the matrix, one line each, collapsed; past the list's bound, a count. */
  private static void rest(StringBuilder b, EventView v) {
    int from = v.config.matrixClaims();
    if (v.ranked.size() <= from) {
      return;
    }
    int to = Math.min(v.ranked.size(), from + v.config.listedClaims());
    if (to > from) {
      b.append("<details class=\"more-claims\"><summary>Further claims, ranked after the matrix (").append(to - from)
          .append(")</summary>\n<ol class=\"claim-list\" start=\"").append(from + 1).append("\">\n");
      for (LedgerClaim c : v.ranked.subList(from, to)) {
        line(b, c, v);
      }
      b.append("</ol></details>\n");
    }
    if (to < v.ranked.size()) {
      b.append("<p class=\"note\">").append(v.ranked.size() - to)
          .append(" more claims are not shown on this page; claims.csv and ledger.json hold every claim.</p>\n");
    }
  }

  private static void line(StringBuilder b, LedgerClaim c, EventView v) {
    b.append("<li class=\"claim-line\" id=\"").append(attr(Format.anchor(c.id()))).append("\" data-status=\"")
        .append(attr(c.status().label())).append("\" data-rank=\"").append(c.rank()).append("\">");
    badge(b, c);
    b.append(" <strong>").append(text(v.shortId(c.id()))).append("</strong> ");
    ClaimRenderer.claimant(b, c);
    b.append(": <q>").append(text(c.text())).append("</q> <span class=\"muted small\">(")
        .append(text(String.join(", ", c.outlets()))).append("; ").append(c.independentOutlets())
        .append(" independent)</span>");
    ClaimRenderer.relationSummary(b, c, v);
    b.append("</li>\n");
  }

  // ---------------------------------------------------------------- background

  /** The outlets' own background sentences, apart and collapsed: each with its outlets and sentences. */
  private static void background(StringBuilder b, EventView v) {
    if (v.background.isEmpty()) {
      return;
    }
    int shown = Math.min(v.background.size(), v.config.listedClaims());
    b.append("<details class=\"background\" id=\"").append(attr(Format.anchor(v.event.id()) + "-background"))
        .append("\"><summary>Background sentences of the outlets (").append(v.background.size())
        .append(")</summary>\n<p class=\"small muted\">Sentences in an outlet's own voice that set the scene: ")
        .append("carried by one outlet, not contested, not about the event's main actors.</p>\n");
    if (shown > 0) {
      b.append("<table class=\"background-claims\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Outlet</th>")
          .append("<th scope=\"col\">Sentence</th><th scope=\"col\">First seen</th></tr></thead>\n<tbody>\n");
      for (LedgerClaim c : v.background.subList(0, shown)) {
        b.append("<tr class=\"background-row\" id=\"").append(attr(Format.anchor(c.id()))).append("\" data-rank=\"")
            .append(c.rank()).append("\"><td class=\"mark\">").append(c.rank()).append("</td><td>")
            .append(text(String.join(", ", c.outlets()))).append("</td><td>");
        ClaimRenderer.details(b, c, v);
        ClaimRenderer.relationSummary(b, c, v);
        b.append("</td><td class=\"small\">").append(c.firstSeen() == null ? "" : text(Format.when(c.firstSeen())))
            .append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    if (shown < v.background.size()) {
      b.append("<p class=\"note\">").append(v.background.size() - shown)
          .append(" more background sentences are not shown on this page; claims.csv and ledger.json hold them.</p>\n");
    }
    b.append("</details>\n");
  }
}
