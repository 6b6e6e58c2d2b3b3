package org.corroborate.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.meaning.Vectors;
import org.corroborate.model.Stance;

/**
 * Groups statements into claims: statements are one claim when one claimant says one thing.
 *
 * <p><b>Who.</b> Statements of one claimant key (the ledger's entity, or the principal a spokesperson
 * speaks for) are compared by what they say. Statements of different keys join only as one quotation
 * printed by two outlets: a run of {@link ClaimMatching#quoteRun()} words or more in both, when the
 * speakers can be one (one of them is the outlet's own voice or an unnamed source, i.e. the
 * attribution was missed, or their names share a word: "Stone on Friday" / "Roger Stone"), or a run of
 * {@value #LONG_QUOTATION} words whoever the speakers (one attribution is wrong).
 *
 * <p><b>What.</b> The score of two statements of one claimant is the best of: the word score
 * ({@link Similarity#score}, which also lifts a shared five-word run), the meaning score (the cosine
 * of their sentence vectors on the line of {@link ClaimMatching#meaningScore}), containment of the
 * shorter content in the longer for a named claimant (a partial quotation beside the full one), and
 * for confirmations and denials the same short object ("the attack"). Never one claim: a denial and
 * an assertion, conflicting numbers, opposite polarity (unless they share a quotation run: a negation
 * somewhere in a long quotation says little about its claim).
 *
 * <p><b>Grouping</b> is average link: pairs are taken best first, and two groups merge when every
 * cross pair may be one claim and their average score reaches the threshold. Average link keeps a
 * chain of near neighbours ("captured Marrow" ~ "shelled Marrow" ~ "shelled Lakeview") from becoming
 * one claim, as single link would.
 *
 * <p><b>Cost.</b> Pairs are scored only among candidates: all pairs of a claimant with at most
 * {@link ClaimMatching#allPairsUpTo()} statements; above that, statements sharing one of their
 * {@value #RARE_TERMS} rarest words (postings longer than {@value #MAX_POSTING} skipped) or a
 * {@value #HASH_BITS}-bit sign hash of their vector in one of {@value #HASH_TABLES} tables; across
 * claimants, statements sharing a word run, found through a hash index of runs. So the work grows about
 * linearly with the statements of an event, not with their square. Thread-safe (immutable).
 */
public final class ClaimGrouper {
  /** The default score from which statements of one claimant are one claim. */
  public static final double DEFAULT_THRESHOLD = 0.5;
  /** Content terms of an accusation's or denial's object that says nothing but its frame ("Orvalia", "any involvement"). */
  static final int SHORT_OBJECT = 3;
  /**
   * Content terms both statements need for their vectors to count: the vector of a short object ("an
   * attack on Marrow") is near that of any statement about the same place.
   */
  static final int MEANING_TERMS = 4;
  /**
   * Words in a row from which two statements are one utterance even under two named speakers: one of
   * the two attributions is wrong (a pronoun resolved to the wrong person), the words are one quotation.
   */
  static final int LONG_QUOTATION = 8;
  static final int RARE_TERMS = 8;
  static final int MAX_POSTING = 200;
  static final int HASH_TABLES = 6;
  static final int HASH_BITS = 12;

  private final ClaimMatching matching;

  public ClaimGrouper(ClaimMatching matching) {
    this.matching = java.util.Objects.requireNonNull(matching, "matching");
  }

  public ClaimGrouper(double threshold) {
    this(ClaimMatching.defaults().withThreshold(threshold));
  }

  public ClaimGrouper() {
    this(ClaimMatching.defaults());
  }

  public double threshold() {
    return matching.threshold();
  }

  /** May the two be one claim at all: same claimant, polarity, denial, and no conflicting numbers. */
  public static boolean compatible(Said a, Said b) {
    return a.claimantKey().equals(b.claimantKey())
        && a.denial() == b.denial()
        && a.content().negated() == b.content().negated()
        && !Similarity.numbersConflict(a.content(), b.content());
  }

  /** True when two statements alone are one claim (uniform word weights). */
  public boolean same(Said a, Said b) {
    return pairScore(a, b, TermWeights.UNIFORM) >= matching.threshold();
  }

  /**
   * The score of two statements, 0 when they can never be one claim. See the class comment.
   */
  public double pairScore(Said a, Said b, TermWeights weights) {
    if (Similarity.numbersConflict(a.content(), b.content())) {
      return 0;
    }
    int run = sharedRun(a, b);
    boolean quotation = run >= matching.quoteRun();
    if (a.denial() != b.denial() && negative(a) != negative(b)) {
      return 0; // a denial is one claim with a negative assertion ("denied any involvement" / "had nothing to do with it"), never with a positive one
    }
    if (a.denial() == b.denial() && a.content().negated() != b.content().negated() && !quotation && !alignedAgree(a, b)) {
      return 0;
    }
    if (!a.claimantKey().equals(b.claimantKey())) {
      boolean oneUtterance = quotation && (speakersCanBeOne(a, b) || run >= LONG_QUOTATION && a.direct() && b.direct());
      return oneUtterance ? Similarity.QUOTE_SCORE : 0;
    }
    double threshold = matching.threshold();
    double s = Similarity.score(a.content(), b.content(), weights);
    boolean named = !a.anonymous();
    if (s < threshold && named && Similarity.contained(a.content(), b.content())) {
      s = threshold; // one outlet relays part of a statement, another all of it
    }
    if (s < threshold && named && a.stance() == b.stance()
        && (a.stance() == Stance.CONFIRM || a.stance() == Stance.DENY)
        && Similarity.sameObject(a.content(), b.content())) {
      s = threshold; // "Gladkov confirmed an attack on Monday" / "The attack was also confirmed by Gladkov"
    }
    if (a.meaning() != null && b.meaning() != null
        && Math.min(a.content().terms().size(), b.content().terms().size()) >= MEANING_TERMS) {
      s = Math.max(s, matching.meaningScore(cosine(a, b), !named));
    }
    if (s < threshold && named && sameFrame(a, b)) {
      s = threshold;
    }
    return s;
  }

  /**
   * One claimant's accusations of one actor ("accused Orvalia of the attack", "blamed Orvalia") or its
   * bare denials ("denied any involvement", "rejected that"), where one of the two says no more than
   * whom it accuses or that it denies: the frame is the claim, its short object names nothing else.
   */
  static boolean sameFrame(Said a, Said b) {
    boolean shortOne = Math.min(a.content().terms().size(), b.content().terms().size()) <= SHORT_OBJECT;
    if (!shortOne) {
      return false;
    }
    if (a.stance() == Stance.ALLEGE && b.stance() == Stance.ALLEGE) {
      return !Similarity.disjoint(a.content().named(), b.content().named());
    }
    return a.denial() && b.denial();
  }

  /** Never one claim, whatever else they share: conflicting numbers, or a denial beside a positive assertion. */
  static boolean incompatible(Said a, Said b) {
    return Similarity.numbersConflict(a.content(), b.content()) || a.denial() != b.denial() && negative(a) != negative(b);
  }

  /** Says that something is not so: a denial of a positive content, or an assertion of a negated one. */
  static boolean negative(Said s) {
    return s.denial() != s.content().negated();
  }

  /**
   * Two contents of different polarity as wholes whose nearest parts agree: a negation elsewhere in a
   * statement of several parts ("The enemy will be destroyed. Nobody who crossed ..." / "The enemy will be
   * found and destroyed. Not one of them will go home") does not make the parts they share opposites.
   */
  static boolean alignedAgree(Said a, Said b) {
    if (a.meaning() == null || b.meaning() == null || a.partMeanings().isEmpty() && b.partMeanings().isEmpty()) {
      return false;
    }
    List<float[]> pa = a.partMeanings().isEmpty() ? List.of(a.meaning()) : a.partMeanings();
    List<float[]> pb = b.partMeanings().isEmpty() ? List.of(b.meaning()) : b.partMeanings();
    List<Boolean> na = a.partMeanings().isEmpty() ? List.of(a.content().negated()) : a.partNegations();
    List<Boolean> nb = b.partMeanings().isEmpty() ? List.of(b.content().negated()) : b.partNegations();
    double best = -2;
    boolean agree = false;
    for (int x = 0; x < pa.size(); x++) {
      for (int y = 0; y < pb.size(); y++) {
        double c = Vectors.dot(pa.get(x), pb.get(y));
        if (c > best) {
          best = c;
          agree = na.get(x).equals(nb.get(y));
        }
      }
    }
    return agree;
  }

  /**
   * The nearer of the whole contents and of their parts aligned: each part of the content with fewer
   * parts matched to its nearest part of the other, averaged. A statement that says one thing is the
   * same claim as another that says it among other things (a partial quotation, one outlet's shorter
   * account); two statements of several parts each must share all the parts of the shorter.
   */
  static double cosine(Said a, Said b) {
    double whole = Vectors.dot(a.meaning(), b.meaning());
    List<float[]> pa = a.partMeanings().isEmpty() ? List.of(a.meaning()) : a.partMeanings();
    List<float[]> pb = b.partMeanings().isEmpty() ? List.of(b.meaning()) : b.partMeanings();
    if (pa.size() == 1 && pb.size() == 1) {
      return whole;
    }
    List<float[]> fewer = pa.size() <= pb.size() ? pa : pb;
    List<float[]> more = fewer == pa ? pb : pa;
    double sum = 0;
    for (float[] x : fewer) {
      double best = -1;
      for (float[] y : more) {
        best = Math.max(best, Vectors.dot(x, y));
      }
      sum += best;
    }
    return Math.max(whole, sum / fewer.size());
  }

  private int sharedRun(Said a, Said b) {
    List<String> wa = a.content().words();
    List<String> wb = b.content().words();
    if (!Similarity.sharedWordsAtLeast(wa, wb, matching.quoteRun())) {
      return 0; // cheap bound before the quadratic run search
    }
    return Similarity.longestSharedRun(wa, wb);
  }

  /**
   * Two claimant keys that may be one speaker: one is an outlet's own voice or an unnamed source (the
   * attribution was missed), or the names share a word ("Stone on Friday" and "Roger Stone").
   */
  static boolean speakersCanBeOne(Said a, Said b) {
    if (a.anonymous() || b.anonymous()) {
      return true;
    }
    if (a.claimantWords().isEmpty() || b.claimantWords().isEmpty()) {
      return false; // a name we cannot read says nothing either way: keep them apart
    }
    for (String w : a.claimantWords()) {
      if (b.claimantWords().contains(w)) {
        return true;
      }
    }
    return false;
  }

  public List<List<Integer>> group(List<Said> items) {
    return group(items, TermWeights.UNIFORM);
  }

  /** Groups of indices into {@code items}, each in input order; groups ordered by their first index. */
  public List<List<Integer>> group(List<Said> items, TermWeights weights) {
    int n = items.size();
    Map<Long, Double> scores = new HashMap<>();
    List<long[]> pairs = new ArrayList<>(); // {i, j, score bits}
    for (long key : candidates(items, weights)) {
      int i = (int) (key >>> 32);
      int j = (int) key;
      double s = pairScore(items.get(i), items.get(j), weights);
      scores.put(key, s);
      if (s >= matching.threshold()) {
        pairs.add(new long[] {i, j, Double.doubleToLongBits(s)});
      }
    }
    pairs.sort((p, q) -> {
      int c = Double.compare(Double.longBitsToDouble(q[2]), Double.longBitsToDouble(p[2]));
      return c != 0 ? c : p[0] != q[0] ? Long.compare(p[0], q[0]) : Long.compare(p[1], q[1]);
    });
    int[] owner = new int[n];
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      owner[i] = i;
      members.put(i, new ArrayList<>(List.of(i)));
    }
    int[] version = new int[n];
    Map<Long, Long> failed = new HashMap<>(); // cluster pair -> their versions when they last failed to merge
    for (long[] p : pairs) {
      int a = owner[(int) p[0]];
      int b = owner[(int) p[1]];
      if (a == b) {
        continue;
      }
      long clusters = key(Math.min(a, b), Math.max(a, b));
      long versions = key(version[Math.min(a, b)], version[Math.max(a, b)]);
      Long lastFailure = failed.get(clusters);
      if (lastFailure != null && lastFailure == versions) {
        continue; // neither cluster changed since they last failed to merge
      }
      List<Integer> ma = members.get(a);
      List<Integer> mb = members.get(b);
      double sum = 0;
      boolean ok = true;
      for (int i : ma) {
        for (int j : mb) {
          long k = key(Math.min(i, j), Math.max(i, j));
          Double s = scores.get(k);
          if (s == null) {
            s = pairScore(items.get(Math.min(i, j)), items.get(Math.max(i, j)), weights);
            scores.put(k, s);
          }
          if (s <= 0) {
            ok = false;
            break;
          }
          sum += s;
        }
        if (!ok) {
          break;
        }
      }
      if (!ok || sum / (ma.size() * mb.size()) < matching.threshold()) {
        failed.put(clusters, versions);
        continue;
      }
      int keep = Math.min(a, b);
      int drop = Math.max(a, b);
      version[keep]++;
      List<Integer> merged = members.get(keep);
      for (int j : members.remove(drop)) {
        owner[j] = keep;
        merged.add(j);
      }
    }
    // one quotation printed by two outlets is one statement: their groups join, average or not, unless
    // something in them can never be one claim (conflicting numbers, opposite polarity)
    for (long[] p : pairs) {
      int i = (int) p[0];
      int j = (int) p[1];
      int a = owner[i];
      int b = owner[j];
      if (a == b || sharedRun(items.get(i), items.get(j)) < matching.quoteRun()) {
        continue;
      }
      boolean ok = true;
      for (int x : members.get(a)) {
        for (int y : members.get(b)) {
          if (incompatible(items.get(x), items.get(y))) {
            ok = false;
          }
        }
      }
      if (ok) {
        int keep = Math.min(a, b);
        int drop = Math.max(a, b);
        for (int m : members.remove(drop)) {
          owner[m] = keep;
          members.get(keep).add(m);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(owner[i], x -> new ArrayList<>()).add(i);
    }
    return List.copyOf(groups.values());
  }

  /** The pairs worth scoring, as {@code key(i, j)} with i < j (see the class comment on cost). */
  Set<Long> candidates(List<Said> items, TermWeights weights) {
    Set<Long> out = new HashSet<>();
    Map<String, List<Integer>> buckets = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      buckets.computeIfAbsent(items.get(i).claimantKey(), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() <= matching.allPairsUpTo()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            out.add(key(bucket.get(x), bucket.get(y)));
          }
        }
      } else {
        rareTermPairs(items, bucket, weights, out);
        vectorHashPairs(items, bucket, out);
      }
    }
    quotationPairs(items, out);
    return out;
  }

  private static void rareTermPairs(List<Said> items, List<Integer> bucket, TermWeights weights, Set<Long> out) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i : bucket) {
      List<String> terms = new ArrayList<>(items.get(i).content().terms());
      terms.sort((x, y) -> {
        int c = Double.compare(weights.weight(y), weights.weight(x));
        return c != 0 ? c : x.compareTo(y);
      });
      for (String t : terms.subList(0, Math.min(RARE_TERMS, terms.size()))) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> p : postings.values()) {
      if (p.size() > MAX_POSTING) {
        continue;
      }
      for (int x = 0; x < p.size(); x++) {
        for (int y = x + 1; y < p.size(); y++) {
          out.add(key(Math.min(p.get(x), p.get(y)), Math.max(p.get(x), p.get(y))));
        }
      }
    }
  }

  /** Random-hyperplane hashing of the vectors: near vectors share a bucket in some table. Seeded: deterministic. */
  private static void vectorHashPairs(List<Said> items, List<Integer> bucket, Set<Long> out) {
    int dim = -1;
    for (int i : bucket) {
      if (items.get(i).meaning() != null) {
        dim = items.get(i).meaning().length;
        break;
      }
    }
    if (dim <= 0) {
      return;
    }
    java.util.Random random = new java.util.Random(20261206L);
    for (int table = 0; table < HASH_TABLES; table++) {
      float[][] planes = new float[HASH_BITS][dim];
      for (float[] plane : planes) {
        for (int d = 0; d < dim; d++) {
          plane[d] = (float) random.nextGaussian();
        }
      }
      Map<Integer, List<Integer>> cells = new HashMap<>();
      for (int i : bucket) {
        float[] v = items.get(i).meaning();
        if (v == null || Vectors.isZero(v)) {
          continue;
        }
        int code = 0;
        for (int b = 0; b < HASH_BITS; b++) {
          if (Vectors.dot(planes[b], v) > 0) {
            code |= 1 << b;
          }
        }
        cells.computeIfAbsent(code, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> c : cells.values()) {
        if (c.size() > MAX_POSTING) {
          continue;
        }
        for (int x = 0; x < c.size(); x++) {
          for (int y = x + 1; y < c.size(); y++) {
            out.add(key(Math.min(c.get(x), c.get(y)), Math.max(c.get(x), c.get(y))));
          }
        }
      }
    }
  }

  /** Statements of different claimants that share a run of quoteRun words: indexed by the run's hash. */
  private void quotationPairs(List<Said> items, Set<Long> out) {
    int k = matching.quoteRun();
    Map<Long, List<Integer>> runs = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> w = items.get(i).content().words();
      Set<Long> own = new HashSet<>();
      for (int s = 0; s + k <= w.size(); s++) {
        long h = 1125899906842597L;
        for (int x = s; x < s + k; x++) {
          h = 31 * h + w.get(x).hashCode();
        }
        if (own.add(h)) {
          runs.computeIfAbsent(h, x -> new ArrayList<>()).add(i);
        }
      }
    }
    for (List<Integer> p : runs.values()) {
      if (p.size() < 2 || p.size() > MAX_POSTING) {
        continue;
      }
      for (int x = 0; x < p.size(); x++) {
        for (int y = x + 1; y < p.size(); y++) {
          if (!items.get(p.get(x)).claimantKey().equals(items.get(p.get(y)).claimantKey())) {
            out.add(key(Math.min(p.get(x), p.get(y)), Math.max(p.get(x), p.get(y))));
          }
        }
      }
    }
  }

  static long key(int i, int j) {
    return ((long) i << 32) | (j & 0xffffffffL);
  }
}
