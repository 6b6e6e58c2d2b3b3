package org.corroborate.report;

import static org.corroborate.report.Html.attr;
import static org.corroborate.report.Html.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.ledger.Evidence;
import org.corroborate.ledger.LedgerArticle;
import org.corroborate.ledger.LedgerClaim;
import org.corroborate.model.Hedge;
import org.corroborate.model.Span;

/**
 * One claim for a person: its claimant (the principal, "via" the speakers as written when they differ),
 * its relations to other claims in both directions ("denies C3: ...", "denied by C7: ...") with the two
 * statements' sentences as evidence, and its own sentences with claimant, cue, content and hedges
 * highlighted. All article text goes through {@link Html}. Stateless.
 */
final class ClaimRenderer {
  private ClaimRenderer() {}

  /** The claimant: the principal, then "via" the speakers as written when they are not the principal. */
  static void claimant(StringBuilder b, LedgerClaim c) {
    LedgerClaim.ClaimantRef who = c.claimant();
    b.append("<span class=\"principal\">").append(text(who.name())).append("</span>");
    if (!"named".equals(who.kind())) {
      b.append(" <span class=\"muted small\">(").append("author".equals(who.kind()) ? "own voice" : "unnamed").append(")</span>");
    }
    List<String> via = speakers(who);
    if (!via.isEmpty()) {
      b.append(" <span class=\"via small\">via ").append(text(String.join(", ", via))).append("</span>");
    }
  }

  /** The speakers that differ from the principal's name (case and spacing aside), in the ledger's order. */
  static List<String> speakers(LedgerClaim.ClaimantRef who) {
    String name = fold(who.name());
    List<String> out = new ArrayList<>();
    for (String s : who.speakers()) {
      if (!s.isBlank() && !fold(s).equals(name) && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String fold(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * One line under a claim's text, visible without expanding it: which claims it denies, confirms or
   * contradicts and which claims do so to it, as links. Nothing when it has no relation.
   */
  static void relationSummary(StringBuilder b, LedgerClaim c, EventView v) {
    List<EventView.Incoming> in = v.incoming(c.id());
    if (c.relations().isEmpty() && in.isEmpty()) {
      return;
    }
    b.append("<div class=\"rel-summary small\">");
    String sep = "";
    for (LedgerClaim.Relation r : c.relations()) {
      b.append(sep).append("<span class=\"rel-").append(r.type()).append("\">").append(r.type()).append("</span> ");
      v.link(b, r.claim());
      sep = " &middot; ";
    }
    for (EventView.Incoming i : in) {
      b.append(sep).append("<span class=\"rel-").append(i.relation().type()).append("\">")
          .append(Format.passive(i.relation().type())).append("</span> ");
      v.link(b, i.from().id());
      sep = " &middot; ";
    }
    b.append("</div>");
  }

  /** The claim's text as the summary of an expandable element holding its facts, relations and sentences. */
  static void details(StringBuilder b, LedgerClaim c, EventView v) {
    b.append("<details class=\"claim\"><summary>").append(text(c.text())).append("</summary>\n");
    b.append("<p class=\"small\"><strong>").append(text(c.id())).append("</strong> &middot; rank ").append(c.rank())
        .append(" &middot; stance ").append(text(c.stance().name().toLowerCase(Locale.ROOT))).append(" &middot; ")
        .append(text(c.statusReason()));
    if (!c.channels().isEmpty()) {
      b.append(" &middot; through ").append(text(String.join(", ", c.channels())));
    }
    if (c.sourceGroups().size() < c.outlets().size()) {
      List<String> groups = new ArrayList<>();
      for (List<String> g : c.sourceGroups()) {
        groups.add(String.join(" = ", g));
      }
      b.append(" &middot; independent sources: ").append(text(String.join(" | ", groups)));
    }
    b.append("</p>\n");
    boolean related = relations(b, c, v);
    int shown = Math.min(c.statements().size(), v.config.sentencesPerClaim());
    if (related) {
      b.append("<p class=\"small muted own\">The sentences that carry ").append(text(v.shortId(c.id()))).append(" (")
          .append(c.statements().size()).append("):</p>\n");
    }
    for (int i = 0; i < shown; i++) {
      Evidence s = c.statements().get(i);
      evidence(b, s, v, null);
    }
    if (shown < c.statements().size()) {
      b.append("<p class=\"muted small\">").append(c.statements().size() - shown)
          .append(" more sentences carry this claim (ledger.json lists them all).</p>\n");
    }
    b.append("</details>");
  }

  /**
   * Its relations, each way, with evidence; then the contest links the ledger gives without a relation
   * (the claims that deny or contradict it, with the denial's words), so none is lost. True when it
   * wrote anything.
   */
  private static boolean relations(StringBuilder b, LedgerClaim c, EventView v) {
    Set<String> related = new HashSet<>();
    List<EventView.Incoming> in = v.incoming(c.id());
    int max = v.config.relationsPerClaim();
    if (!c.relations().isEmpty() || !in.isEmpty()) {
      b.append("<div class=\"relations\">\n");
      for (int i = 0; i < c.relations().size(); i++) {
        LedgerClaim.Relation r = c.relations().get(i);
        related.add(r.claim());
        if (i < max) {
          relation(b, r.type(), r, v.claim(r.claim()), r.claim(), v);
        }
      }
      more(b, c.relations().size() - max, "relations from this claim");
      for (int i = 0; i < in.size(); i++) {
        EventView.Incoming x = in.get(i);
        related.add(x.from().id());
        if (i < max) {
          relation(b, Format.passive(x.relation().type()), x.relation(), x.from(), x.from().id(), v);
        }
      }
      more(b, in.size() - max, "relations to this claim");
      b.append("</div>\n");
    }
    List<String> contestedBy = c.contestedBy().stream().filter(id -> !related.contains(id)).toList();
    List<String> contests = c.contests().stream().filter(id -> !related.contains(id)).toList();
    if (!contestedBy.isEmpty() || !contests.isEmpty()) {
      b.append("<p class=\"small\">");
      if (!contestedBy.isEmpty()) {
        b.append("contested by ");
        v.links(b, contestedBy);
      }
      if (!contests.isEmpty()) {
        b.append(contestedBy.isEmpty() ? "" : " &middot; ").append("contests ");
        v.links(b, contests);
      }
      b.append("</p>\n");
    }
    for (String id : contestedBy.subList(0, Math.min(contestedBy.size(), max))) {
      LedgerClaim x = v.claim(id);
      if (x != null) {
        b.append("<p class=\"small contest\"><strong>").append(text(x.claimant().name())).append(' ')
            .append(text(Format.verb(x.stance()))).append(":</strong> <q>").append(text(x.text())).append("</q> (")
            .append(text(String.join(", ", x.outlets()))).append(")</p>\n");
      }
    }
    return !related.isEmpty() || !contestedBy.isEmpty() || !contests.isEmpty();
  }

  private static void more(StringBuilder b, int n, String what) {
    if (n > 0) {
      b.append("<p class=\"muted small\">").append(n).append(" more ").append(what).append(" (ledger.json lists them all).</p>\n");
    }
  }

  /**
   * One relation as a person reads it: "denies C3: claimant: text" (or "denied by C7: ..."), the reason,
   * and the two statements' sentences, each labelled with its claim.
   */
  private static void relation(StringBuilder b, String label, LedgerClaim.Relation r, LedgerClaim other,
      String otherId, EventView v) {
    b.append("<div class=\"relation rel-").append(r.type()).append("\" data-type=\"").append(attr(label))
        .append("\" data-claim=\"").append(attr(otherId)).append("\"><p><span class=\"rel-type\">").append(text(label))
        .append("</span> ");
    v.link(b, otherId);
    if (other != null) {
      b.append(": <strong>").append(text(other.claimant().name())).append("</strong>: <q>").append(text(other.text()))
          .append("</q>");
    }
    b.append("</p>\n");
    if (!r.reason().isBlank()) {
      b.append("<p class=\"rel-reason small\">").append(text(r.reason())).append("</p>\n");
    }
    for (String ref : r.evidence()) {
      Evidence s = v.statement(ref);
      if (s == null) {
        b.append("<p class=\"muted small\">statement ").append(text(ref)).append(" is not in this event</p>\n");
        continue;
      }
      evidence(b, s, v, v.owner(ref));
    }
    b.append("</div>\n");
  }

  /**
   * One statement in its sentence: outlet, time, cue, channel, hedges, offsets, and the sentence with
   * the statement's parts highlighted; {@code claimId} labels it when it stands as a relation's evidence.
   */
  static void evidence(StringBuilder b, Evidence s, EventView v, String claimId) {
    LedgerArticle a = v.articles.get(s.articleId());
    b.append("<div class=\"evidence\"><div class=\"meta\">");
    if (claimId != null) {
      b.append("<span class=\"ev-claim\">").append(text(v.shortId(claimId))).append("</span> &middot; ");
    }
    b.append("<strong>").append(text(s.outlet())).append("</strong>");
    if (a != null && a.published() != null) {
      b.append(" &middot; ").append(text(Format.when(a.published())));
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
}
