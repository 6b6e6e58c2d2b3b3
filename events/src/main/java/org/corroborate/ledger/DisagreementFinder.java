package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.claims.Fingerprint;
import org.corroborate.claims.Similarity;
import org.corroborate.claims.Terms;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.DateMention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * Finds where the articles of an event disagree:
 * <ul>
 *   <li>number: the same counted thing and event word ("people" + "wounded") with different values
 *       in different independent sources, from the extracted quantities; and two claims that say the
 *       same thing but with different numbers;</li>
 *   <li>date: sentences of different sources that say the same thing (similarity of their words
 *       without the date words) but date it on days that do not overlap;</li>
 *   <li>attribution: the same content given to different claimants by different outlets (one outlet
 *       says Peskov said it, another says the Kremlin; or one states it in its own voice);</li>
 *   <li>single-outlet: per outlet, the claims no other independent source carries (only when the event
 *       has two or more independent sources).</li>
 * </ul>
 */
final class DisagreementFinder {
  private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "today", "yesterday", "tomorrow", "morning", "evening",
      "night", "afternoon", "earlier", "later", "last", "week", "month", "year", "ago", "day");

  private final List<AnalyzedArticle> articles;
  private final LedgerConfig config;
  private final Map<String, Integer> unitOf;
  /** Fingerprints of evidence contents, computed once (by identity: the evidence lists are not copied). */
  private final Map<Evidence, Fingerprint> prints = new java.util.IdentityHashMap<>();

  DisagreementFinder(List<AnalyzedArticle> articles, LedgerConfig config, Map<String, Integer> unitOf) {
    this.articles = articles;
    this.config = config;
    this.unitOf = unitOf;
  }

  List<Disagreement> find(List<LedgerClaim> claims, List<Stated> stated) {
    List<Disagreement> out = new ArrayList<>();
    out.addAll(numbers());
    out.addAll(claimNumbers(claims, out));
    out.addAll(dates());
    out.addAll(attributions(claims));
    out.addAll(singleOutlet(claims));
    return out;
  }

  // ---------------------------------------------------------------- numbers

  private List<Disagreement> numbers() {
    record Seen(AnalyzedArticle article, Quantity q) {}
    Map<String, List<Seen>> byKey = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      for (Quantity q : a.quantities()) {
        if (q.counts() == null || q.event() == null || q.span() == null || q.span().end() > a.article().text().length()) {
          continue;
        }
        String key = termKey(q.counts()) + "|" + termKey(q.event());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Seen(a, q));
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (List<Seen> seen : byKey.values()) {
      Map<Integer, Set<Double>> valuesByUnit = new LinkedHashMap<>();
      for (Seen s : seen) {
        valuesByUnit.computeIfAbsent(unitOf.get(s.article().article().id()), u -> new TreeSet<>()).add(s.q().value());
      }
      if (valuesByUnit.size() < 2 || new HashSet<>(valuesByUnit.values()).size() < 2) {
        continue;
      }
      Quantity first = seen.get(0).q();
      String subject = Texts.oneLine(first.counts() + " " + first.event());
      List<Disagreement.Item> items = new ArrayList<>();
      LinkedHashMap<String, LinkedHashSet<String>> summary = new LinkedHashMap<>();
      for (Seen s : seen) {
        String v = format(s.q().value());
        String outlet = s.article().article().outlet().name();
        items.add(new Disagreement.Item(s.article().article().id(), outlet, v,
            sentenceOf(s.article(), s.q().span()), s.q().span()));
        summary.computeIfAbsent(v, x -> new LinkedHashSet<>()).add(outlet);
      }
      out.add(new Disagreement("number", subject, "Different numbers of " + subject + ": " + describe(summary),
          items, List.of()));
    }
    return out;
  }

  /**
   * Claims alike but for their numbers ("eight people were wounded" / "nine people were wounded"),
   * not already covered by a quantity conflict; pairs about the same words form one disagreement.
   */
  private List<Disagreement> claimNumbers(List<LedgerClaim> claims, List<Disagreement> found) {
    Map<String, List<Disagreement.Item>> items = new LinkedHashMap<>();
    Map<String, LinkedHashSet<String>> ids = new LinkedHashMap<>();
    Map<String, String> subjects = new LinkedHashMap<>();
    Map<String, Map<String, LinkedHashSet<String>>> outletsByValue = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        LedgerClaim a = claims.get(i);
        LedgerClaim b = claims.get(j);
        Evidence ea = a.statements().get(0);
        Evidence eb = b.statements().get(0);
        Fingerprint fa = print(ea);
        Fingerprint fb = print(eb);
        if (!Similarity.numbersConflict(fa, fb) || Similarity.score(fa, fb) < config.claimThreshold()
            || sameUnitsOnly(a, b) || covered(found, ea) && covered(found, eb)) {
          continue;
        }
        Set<String> shared = new LinkedHashSet<>(fa.terms());
        shared.retainAll(fb.terms());
        String key = String.join(" ", new TreeSet<>(shared));
        subjects.putIfAbsent(key, wordsFor(ea.contentText(), shared));
        List<Disagreement.Item> its = items.computeIfAbsent(key, k -> new ArrayList<>());
        Map<String, LinkedHashSet<String>> byValue = outletsByValue.computeIfAbsent(key, k -> new LinkedHashMap<>());
        for (LedgerClaim c : List.of(a, b)) {
          Evidence e = c.statements().get(0);
          String value = numbersOf(print(e));
          Disagreement.Item it = new Disagreement.Item(e.articleId(), e.outlet(), value, e.contentText(), e.content());
          if (!its.contains(it)) {
            its.add(it);
          }
          byValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).addAll(c.outlets());
          ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.id());
        }
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Map.Entry<String, List<Disagreement.Item>> e : items.entrySet()) {
      out.add(new Disagreement("number", subjects.get(e.getKey()),
          "The same claim with different numbers: " + describe(outletsByValue.get(e.getKey())), e.getValue(),
          List.copyOf(ids.get(e.getKey()))));
    }
    return out;
  }

  private boolean sameUnitsOnly(LedgerClaim a, LedgerClaim b) {
    Set<Integer> ua = new HashSet<>();
    for (Evidence e : a.statements()) {
      ua.add(unitOf.get(e.articleId()));
    }
    for (Evidence e : b.statements()) {
      if (!ua.contains(unitOf.get(e.articleId())) || ua.size() > 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean covered(List<Disagreement> found, Evidence e) {
    for (Disagreement d : found) {
      for (Disagreement.Item it : d.items()) {
        if (it.articleId().equals(e.articleId()) && it.span() != null && it.span().overlaps(e.content())) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- dates

  private List<Disagreement> dates() {
    record Dated(AnalyzedArticle article, DateMention date, String sentence, Set<String> terms) {}
    List<Dated> all = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      for (DateMention d : a.dates()) {
        if (d.span() == null || d.start() == null || d.span().end() > a.article().text().length()) {
          continue;
        }
        String sentence = sentenceOf(a, d.span());
        Set<String> terms = new LinkedHashSet<>(Terms.contentTerms(sentence));
        terms.removeAll(Terms.contentTerms(d.text() == null ? "" : d.text()));
        for (String w : DATE_WORDS) {
          terms.remove(Terms.term(w));
        }
        all.add(new Dated(a, d, sentence, terms));
      }
    }
    Map<String, List<Disagreement.Item>> items = new LinkedHashMap<>();
    Map<String, String> subjects = new LinkedHashMap<>();
    Map<String, Map<String, LinkedHashSet<String>>> outletsByDate = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Dated x = all.get(i);
        Dated y = all.get(j);
        if (unitOf.get(x.article().article().id()).equals(unitOf.get(y.article().article().id()))) {
          continue;
        }
        if (!disjoint(x.date(), y.date()) || Similarity.termScore(x.terms(), y.terms()) < config.claimThreshold()) {
          continue;
        }
        if (sameRelative(x.date(), y.date())) {
          continue; // "today" in two articles of different days: different anchors, not a conflict we can tell
        }
        Set<String> shared = new LinkedHashSet<>(x.terms());
        shared.retainAll(y.terms());
        List<String> dates = new ArrayList<>(List.of(range(x.date()), range(y.date())));
        java.util.Collections.sort(dates);
        String key = String.join("|", dates) + "|" + new TreeSet<>(shared);
        subjects.putIfAbsent(key, wordsFor(x.sentence(), shared));
        List<Disagreement.Item> its = items.computeIfAbsent(key, k -> new ArrayList<>());
        Map<String, LinkedHashSet<String>> byDate = outletsByDate.computeIfAbsent(key, k -> new LinkedHashMap<>());
        for (Dated d : List.of(x, y)) {
          Disagreement.Item it = item(d.article(), d.date(), d.sentence());
          if (!its.contains(it)) {
            its.add(it);
            byDate.computeIfAbsent(it.value(), v -> new LinkedHashSet<>()).add(it.outlet());
          }
        }
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Map.Entry<String, List<Disagreement.Item>> e : items.entrySet()) {
      e.getValue().sort(java.util.Comparator.comparing(Disagreement.Item::value)); // stable: article order within a date
      out.add(new Disagreement("date", subjects.get(e.getKey()),
          "Different dates for the same happening: " + describe(outletsByDate.get(e.getKey())), e.getValue(), List.of()));
    }
    return out;
  }

  /** The words of {@code text} whose terms are in {@code terms}, in order, once each: a readable subject. */
  static String wordsFor(String text, Set<String> terms) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
    Set<String> used = new HashSet<>();
    while (m.find()) {
      String t = Terms.term(Terms.fold(m.group()));
      if (terms.contains(t) && used.add(t)) {
        out.add(m.group());
      }
    }
    return String.join(" ", out);
  }

  /** The same relative expression ("today", "on Monday") in both: it was resolved against each article's own date. */
  private static boolean sameRelative(DateMention a, DateMention b) {
    if (a.text() == null || b.text() == null || a.text().matches(".*\\d.*") || b.text().matches(".*\\d.*")) {
      return false;
    }
    return relativeCore(a.text()).equals(relativeCore(b.text())) && !relativeCore(a.text()).isEmpty();
  }

  private static final Set<String> RELATIVE_FILLER = Set.of("on", "last", "this", "past", "early", "late", "earlier",
      "later", "the", "of", "in", "at", "morning", "afternoon", "evening", "night", "overnight");

  /** "On Wednesday", "Wednesday evening", "last Wednesday": "wednesday". */
  static String relativeCore(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty() && !RELATIVE_FILLER.contains(w)) {
        sb.append(sb.length() == 0 ? "" : " ").append(w);
      }
    }
    return sb.toString();
  }

  private static Disagreement.Item item(AnalyzedArticle a, DateMention d, String sentence) {
    return new Disagreement.Item(a.article().id(), a.article().outlet().name(), range(d), sentence, d.span());
  }

  private static boolean disjoint(DateMention a, DateMention b) {
    java.time.LocalDate ae = a.end() == null ? a.start() : a.end();
    java.time.LocalDate be = b.end() == null ? b.start() : b.end();
    return ae.isBefore(b.start()) || be.isBefore(a.start());
  }

  private static String range(DateMention d) {
    return d.end() == null || d.end().equals(d.start()) ? d.start().toString() : d.start() + ".." + d.end();
  }

  // ---------------------------------------------------------------- attribution

  /**
   * Claims of different claimants that say the same thing, carried by different outlets (no outlet
   * carries both): one outlet says P said it, another says Q did, or states it in its own voice. Each
   * claim is paired with its best such match only, so the list stays short and readable.
   */
  /**
   * The same words given to different claimants by different outlets: the same quotation (a shared
   * run of words) or near-identical content ({@link #ATTRIBUTION_SIMILARITY}). Left out: an unnamed
   * source on either side (no one to disagree with), and an outlet's own voice that is a quotation
   * (a quote whose speaker went unread, not the outlet speaking).
   */
  private List<Disagreement> attributions(List<LedgerClaim> claims) {
    double threshold = Math.max(config.claimThreshold(), ATTRIBUTION_SIMILARITY);
    int n = claims.size();
    List<List<Evidence>> distinct = new ArrayList<>();
    for (LedgerClaim c : claims) {
      Map<String, Evidence> byText = new LinkedHashMap<>();
      for (Evidence e : c.statements()) {
        byText.putIfAbsent(e.contentText(), e);
      }
      distinct.add(List.copyOf(byText.values()));
    }
    record Match(int i, int j, Evidence ei, Evidence ej, double score) {}
    Match[] best = new Match[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        LedgerClaim a = claims.get(i);
        LedgerClaim b = claims.get(j);
        if (a.claimant().kind().equals("unnamed") || b.claimant().kind().equals("unnamed")) {
          continue;
        }
        if (sameClaimant(a, b) || a.stance() == Stance.DENY || b.stance() == Stance.DENY
            || a.contestedBy().contains(b.id()) || b.contestedBy().contains(a.id())
            || !java.util.Collections.disjoint(a.outlets(), b.outlets())) {
          continue;
        }
        for (Evidence x : distinct.get(i)) {
          for (Evidence y : distinct.get(j)) {
            Fingerprint fx = print(x);
            Fingerprint fy = print(y);
            if (fx.negated() != fy.negated() || Similarity.numbersConflict(fx, fy)
                || quotedOwnVoice(a, x) || quotedOwnVoice(b, y)) {
              continue;
            }
            double sc = Similarity.score(fx, fy);
            if (sc >= threshold) {
              Match m = new Match(i, j, x, y, sc);
              if (best[i] == null || sc > best[i].score()) {
                best[i] = m;
              }
              if (best[j] == null || sc > best[j].score()) {
                best[j] = m;
              }
            }
          }
        }
      }
    }
    LinkedHashSet<Match> pairs = new LinkedHashSet<>();
    for (Match m : best) {
      if (m != null) {
        pairs.add(m);
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Match m : pairs) {
      LedgerClaim a = claims.get(m.i());
      LedgerClaim b = claims.get(m.j());
      out.add(new Disagreement("attribution", Texts.oneLine(a.text()),
          "The same content is given to " + describeClaimant(a) + " (" + String.join(", ", a.outlets()) + ") and to "
              + describeClaimant(b) + " (" + String.join(", ", b.outlets()) + ")",
          List.of(new Disagreement.Item(m.ei().articleId(), m.ei().outlet(), describeClaimant(a), m.ei().sentenceText(), m.ei().content()),
              new Disagreement.Item(m.ej().articleId(), m.ej().outlet(), describeClaimant(b), m.ej().sentenceText(), m.ej().content())),
          List.of(a.id(), b.id())));
    }
    return out;
  }

  /** Near-identical content, short of a shared quotation (which scores {@link Similarity#QUOTE_SCORE}). */
  static final double ATTRIBUTION_SIMILARITY = 0.8;

  private static boolean quotedOwnVoice(LedgerClaim c, Evidence e) {
    if (!c.claimant().kind().equals("author")) {
      return false;
    }
    String t = e.contentText().strip();
    String marks = "\"“”'‘’";
    return e.direct() || !t.isEmpty() && (marks.indexOf(t.charAt(0)) >= 0 || marks.indexOf(t.charAt(t.length() - 1)) >= 0);
  }

  private static boolean sameClaimant(LedgerClaim a, LedgerClaim b) {
    LedgerClaim.ClaimantRef x = a.claimant();
    LedgerClaim.ClaimantRef y = b.claimant();
    if (!x.kind().equals(y.kind())) {
      return false;
    }
    if (x.kind().equals("author") || x.kind().equals("unnamed")) {
      return true;
    }
    return x.entityId() != null ? x.entityId().equals(y.entityId()) : y.entityId() == null && Names.key(x.name()).equals(Names.key(y.name()));
  }

  private static String describeClaimant(LedgerClaim c) {
    return switch (c.claimant().kind()) {
      case "author" -> "the outlet's own voice";
      case "unnamed" -> "an unnamed source";
      default -> c.claimant().name();
    };
  }

  // ---------------------------------------------------------------- single outlet

  private List<Disagreement> singleOutlet(List<LedgerClaim> claims) {
    if (new HashSet<>(unitOf.values()).size() < 2) {
      return List.of();
    }
    Map<String, List<LedgerClaim>> byOutlet = new LinkedHashMap<>();
    for (LedgerClaim c : claims) {
      if (c.independentOutlets() == 1) {
        byOutlet.computeIfAbsent(c.outlets().get(0), o -> new ArrayList<>()).add(c);
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Map.Entry<String, List<LedgerClaim>> e : byOutlet.entrySet()) {
      List<Disagreement.Item> items = new ArrayList<>();
      for (LedgerClaim c : e.getValue()) {
        Evidence ev = c.statements().get(0);
        items.add(new Disagreement.Item(ev.articleId(), ev.outlet(), c.id(), ev.contentText(), ev.content()));
      }
      int n = e.getValue().size();
      out.add(new Disagreement("single-outlet", e.getKey(),
          "Only " + e.getKey() + " reports " + n + (n == 1 ? " claim" : " claims") + " that no other independent source carries",
          items, e.getValue().stream().map(LedgerClaim::id).toList()));
    }
    return out;
  }

  // ---------------------------------------------------------------- helpers

  private Fingerprint print(Evidence e) {
    return prints.computeIfAbsent(e, x -> Fingerprint.of(x.contentText()));
  }

  private static String termKey(String words) {
    List<String> out = new ArrayList<>();
    for (String w : Terms.words(words)) {
      out.add(Terms.term(w));
    }
    return String.join(" ", out);
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String numbersOf(Fingerprint f) {
    return String.join(", ", f.numbers().stream().sorted().map(DisagreementFinder::format).toList());
  }

  private static String describe(Map<String, LinkedHashSet<String>> valueOutlets) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, LinkedHashSet<String>> e : valueOutlets.entrySet()) {
      parts.add(e.getKey() + " (" + String.join(", ", e.getValue()) + ")");
    }
    return String.join(" against ", parts);
  }

  private static String sentenceOf(AnalyzedArticle a, Span span) {
    Sentence s = Texts.sentenceAt(a, span.start());
    String text = a.article().text();
    return Texts.oneLine(s == null ? span.of(text) : s.span().of(text));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
