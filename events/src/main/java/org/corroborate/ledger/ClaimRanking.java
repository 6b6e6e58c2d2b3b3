package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last step of an event's claims: contradictions from its number and date disagreements become
 * relations between claims ("contradicts", which makes both contested), then the claims are ranked
 * and numbered.
 *
 * <p>How claims are ranked: first the claims that matter, then the outlets' background sentences
 * ({@link LedgerClaim#background()}: an outlet's own voice, one independent outlet, no relation to
 * another claim, not marked unverified). Within each, by status (contested, unconfirmed, corroborated,
 * single-source), then by independent outlets (most first), then by how prominent the claimant is in
 * the event (the articles its actor figures in), then by first seen. Ids follow the rank (C1 is rank
 * 1); every reference (contested by, contests, relations, disagreements) is renumbered with them.
 */
final class ClaimRanking {
  private ClaimRanking() {}

  record Ranked(List<LedgerClaim> claims, List<Disagreement> disagreements) {}

  /**
   * @param actorArticles for each ledger entity id, the articles of the event it figures in
   */
  static Ranked rank(String eventId, List<LedgerClaim> claims, List<Disagreement> disagreements,
      Map<String, Integer> actorArticles) {
    Map<String, Mutable> byId = new LinkedHashMap<>();
    for (LedgerClaim c : claims) {
      byId.put(c.id(), new Mutable(c));
    }
    Map<String, List<Held>> byArticle = new HashMap<>(); // the claims' statements by article, read once
    for (LedgerClaim c : claims) {
      Set<String> terms = org.corroborate.claims.Terms.contentTerms(c.text());
      for (Evidence e : c.statements()) {
        byArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(new Held(c.id(), terms, e));
      }
    }
    for (Disagreement d : disagreements) {
      if (!d.kind().equals("number") && !d.kind().equals("date")) {
        continue;
      }
      Map<String, String> values = claimsOf(d, byArticle);
      List<String> ids = d.claims().isEmpty() ? List.copyOf(values.keySet()) : d.claims();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          Mutable a = byId.get(ids.get(i));
          Mutable b = byId.get(ids.get(j));
          String va = values.get(ids.get(i));
          if (a == null || b == null || b.contests.contains(a.id) || va != null && va.equals(values.get(ids.get(j)))) {
            continue;
          }
          b.contests.add(a.id);
          a.contestedBy.add(b.id);
          b.relations.add(new LedgerClaim.Relation("contradicts", a.id, d.summary(),
              List.of(ref(b.claim.statements().get(0)), ref(a.claim.statements().get(0)))));
          for (Mutable m : List.of(a, b)) {
            if (m.status != ClaimStatus.CONTESTED) {
              m.status = ClaimStatus.CONTESTED;
              m.reason = "contradicted: " + d.summary() + (m.reason == null ? "" : "; before: " + m.reason);
            }
          }
        }
      }
    }
    List<Mutable> all = new ArrayList<>(byId.values());
    for (int i = 0; i < all.size(); i++) {
      all.get(i).order = i;
    }
    for (Mutable m : all) {
      LedgerClaim c = m.claim;
      boolean related = !m.contests.isEmpty() || !m.contestedBy.isEmpty() || !m.relations.isEmpty();
      m.background = c.claimant().kind().equals("author") && c.independentOutlets() < 2 && !related
          && m.status != ClaimStatus.UNCONFIRMED;
      m.prominence = c.claimant().entityId() == null ? 0 : actorArticles.getOrDefault(c.claimant().entityId(), 0);
    }
    List<Mutable> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing((Mutable m) -> m.background)
        .thenComparingInt(m -> m.status.ordinal())
        .thenComparing(Comparator.comparingInt((Mutable m) -> m.claim.independentOutlets()).reversed())
        .thenComparing(Comparator.comparingInt((Mutable m) -> m.prominence).reversed())
        .thenComparingInt(m -> m.order));
    Map<String, String> newId = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      newId.put(sorted.get(i).id, eventId + ".C" + (i + 1));
    }
    List<LedgerClaim> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Mutable m = sorted.get(i);
      LedgerClaim c = m.claim;
      List<LedgerClaim.Relation> relations = m.relations.stream()
          .map(r -> new LedgerClaim.Relation(r.type(), newId.get(r.claim()), r.reason(), r.evidence())).toList();
      out.add(new LedgerClaim(newId.get(m.id), c.claimant(), c.stance(), c.text(), c.statements(), c.outlets(),
          c.independentOutlets(), c.sourceGroups(), c.channels(), m.status, m.reason, c.firstSeen(),
          m.contestedBy.stream().map(newId::get).toList(), m.contests.stream().map(newId::get).toList(), relations,
          i + 1, m.background));
    }
    List<Disagreement> renamed = new ArrayList<>();
    for (Disagreement d : disagreements) {
      renamed.add(new Disagreement(d.kind(), d.subject(), d.summary(), d.items(),
          d.claims().stream().map(id -> newId.getOrDefault(id, id)).toList()));
    }
    return new Ranked(out, renamed);
  }

  /**
   * The claims about a disagreement's subject (their text has its words: "people wounded") whose
   * statements hold its readings (a count of wounded in a sentence), with the reading each holds; empty when they hold fewer than two values. Claims whose
   * readings differ contradict each other; two claims with one value do not.
   */
  static Map<String, String> claimsOf(Disagreement d, Map<String, List<Held>> byArticle) {
    Map<String, String> valueOf = new LinkedHashMap<>();
    Set<String> subject = org.corroborate.claims.Terms.contentTerms(d.subject());
    for (Disagreement.Item item : d.items()) {
      if (item.span() == null) {
        continue;
      }
      for (Held h : byArticle.getOrDefault(item.articleId(), List.of())) {
        // a claim about something else that its statement also says is not about this count
        if (h.terms().containsAll(subject) && h.evidence().content() != null
            && h.evidence().content().start() <= item.span().start() && item.span().end() <= h.evidence().content().end()) {
          valueOf.putIfAbsent(h.claimId(), item.value());
        }
      }
    }
    return new java.util.HashSet<>(valueOf.values()).size() < 2 ? Map.of() : valueOf;
  }

  /** One statement of a claim, with the claim's content terms. */
  record Held(String claimId, Set<String> terms, Evidence evidence) {}

  private static String ref(Evidence e) {
    return e.articleId() + "#" + e.statementId();
  }

  private static final class Mutable {
    final LedgerClaim claim;
    final String id;
    final Set<String> contestedBy;
    final Set<String> contests;
    final List<LedgerClaim.Relation> relations;
    ClaimStatus status;
    String reason;
    boolean background;
    int prominence;
    int order;

    Mutable(LedgerClaim c) {
      this.claim = c;
      this.id = c.id();
      this.contestedBy = new LinkedHashSet<>(c.contestedBy());
      this.contests = new LinkedHashSet<>(c.contests());
      this.relations = new ArrayList<>(c.relations());
      this.status = c.status();
      this.reason = c.statusReason();
    }
  }
}
