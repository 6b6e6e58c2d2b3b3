package org.corroborate.eval.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.eval.claims.ClaimGold.Anchor;
import org.corroborate.eval.claims.SystemClaim.Said;
import org.corroborate.model.Span;

/**
 * Scores the ledger's claims against a gold of claims.
 *
 * <ol>
 *   <li><b>Matching.</b> Each statement of a system claim is matched to the gold mention in the same
 *       article whose span overlaps its content span most, when the overlap is at least
 *       {@link #MIN_OVERLAP} of the shorter of the two spans; otherwise it is left out (statements the
 *       gold does not list, e.g. an outlet's narration, cost nothing).</li>
 *   <li><b>Pairwise.</b> Over the matched statements of an event: a pair is right when the two are in
 *       one system claim and in one gold claim; precision = right / pairs in one system claim, recall =
 *       right / pairs in one gold claim.</li>
 *   <li><b>Independence.</b> For each gold claim carried by two or more independent outlets, the system
 *       claim holding most of its matched statements; right when its independent-outlet count equals
 *       the gold count (wrong when no statement of it was matched).</li>
 *   <li><b>Contest links.</b> Gold relations of type denies / contradicts, as unordered pairs of gold
 *       claims, against the system's contests / contested-by links, each system claim standing for the
 *       gold claim most of its matched statements belong to.</li>
 * </ol>
 */
public final class ClaimScorer {
  /** A statement and a gold mention match when they share at least this share of the shorter span. */
  public static final double MIN_OVERLAP = 0.5;

  private ClaimScorer() {}

  /** A matched statement: its system claim and the gold mention it matched. */
  record Item(SystemClaim claim, Said said, Anchor anchor) {}

  /** Figures of one event (or of all, {@code event} "all"). */
  public record EventScore(String event, int goldClaims, int mentions, int matchedMentions, int matchedStatements,
      long pairsRight, long systemPairs, long goldPairs, int independenceRight, int independenceTotal,
      int linksRight, int systemLinks, int goldLinks) {
    public double precision() {
      return systemPairs == 0 ? 1.0 : (double) pairsRight / systemPairs;
    }

    public double recall() {
      return goldPairs == 0 ? 1.0 : (double) pairsRight / goldPairs;
    }

    public double f1() {
      return f(precision(), recall());
    }

    public double independenceAccuracy() {
      return independenceTotal == 0 ? 0.0 : (double) independenceRight / independenceTotal;
    }

    public double contestPrecision() {
      return systemLinks == 0 ? 1.0 : (double) linksRight / systemLinks;
    }

    public double contestRecall() {
      return goldLinks == 0 ? 1.0 : (double) linksRight / goldLinks;
    }

    public double contestF1() {
      return systemLinks + goldLinks == 0 ? 1.0 : f(contestPrecision(), contestRecall());
    }

    /** Counts and figures, for {@code --json}. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("event", event);
      m.put("pairwise_f1", f1());
      m.put("precision", precision());
      m.put("recall", recall());
      m.put("independence_accuracy", independenceAccuracy());
      m.put("contest_f1", contestF1());
      m.put("contest_precision", contestPrecision());
      m.put("contest_recall", contestRecall());
      m.put("gold_claims", goldClaims);
      m.put("mentions", mentions);
      m.put("mentions_found", matchedMentions);
      m.put("matched_statements", matchedStatements);
      m.put("pairs_right", pairsRight);
      m.put("system_pairs", systemPairs);
      m.put("gold_pairs", goldPairs);
      m.put("independence_right", independenceRight);
      m.put("independence_total", independenceTotal);
      m.put("links_right", linksRight);
      m.put("system_links", systemLinks);
      m.put("gold_links", goldLinks);
      return m;
    }

    /** The figures as one line, {@code prefix} first. */
    public String line(String prefix) {
      return String.format(Locale.ROOT, "%s pairwise_f1=%.3f precision=%.3f recall=%.3f independence_accuracy=%.3f (%d/%d)"
          + " contest_f1=%.3f (P %.3f, R %.3f, %d gold links) gold_claims=%d matched_statements=%d mentions_found=%d/%d",
          prefix, f1(), precision(), recall(), independenceAccuracy(), independenceRight, independenceTotal,
          contestF1(), contestPrecision(), contestRecall(), goldLinks, goldClaims, matchedStatements, matchedMentions, mentions);
    }

    private static double f(double p, double r) {
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /** Per event, then all events together (pairs and links across events count there), and the misses to read. */
  public record Result(List<EventScore> events, EventScore all, List<String> misses) {
    public Result {
      events = List.copyOf(events);
      misses = List.copyOf(misses);
    }
  }

  /** Scores {@code system} on the gold claims of {@code gold}, whose mentions are {@code anchors}. */
  public static Result score(ClaimGold gold, List<Anchor> anchors, List<SystemClaim> system) {
    Map<String, ClaimGold.Claim> goldById = new LinkedHashMap<>();
    for (ClaimGold.Claim c : gold.claims()) {
      goldById.put(c.id(), c);
    }
    List<Item> items = match(anchors, system);
    List<String> misses = new ArrayList<>();
    List<EventScore> perEvent = new ArrayList<>();
    for (String event : gold.eventIds()) {
      perEvent.add(scoreEvent(event, goldById, anchors, items, system, misses));
    }
    EventScore all = scoreEvent(null, goldById, anchors, items, system, new ArrayList<>());
    return new Result(perEvent, all, misses);
  }

  /** Each system statement to its best gold mention (see the class comment), in system order. */
  static List<Item> match(List<Anchor> anchors, List<SystemClaim> system) {
    Map<String, List<Anchor>> byArticle = new HashMap<>();
    for (Anchor a : anchors) {
      byArticle.computeIfAbsent(a.articleId(), k -> new ArrayList<>()).add(a);
    }
    List<Item> out = new ArrayList<>();
    for (SystemClaim c : system) {
      for (Said s : c.statements()) {
        if (s.content() == null || s.content().length() == 0) {
          continue;
        }
        Anchor best = null;
        int bestOverlap = 0;
        for (Anchor a : byArticle.getOrDefault(s.articleId(), List.of())) {
          int ov = overlap(s.content(), a.span());
          if (ov > bestOverlap && ov >= MIN_OVERLAP * Math.min(s.content().length(), a.span().length())) {
            best = a;
            bestOverlap = ov;
          }
        }
        if (best != null) {
          out.add(new Item(c, s, best));
        }
      }
    }
    return out;
  }

  static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  /** One event's figures ({@code event} null: all events); appends its misses. */
  private static EventScore scoreEvent(String event, Map<String, ClaimGold.Claim> gold, List<Anchor> anchors,
      List<Item> allItems, List<SystemClaim> system, List<String> misses) {
    List<Item> items = allItems.stream().filter(i -> event == null || event.equals(i.anchor().event())).toList();
    List<ClaimGold.Claim> claims = gold.values().stream().filter(c -> event == null || event.equals(c.event())).toList();
    int mentions = 0;
    for (Anchor a : anchors) {
      if (event == null || event.equals(a.event())) {
        mentions++;
      }
    }
    Set<Anchor> found = new LinkedHashSet<>();
    for (Item i : items) {
      found.add(i.anchor());
    }
    // pairwise
    Map<String, Integer> bySys = new HashMap<>();
    Map<String, Integer> byGold = new HashMap<>();
    Map<String, Integer> byBoth = new HashMap<>();
    for (Item i : items) {
      bySys.merge(i.claim().id(), 1, Integer::sum);
      byGold.merge(i.anchor().claimId(), 1, Integer::sum);
      byBoth.merge(i.claim().id() + "\u0000" + i.anchor().claimId(), 1, Integer::sum);
    }
    long sysPairs = pairs(bySys);
    long goldPairs = pairs(byGold);
    long right = pairs(byBoth);
    // which system claims hold each gold claim's statements, in system order
    Map<String, Map<SystemClaim, Integer>> holders = new LinkedHashMap<>();
    Map<SystemClaim, Map<String, Integer>> heldBy = new LinkedHashMap<>();
    for (Item i : items) {
      holders.computeIfAbsent(i.anchor().claimId(), k -> new LinkedHashMap<>()).merge(i.claim(), 1, Integer::sum);
      heldBy.computeIfAbsent(i.claim(), k -> new LinkedHashMap<>()).merge(i.anchor().claimId(), 1, Integer::sum);
    }
    // independence
    int indRight = 0;
    int indTotal = 0;
    for (ClaimGold.Claim c : claims) {
      Map<SystemClaim, Integer> h = holders.getOrDefault(c.id(), Map.of());
      if (h.size() > 1) {
        StringBuilder sb = new StringBuilder();
        h.forEach((sc, n) -> sb.append(sb.length() == 0 ? "" : "; ").append(describe(sc, n)));
        misses.add("split: " + c.id() + " in " + h.size() + " system claims: " + sb);
      }
      if (c.independentOutlets() < 2) {
        continue;
      }
      indTotal++;
      SystemClaim top = argmax(h);
      if (top == null) {
        misses.add("independence: " + c.id() + " gold " + c.independentOutlets() + ", no statement of it found");
      } else if (top.independentOutlets() == c.independentOutlets()) {
        indRight++;
      } else {
        misses.add("independence: " + c.id() + " gold " + c.independentOutlets() + ", system " + top.independentOutlets()
            + " (" + describe(top, h.get(top)) + ")");
      }
    }
    for (Map.Entry<SystemClaim, Map<String, Integer>> e : heldBy.entrySet()) {
      if (e.getValue().size() > 1) {
        misses.add("merged: system claim " + e.getKey().id() + " \"" + shorten(e.getKey().text()) + "\" holds gold claims "
            + e.getValue());
      }
    }
    // contest links, as unordered pairs of gold claim ids
    Set<String> goldLinks = new TreeSet<>();
    for (ClaimGold.Claim c : claims) {
      for (ClaimGold.Relation r : c.relations()) {
        if (r.type().equals("denies") || r.type().equals("contradicts")) {
          goldLinks.add(pairKey(c.id(), r.claim()));
        }
      }
    }
    Map<String, String> goldOf = new HashMap<>();
    heldBy.forEach((sc, m) -> goldOf.put(sc.id(), argmaxKey(m)));
    Set<String> sysLinks = new TreeSet<>();
    for (SystemClaim sc : system) {
      String a = goldOf.get(sc.id());
      if (a == null) {
        continue;
      }
      for (String other : sc.contests()) {
        String b = goldOf.get(other);
        if (b != null && !b.equals(a)) {
          sysLinks.add(pairKey(a, b));
        }
      }
    }
    int linksRight = 0;
    for (String l : sysLinks) {
      if (goldLinks.contains(l)) {
        linksRight++;
      } else {
        misses.add("extra link: " + l.replace("\u0000", " <-> "));
      }
    }
    for (String l : goldLinks) {
      if (!sysLinks.contains(l)) {
        misses.add("missing link: " + l.replace("\u0000", " <-> "));
      }
    }
    for (Anchor a : anchors) {
      if ((event == null || event.equals(a.event())) && !found.contains(a)) {
        misses.add("not a statement: " + a.claimId() + " in " + a.mention().file() + ": \"" + shorten(a.mention().text()) + "\"");
      }
    }
    return new EventScore(event == null ? "all" : event, claims.size(), mentions, found.size(), items.size(), right,
        sysPairs, goldPairs, indRight, indTotal, linksRight, sysLinks.size(), goldLinks.size());
  }

  private static long pairs(Map<String, Integer> counts) {
    long n = 0;
    for (int c : counts.values()) {
      n += (long) c * (c - 1) / 2;
    }
    return n;
  }

  private static SystemClaim argmax(Map<SystemClaim, Integer> m) {
    SystemClaim best = null;
    int n = 0;
    for (Map.Entry<SystemClaim, Integer> e : m.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  private static String argmaxKey(Map<String, Integer> m) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  private static String describe(SystemClaim c, int matched) {
    return c.id() + " (" + matched + " matched, " + c.independentOutlets() + " independent, " + c.claimant() + ", "
        + c.stance() + ": \"" + shorten(c.text()) + "\")";
  }

  static String shorten(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 90 ? t : t.substring(0, 87) + "...";
  }
}
