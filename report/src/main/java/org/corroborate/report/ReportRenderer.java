package org.corroborate.report;

import static org.corroborate.report.Html.attr;
import static org.corroborate.report.Html.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.ledger.ClaimStatus;
import org.corroborate.ledger.Disagreement;
import org.corroborate.ledger.Evidence;
import org.corroborate.ledger.Framing;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerArticle;
import org.corroborate.ledger.LedgerClaim;
import org.corroborate.ledger.LedgerEvent;
import org.corroborate.model.Hedge;
import org.corroborate.model.Rejection;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * Renders a {@link Ledger} as one self-contained HTML page for a person: no network, no external file,
 * inline CSS and one small inline script (expand/collapse all), locked down by a Content Security
 * Policy that allows only that script (by hash) and inline styles. Per event: the outlets on a
 * timeline, the claims × outlets matrix (contested and unconfirmed first, as the ledger orders them),
 * each claim expandable to its sentences with claimant, cue, content and hedges highlighted, the
 * disagreements and the framing table. All input text is escaped with {@link Html}. Stateless.
 */
public final class ReportRenderer {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /**
   * A time for a person: the day alone at midnight UTC, which is how a publication date known only
   * to the day is stored ("2023-05-22", not "2023-05-22 00:00 UTC"), else day, hour and minute.
   */
  static String when(java.time.Instant t) {
    return t.getEpochSecond() % 86_400 == 0 && t.getNano() == 0 ? DAY.format(t) : TIME.format(t);
  }

  private static final String SCRIPT = """
      document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('button[data-toggle]').forEach(function (b) {
          b.addEventListener('click', function () {
            var open = b.getAttribute('data-toggle') === 'open';
            document.querySelectorAll('details.claim').forEach(function (d) { d.open = open; });
          });
        });
      });
      """;

  private static final String CSS = """
      :root { --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#fff; --soft:#f6f8fa;
        --contested:#b42318; --unconfirmed:#9a6700; --corroborated:#1a7f37; --single:#57606a; }
      * { box-sizing: border-box; }
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
        background: var(--bg); margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 1400px; }
      h1 { font-size: 1.6rem; margin: .2rem 0 .3rem; } h2 { font-size: 1.3rem; margin: 2rem 0 .3rem; }
      h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
      .muted { color: var(--muted); } .small { font-size: .85rem; }
      nav ul { padding-left: 1.2rem; } section.event { border-top: 3px solid var(--fg); margin-top: 2rem; }
      table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
      th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
      thead th { background: var(--soft); position: sticky; top: 0; }
      td.mark { text-align: center; white-space: nowrap; }
      .badge { display: inline-block; border-radius: 1rem; padding: 0 .55rem; font-size: .8rem; font-weight: 600;
        color: #fff; white-space: nowrap; }
      .st-contested { background: var(--contested); } .st-unconfirmed { background: var(--unconfirmed); }
      .st-corroborated { background: var(--corroborated); } .st-single-source { background: var(--single); }
      .counts span { margin-right: .8rem; }
      .timeline { position: relative; height: 2.2rem; margin: .6rem 1rem 0; border-bottom: 2px solid var(--line); }
      .timeline .dot { position: absolute; bottom: -7px; width: 12px; height: 12px; margin-left: -6px; border-radius: 50%;
        background: var(--fg); }
      .timeline .dot .n { position: absolute; bottom: 14px; left: 50%; transform: translateX(-50%); font-size: .75rem;
        color: var(--muted); }
      .timeline .dot.synd { background: #fff; border: 2px solid var(--fg); }
      .articles li { margin: .15rem 0; }
      details.claim summary { cursor: pointer; }
      details.claim[open] summary { font-weight: 600; }
      .evidence { margin: .5rem 0 .2rem; padding: .4rem .6rem; background: var(--soft); border-left: 3px solid var(--line); }
      .evidence .meta { font-size: .82rem; color: var(--muted); }
      mark { padding: 0 .1rem; border-radius: 2px; }
      mark.m-claimant { background: #ddf4ff; } mark.m-cue { background: #fbefff; font-weight: 600; }
      mark.m-content { background: #fff8c5; } mark.m-hedge { background: #ffebe9; text-decoration: underline dotted; }
      mark.m-channel { background: #dafbe1; }
      .legend mark { margin-right: .5rem; }
      .stance { font-weight: 700; } .stance.deny { color: var(--contested); } .hedged { color: var(--unconfirmed); }
      .contest { border-left: 3px solid var(--contested); padding-left: .5rem; }
      .words { margin: 0; padding-left: 1rem; } .problems li { font-family: ui-monospace, monospace; font-size: .85rem; }
      button { font: inherit; margin-right: .4rem; padding: .15rem .6rem; }
      .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      """;

  private ReportRenderer() {}

  /** Writes the report to {@code file} (UTF-8), creating parent folders. */
  public static void render(Ledger ledger, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, renderToString(ledger), StandardCharsets.UTF_8);
  }

  public static String renderToString(Ledger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    Map<String, LedgerArticle> articles = new LinkedHashMap<>();
    for (LedgerArticle a : ledger.articles()) {
      articles.put(a.id(), a);
    }
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '")
        .append(sha256(SCRIPT)).append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>Corroborate ledger</title>\n<style>").append(CSS).append("</style>\n")
        .append("<script>").append(SCRIPT).append("</script>\n</head>\n<body>\n");
    b.append("<header>\n<h1>Corroborate ledger</h1>\n<p class=\"muted\">")
        .append(ledger.events().size()).append(plural(ledger.events().size(), " event", " events")).append(", ")
        .append(ledger.articles().size()).append(plural(ledger.articles().size(), " article", " articles"))
        .append(". Schema version ").append(text(ledger.schemaVersion()))
        .append(". A claim's status describes its reporting (who carries it, who disputes it), not its truth.</p>\n");
    b.append("<p><button type=\"button\" data-toggle=\"open\">Expand all claims</button>")
        .append("<button type=\"button\" data-toggle=\"close\">Collapse all claims</button></p>\n");
    legend(b);
    if (ledger.events().size() > 1) {
      b.append("<nav aria-label=\"Events\"><h2>Events</h2><ul>\n");
      for (LedgerEvent e : ledger.events()) {
        b.append("<li><a href=\"#").append(attr(anchor(e.id()))).append("\">").append(text(title(e))).append("</a> ")
            .append("<span class=\"muted small\">(").append(e.claims().size()).append(" claims)</span></li>\n");
      }
      b.append("</ul></nav>\n");
    }
    b.append("</header>\n<main>\n");
    for (LedgerEvent e : ledger.events()) {
      event(b, e, articles);
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
            + "&#8801; a syndicated copy.</p>\n");
  }

  // ---------------------------------------------------------------- one event

  private static void event(StringBuilder b, LedgerEvent e, Map<String, LedgerArticle> articles) {
    b.append("<section class=\"event\" id=\"").append(attr(anchor(e.id()))).append("\" aria-labelledby=\"")
        .append(attr(anchor(e.id()) + "-h")).append("\">\n<h2 id=\"").append(attr(anchor(e.id()) + "-h")).append("\">")
        .append(text(title(e))).append("</h2>\n<p class=\"muted\">Event ").append(text(e.id())).append(" &middot; ")
        .append(e.articles().size()).append(plural(e.articles().size(), " article", " articles"));
    if (e.start() != null) {
      b.append(" &middot; ").append(when(e.start()));
      if (!e.end().equals(e.start())) {
        b.append(" to ").append(when(e.end()));
      }
    }
    b.append("</p>\n");
    if (!e.places().isEmpty() || !e.actors().isEmpty()) {
      b.append("<p class=\"small\">");
      if (!e.places().isEmpty()) {
        b.append("<strong>Places:</strong> ").append(text(joinNames(e.places(), 8))).append(". ");
      }
      if (!e.actors().isEmpty()) {
        b.append("<strong>Actors:</strong> ").append(text(joinNames(e.actors(), 10))).append('.');
      }
      b.append("</p>\n");
    }
    Map<ClaimStatus, Integer> counts = new EnumMap<>(ClaimStatus.class);
    for (LedgerClaim c : e.claims()) {
      counts.merge(c.status(), 1, Integer::sum);
    }
    b.append("<p class=\"counts\">");
    for (ClaimStatus s : ClaimStatus.values()) {
      b.append("<span><span class=\"badge st-").append(s.label()).append("\">").append(s.label()).append("</span> ")
          .append(counts.getOrDefault(s, 0)).append("</span>");
    }
    b.append("</p>\n");
    timeline(b, e, articles);
    List<String> outlets = outlets(e, articles);
    matrix(b, e, outlets, articles);
    disagreements(b, e);
    framing(b, e);
    b.append("</section>\n");
  }

  private static void timeline(StringBuilder b, LedgerEvent e, Map<String, LedgerArticle> articles) {
    b.append("<h3>Outlets on a timeline</h3>\n");
    Instant start = e.start();
    Instant end = e.end();
    long span = start == null ? 0 : Math.max(1, Duration.between(start, end).toSeconds());
    if (start != null) {
      b.append("<div class=\"timeline\" aria-hidden=\"true\">");
      int number = 0;
      for (String id : e.articles()) {
        LedgerArticle a = articles.get(id);
        number++;
        if (a == null || a.published() == null) {
          continue;
        }
        double x = 100.0 * Duration.between(start, a.published()).toSeconds() / span;
        b.append("<span class=\"dot").append(a.syndicationOf() != null ? " synd" : "").append("\" style=\"left:")
            .append(String.format(java.util.Locale.ROOT, "%.2f", x)).append("%\" title=\"")
            .append(attr(a.outlet() + ", " + when(a.published()))).append("\"><span class=\"n\">")
            .append(number).append("</span></span>");
      }
      b.append("</div>\n");
    }
    b.append("<ol class=\"articles\">\n");
    for (String id : e.articles()) {
      LedgerArticle a = articles.get(id);
      if (a == null) {
        continue;
      }
      b.append("<li><time").append(a.published() == null ? ">unknown time"
              : " datetime=\"" + attr(a.published().toString()) + "\">" + text(when(a.published())))
          .append("</time> &middot; <strong>").append(text(a.outlet())).append("</strong>: <span class=\"article-title\">")
          .append(text(a.title().isEmpty() ? "(no title)" : a.title())).append("</span>");
      if (a.syndicationOf() != null) {
        LedgerArticle orig = articles.get(a.syndicationOf());
        b.append(" <span class=\"muted small\">&#8801; syndicated copy of ")
            .append(text(orig == null ? a.syndicationOf() : orig.outlet())).append("</span>");
      }
      b.append(" <span class=\"muted small\">[").append(text(a.id())).append("]</span></li>\n");
    }
    b.append("</ol>\n");
  }

  private static List<String> outlets(LedgerEvent e, Map<String, LedgerArticle> articles) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String id : e.articles()) {
      LedgerArticle a = articles.get(id);
      if (a != null) {
        out.add(a.outlet());
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- the claims matrix

  private static void matrix(StringBuilder b, LedgerEvent e, List<String> outlets, Map<String, LedgerArticle> articles) {
    b.append("<h3>Claims &times; outlets</h3>\n");
    if (e.claims().isEmpty()) {
      b.append("<p class=\"muted\">No claims were found in these articles.</p>\n");
      return;
    }
    b.append("<table class=\"matrix\">\n<caption class=\"sr-only\">Claims of event ").append(text(e.id()))
        .append(" by outlet; contested and unconfirmed claims first</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Status</th><th scope=\"col\">Claimant</th><th scope=\"col\">Claim</th>");
    for (String o : outlets) {
      b.append("<th scope=\"col\">").append(text(o)).append("</th>");
    }
    b.append("<th scope=\"col\" title=\"independent outlets\">Indep.</th><th scope=\"col\">First seen</th></tr></thead>\n<tbody>\n");
    for (LedgerClaim c : e.claims()) {
      b.append("<tr class=\"claim-row\" id=\"").append(attr(anchor(c.id()))).append("\" data-status=\"")
          .append(attr(c.status().label())).append("\">");
      b.append("<td><span class=\"badge st-").append(c.status().label()).append("\" title=\"").append(attr(c.statusReason()))
          .append("\">").append(c.status().label()).append("</span></td>");
      b.append("<td>").append(text(c.claimant().name()));
      if (!"named".equals(c.claimant().kind())) {
        b.append(" <span class=\"muted small\">(").append("author".equals(c.claimant().kind()) ? "own voice" : "unnamed")
            .append(")</span>");
      }
      b.append("</td>");
      b.append("<td>");
      claimDetails(b, c, articles, e);
      b.append("</td>");
      for (String o : outlets) {
        cell(b, c, o, articles);
      }
      b.append("<td class=\"mark\">").append(c.independentOutlets()).append("</td><td class=\"small\">")
          .append(c.firstSeen() == null ? "" : text(when(c.firstSeen()))).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  private static void cell(StringBuilder b, LedgerClaim c, String outlet, Map<String, LedgerArticle> articles) {
    List<Evidence> here = c.statements().stream().filter(s -> s.outlet().equals(outlet)).toList();
    if (here.isEmpty()) {
      b.append("<td class=\"mark\"><span class=\"sr-only\">not reported</span></td>");
      return;
    }
    LinkedHashSet<String> stances = new LinkedHashSet<>();
    boolean hedged = false;
    boolean syndicated = false;
    for (Evidence s : here) {
      stances.add(verb(s.stance()));
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

  private static void claimDetails(StringBuilder b, LedgerClaim c, Map<String, LedgerArticle> articles, LedgerEvent e) {
    b.append("<details class=\"claim\"><summary>").append(text(c.text())).append("</summary>\n");
    b.append("<p class=\"small\"><strong>").append(text(c.id())).append("</strong> &middot; stance ")
        .append(text(c.stance().name().toLowerCase(java.util.Locale.ROOT))).append(" &middot; ")
        .append(text(c.statusReason()));
    if (!c.channels().isEmpty()) {
      b.append(" &middot; via ").append(text(String.join(", ", c.channels())));
    }
    if (!c.contestedBy().isEmpty()) {
      b.append(" &middot; contested by ");
      links(b, c.contestedBy());
    }
    if (!c.contests().isEmpty()) {
      b.append(" &middot; contests ");
      links(b, c.contests());
    }
    if (c.sourceGroups().size() < c.outlets().size()) {
      List<String> groups = new ArrayList<>();
      for (List<String> g : c.sourceGroups()) {
        groups.add(String.join(" = ", g));
      }
      b.append(" &middot; independent sources: ").append(text(String.join(" | ", groups)));
    }
    b.append("</p>\n");
    for (String id : c.contestedBy()) {
      e.claims().stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(x ->
          b.append("<p class=\"small contest\"><strong>").append(text(x.claimant().name())).append(' ')
              .append(text(verb(x.stance()))).append(":</strong> <q>").append(text(x.text())).append("</q> (")
              .append(text(String.join(", ", x.outlets()))).append(")</p>\n"));
    }
    for (Evidence s : c.statements()) {
      LedgerArticle a = articles.get(s.articleId());
      b.append("<div class=\"evidence\"><div class=\"meta\"><strong>").append(text(s.outlet())).append("</strong>");
      if (a != null && a.published() != null) {
        b.append(" &middot; ").append(text(when(a.published())));
      }
      b.append(" &middot; sentence ").append(s.sentenceIndex() + 1);
      if (s.cueText() != null) {
        b.append(" &middot; cue \u201c").append(text(s.cueText())).append("\u201d");
      }
      if (s.channel() != null) {
        b.append(" &middot; channel ").append(text(s.channel()));
      }
      for (Hedge h : s.hedges()) {
        b.append(" &middot; ").append(text(h.kind())).append(" \u201c").append(text(h.text())).append("\u201d");
      }
      b.append(" &middot; article ").append(text(s.articleId())).append(" chars ").append(s.content().start())
          .append("&ndash;").append(s.content().end()).append("</div>\n<blockquote class=\"sentence\">")
          .append(Html.highlight(s.sentenceText(), marks(s))).append("</blockquote></div>\n");
    }
    b.append("</details>");
  }

  private static List<Html.Mark> marks(Evidence s) {
    int base = s.sentence().start();
    List<Html.Mark> out = new ArrayList<>();
    add(out, s.content(), base, "m-content", "content", 1);
    add(out, s.claimant(), base, "m-claimant", "claimant", 2);
    add(out, s.cue(), base, "m-cue", "cue", 3);
    for (Hedge h : s.hedges()) {
      add(out, h.span(), base, "m-hedge", h.kind(), 4);
    }
    return out;
  }

  private static void add(List<Html.Mark> out, Span span, int base, String css, String label, int priority) {
    if (span != null) {
      out.add(new Html.Mark(span.start() - base, span.end() - base, css, label, priority));
    }
  }

  private static void links(StringBuilder b, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append("<a href=\"#").append(attr(anchor(ids.get(i)))).append("\">").append(text(ids.get(i))).append("</a>");
    }
  }

  // ---------------------------------------------------------------- disagreements and framing

  private static void disagreements(StringBuilder b, LedgerEvent e) {
    List<Disagreement> main = e.disagreements().stream().filter(d -> !d.kind().equals("single-outlet")).toList();
    List<Disagreement> single = e.disagreements().stream().filter(d -> d.kind().equals("single-outlet")).toList();
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
          links(b, List.of(it.value()));
          b.append(": ").append(text(it.text())).append("</li>\n");
        }
        b.append("</ul></li>\n");
      }
      b.append("</ul></details>\n");
    }
  }

  private static void framing(StringBuilder b, LedgerEvent e) {
    b.append("<h3>How outlets describe the main actors</h3>\n");
    if (e.framing().isEmpty()) {
      b.append("<p class=\"muted\">No descriptions of actors were found.</p>\n");
      return;
    }
    List<String> outlets = e.framing().get(0).outlets().stream().map(Framing.OutletWords::outlet).toList();
    b.append("<table class=\"framing\">\n<caption class=\"sr-only\">Words each outlet uses for each main actor</caption>\n")
        .append("<thead><tr><th scope=\"col\">Actor</th>");
    for (String o : outlets) {
      b.append("<th scope=\"col\">").append(text(o)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Framing f : e.framing()) {
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

  // ---------------------------------------------------------------- helpers

  static String verb(Stance s) {
    return switch (s) {
      case ASSERT -> "says";
      case CLAIM -> "claims";
      case DENY -> "denies";
      case CONFIRM -> "confirms";
      case ALLEGE -> "alleges";
      case REPORT -> "reports";
      case PREDICT -> "predicts";
      case BELIEVE -> "believes";
    };
  }

  private static String title(LedgerEvent e) {
    return e.title().isBlank() ? "Event " + e.id() : e.title();
  }

  private static String joinNames(List<LedgerEvent.Actor> actors, int max) {
    List<String> names = actors.stream().limit(max).map(LedgerEvent.Actor::name).toList();
    return String.join(", ", names) + (actors.size() > max ? ", ..." : "");
  }

  /** An id usable as a fragment: anything but letters, digits, '-', '_' and '.' becomes '_'. */
  static String anchor(String id) {
    return "id-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }

  static String sha256(String script) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
