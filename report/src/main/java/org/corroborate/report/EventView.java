package org.corroborate.report;

import static org.corroborate.report.Html.attr;
import static org.corroborate.report.Html.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.ledger.Evidence;
import org.corroborate.ledger.LedgerArticle;
import org.corroborate.ledger.LedgerClaim;
import org.corroborate.ledger.LedgerEvent;

/**
 * One event prepared for rendering, built once in time linear in its claims, statements and relations:
 * the claims by id, the relations seen from their other end ("denied by"), the statements by their
 * reference ("articleId#statementId", as relation evidence names them), the claims that matter and the
 * background claims in rank order, and where each claim is on the page. A link to a claim is written
 * only when the claim has an element on the page, so every link resolves.
 */
final class EventView {
  /** Where a claim is shown: a full matrix row, a one-line entry, or the background section. */
  enum Place { MATRIX, LISTED, BACKGROUND }

  /** A relation seen from the claim it points to. */
  record Incoming(LedgerClaim from, LedgerClaim.Relation relation) {}

  final LedgerEvent event;
  final Map<String, LedgerArticle> articles;
  final ReportConfig config;
  /** Claims that are not background, rank order (the ledger's order on equal ranks). */
  final List<LedgerClaim> ranked;
  final List<LedgerClaim> background;
  private final Map<String, LedgerClaim> byId = new HashMap<>();
  private final Map<String, List<Incoming>> incoming = new HashMap<>();
  private final Map<String, Evidence> statements = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();

  EventView(LedgerEvent event, Map<String, LedgerArticle> articles, ReportConfig config) {
    this.event = event;
    this.articles = articles;
    this.config = config;
    List<LedgerClaim> main = new ArrayList<>();
    List<LedgerClaim> bg = new ArrayList<>();
    for (LedgerClaim c : event.claims()) {
      byId.putIfAbsent(c.id(), c);
      (c.background() ? bg : main).add(c);
      for (Evidence s : c.statements()) {
        statements.putIfAbsent(ref(s), s);
        owners.putIfAbsent(ref(s), c.id());
      }
    }
    for (LedgerClaim c : event.claims()) {
      for (LedgerClaim.Relation r : c.relations()) {
        incoming.computeIfAbsent(r.claim(), k -> new ArrayList<>()).add(new Incoming(c, r));
      }
    }
    Comparator<LedgerClaim> byRank = Comparator.comparingInt(LedgerClaim::rank); // stable: ledger order on ties
    main.sort(byRank);
    bg.sort(byRank);
    this.ranked = List.copyOf(main);
    this.background = List.copyOf(bg);
    for (int i = 0; i < ranked.size() && i < config.matrixClaims() + config.listedClaims(); i++) {
      places.put(ranked.get(i).id(), i < config.matrixClaims() ? Place.MATRIX : Place.LISTED);
    }
    for (int i = 0; i < background.size() && i < config.listedClaims(); i++) {
      places.put(background.get(i).id(), Place.BACKGROUND);
    }
  }

  /** The reference relation evidence uses for a statement: article id, '#', statement id. */
  static String ref(Evidence s) {
    return s.articleId() + "#" + s.statementId();
  }

  LedgerClaim claim(String id) {
    return byId.get(id);
  }

  Evidence statement(String ref) {
    return statements.get(ref);
  }

  /** The id of the claim a statement belongs to, or null. */
  String owner(String ref) {
    return owners.get(ref);
  }

  List<Incoming> incoming(String claimId) {
    return incoming.getOrDefault(claimId, List.of());
  }

  boolean onPage(String claimId) {
    return places.containsKey(claimId);
  }

  String shortId(String claimId) {
    return Format.shortId(claimId, event.id());
  }

  /** A link to a claim's element, or its id as plain text when the claim is not on the page. */
  void link(StringBuilder b, String claimId) {
    if (onPage(claimId)) {
      b.append("<a class=\"claim-link\" href=\"#").append(attr(Format.anchor(claimId))).append("\" title=\"")
          .append(attr(claimId)).append("\">").append(text(shortId(claimId))).append("</a>");
    } else {
      b.append("<span class=\"claim-ref\" title=\"").append(attr(claimId + ": not on this page; see claims.csv"))
          .append("\">").append(text(shortId(claimId))).append("</span>");
    }
  }

  void links(StringBuilder b, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      link(b, ids.get(i));
    }
  }
}
