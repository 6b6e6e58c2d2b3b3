package org.corroborate.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Paraphrase similarity of two statement contents, 0..1.
 *
 * <p>The score averages the overlap coefficient (shared terms over the smaller set: a short report
 * of a long quote still matches) and the Dice coefficient (penalises a small overlap of two long
 * texts). It is halved when both texts name things and share none of the names, and when the
 * smaller side has a single term (one shared word says little). A shared run of
 * {@value #QUOTE_RUN} or more words (a quote carried by both) scores at least {@value #QUOTE_SCORE}.
 * Conflicting numbers are not scored here: see {@link #numbersConflict}.
 */
public final class Similarity {
  /** Length of a shared word run that marks the same quote. */
  public static final int QUOTE_RUN = 5;
  public static final double QUOTE_SCORE = 0.9;

  private Similarity() {}

  public static double score(Fingerprint a, Fingerprint b) {
    return score(a, b, TermWeights.UNIFORM);
  }

  /** The score with words weighted (see {@link TermWeights#idf}). */
  public static double score(Fingerprint a, Fingerprint b, TermWeights weights) {
    double s = termScore(a.terms(), b.terms(), weights);
    if (!a.named().isEmpty() && !b.named().isEmpty() && disjoint(a.named(), b.named())) {
      s *= 0.5;
    }
    if (s < QUOTE_SCORE && sharedWordsAtLeast(a.words(), b.words(), QUOTE_RUN)
        && longestSharedRun(a.words(), b.words()) >= QUOTE_RUN) {
      s = Math.max(s, QUOTE_SCORE);
    }
    return s;
  }

  /** Overlap and Dice averaged over two term sets; 0 when either is empty. */
  public static double termScore(Set<String> a, Set<String> b) {
    return termScore(a, b, TermWeights.UNIFORM);
  }

  /** Overlap and Dice over weighted term sets; 0 when either is empty. */
  public static double termScore(Set<String> a, Set<String> b, TermWeights weights) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double wa = 0;
    double shared = 0;
    for (String t : a) {
      double w = weights.weight(t);
      wa += w;
      if (b.contains(t)) {
        shared += w;
      }
    }
    double wb = 0;
    for (String t : b) {
      wb += weights.weight(t);
    }
    double overlap = shared / Math.min(wa, wb);
    double dice = 2.0 * shared / (wa + wb);
    double s = Math.min(1.0, (overlap + dice) / 2);
    return Math.min(a.size(), b.size()) < 2 ? s * 0.5 : s;
  }

  /** Shared terms over the size of {@code of}: how much of {@code of} the other text covers. */
  public static double coverage(Set<String> of, Set<String> by) {
    return of.isEmpty() ? 0 : (double) intersection(of, by) / of.size();
  }

  /** Nouns that only point back at the event ("informed of the incident"): no content of their own. */
  private static final Set<String> EVENT_ANAPHORS = Set.of(
      Terms.term("incident"), Terms.term("situation"), Terms.term("events"), Terms.term("matter"),
      Terms.term("developments"));

  /**
   * The shorter content is all but contained in the longer one: at least two of its terms, at least
   * 80% of them (leaving out nouns that only point back at the event, "the incident"), are in the
   * longer, and at least one shared term is not a name. "Putin has been informed of the incident" is
   * contained in "Putin had been informed and work was under way to drive out the saboteurs": one
   * outlet relayed a statement in part, another in full. Meant for statements of one claimant only:
   * containment alone does not make two people's words one claim.
   */
  public static boolean contained(Fingerprint a, Fingerprint b) {
    Set<String> ta = new HashSet<>(a.terms());
    Set<String> tb = new HashSet<>(b.terms());
    ta.removeAll(EVENT_ANAPHORS);
    tb.removeAll(EVENT_ANAPHORS);
    boolean aShorter = ta.size() < tb.size() || ta.size() == tb.size() && a.terms().size() <= b.terms().size();
    Set<String> shorter = aShorter ? ta : tb;
    Set<String> longer = aShorter ? tb : ta;
    int shared = intersection(shorter, longer);
    if (shared < 2 || shared < 0.8 * shorter.size()) {
      return false;
    }
    for (String t : shorter) {
      if (longer.contains(t) && !a.named().contains(t) && !b.named().contains(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two short objects of a confirmation or denial name the same thing: every term of the shorter
   * (one or two terms: "the attack") is in the longer, which has at most four ("an attack on
   * Monday"). Meant for one claimant's confirmations or denials only.
   */
  public static boolean sameObject(Fingerprint a, Fingerprint b) {
    Set<String> ta = new HashSet<>(a.terms());
    Set<String> tb = new HashSet<>(b.terms());
    Set<String> shorter = ta.size() <= tb.size() ? ta : tb;
    Set<String> longer = shorter == ta ? tb : ta;
    return !shorter.isEmpty() && shorter.size() <= 2 && longer.size() <= 4 && longer.containsAll(shorter);
  }

  /** Both texts give numbers and no number is in both: "eight wounded" against "nine wounded". */
  public static boolean numbersConflict(Fingerprint a, Fingerprint b) {
    return !a.numbers().isEmpty() && !b.numbers().isEmpty() && disjoint(a.numbers(), b.numbers());
  }

  public static int intersection(Set<?> a, Set<?> b) {
    int n = 0;
    for (Object x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n;
  }

  static boolean disjoint(Set<?> a, Set<?> b) {
    return intersection(a, b) == 0;
  }

  /** A cheap bound before the quadratic run search: a run of n words needs n positions of a whose word b has. */
  static boolean sharedWordsAtLeast(List<String> a, List<String> b, int n) {
    if (a.size() < n || b.size() < n) {
      return false;
    }
    Set<String> bw = new HashSet<>(b);
    int shared = 0;
    for (String w : a) {
      if (bw.contains(w) && ++shared >= n) {
        return true;
      }
    }
    return false;
  }

  /** Length of the longest run of consecutive words present in both lists (dynamic programming, O(n*m)). */
  public static int longestSharedRun(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> bw = new HashSet<>(b);
    int best = 0;
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      String w = a.get(i - 1);
      boolean present = bw.contains(w);
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = present && w.equals(b.get(j - 1)) ? prev[j - 1] + 1 : 0;
        best = Math.max(best, cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    return best;
  }
}
