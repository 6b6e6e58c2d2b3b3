package org.corroborate.eval.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.model.Span;

/**
 * Scores predicted attributions against gold ones, accumulating over articles.
 *
 * <p>Definitions. A role span is the list of a relation's fragments for that role, each trimmed
 * of white space, sorted, and merged where only white space separates them; relations without
 * that role (e.g. no source) contribute no span. Spans are matched one to one within an article:
 * <ul>
 *   <li><b>exact</b>: identical fragment lists (same characters);</li>
 *   <li><b>overlap</b>: the spans share at least one character (so at least one token); each gold
 *       span takes the unmatched predicted span it shares most characters with.</li>
 * </ul>
 * A <b>relation</b> matches exactly when its cue, content and source spans all match exactly,
 * where an absent source matches only an absent source (likewise content); it matches by overlap
 * when each role overlaps (absent matching absent). Precision = matched / predicted,
 * recall = matched / gold, F1 their harmonic mean.
 *
 * <p>Error kinds are read off the overlap matching: a gold span no prediction touches is
 * "missed", a prediction touching no gold span is "spurious", and a touching pair that is not
 * exact is "too long" (prediction contains gold), "too short" (gold contains prediction) or
 * "shifted". Per gold relation whose cue was found (overlap), its source is "missing",
 * "spurious" (gold has none) or "wrong" (no overlap) when it differs.
 */
public final class AttributionScorer {

  /** What is scored. */
  public enum Role { SOURCE, CUE, CONTENT, RELATION }

  /** How spans are compared. */
  public enum Match { EXACT, OVERLAP }

  /** True positives, predicted and gold counts. */
  public record Counts(long tp, long predicted, long gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) tp / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) tp / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<Match, Map<Role, long[]>> counts = new EnumMap<>(Match.class);
  private final Map<String, Long> errors = new TreeMap<>();

  public AttributionScorer() {
    for (Match m : Match.values()) {
      Map<Role, long[]> byRole = new EnumMap<>(Role.class);
      for (Role r : Role.values()) {
        byRole.put(r, new long[3]);
      }
      counts.put(m, byRole);
    }
  }

  public Counts counts(Role role, Match match) {
    long[] c = counts.get(match).get(role);
    return new Counts(c[0], c[1], c[2]);
  }

  /** Error kind ("content: too long", ...) to count, sorted by name. */
  public Map<String, Long> errors() {
    return new TreeMap<>(errors);
  }

  /** Scores one article. */
  public void add(String text, List<Attribution> gold, List<Attribution> predicted) {
    List<List<List<Span>>> g = new ArrayList<>();
    List<List<List<Span>>> p = new ArrayList<>();
    for (Attribution a : gold) {
      g.add(List.of(norm(a.source(), text), norm(a.cue(), text), norm(a.content(), text)));
    }
    for (Attribution a : predicted) {
      p.add(List.of(norm(a.source(), text), norm(a.cue(), text), norm(a.content(), text)));
    }
    Role[] roles = {Role.SOURCE, Role.CUE, Role.CONTENT};
    for (int r = 0; r < 3; r++) {
      List<List<Span>> gs = new ArrayList<>();
      List<List<Span>> ps = new ArrayList<>();
      for (List<List<Span>> x : g) {
        if (!x.get(r).isEmpty()) {
          gs.add(x.get(r));
        }
      }
      for (List<List<Span>> x : p) {
        if (!x.get(r).isEmpty()) {
          ps.add(x.get(r));
        }
      }
      String name = roles[r].name().toLowerCase(java.util.Locale.ROOT);
      count(roles[r], Match.EXACT, gs.size(), ps.size(), matchExact(gs, ps));
      int[] m = matchOverlap(gs, ps);
      long tp = 0;
      boolean[] predUsed = new boolean[ps.size()];
      for (int i = 0; i < gs.size(); i++) {
        if (m[i] < 0) {
          error(name + ": missed");
          continue;
        }
        tp++;
        predUsed[m[i]] = true;
        List<Span> a = gs.get(i);
        List<Span> b = ps.get(m[i]);
        if (!a.equals(b)) {
          error(name + ": " + boundary(a, b));
        }
      }
      for (int j = 0; j < ps.size(); j++) {
        if (!predUsed[j]) {
          error(name + ": spurious");
        }
      }
      count(roles[r], Match.OVERLAP, gs.size(), ps.size(), tp);
    }
    count(Role.RELATION, Match.EXACT, g.size(), p.size(), matchRelations(g, p, true));
    count(Role.RELATION, Match.OVERLAP, g.size(), p.size(), matchRelations(g, p, false));
    // source errors per gold relation whose cue was found
    boolean[] used = new boolean[p.size()];
    for (List<List<Span>> gr : g) {
      int best = -1;
      for (int j = 0; j < p.size() && best < 0; j++) {
        if (!used[j] && overlap(gr.get(1), p.get(j).get(1)) > 0) {
          best = j;
        }
      }
      if (best < 0) {
        continue;
      }
      used[best] = true;
      List<Span> gsrc = gr.get(0);
      List<Span> psrc = p.get(best).get(0);
      if (!gsrc.isEmpty() && psrc.isEmpty()) {
        error("relation: source missing");
      } else if (gsrc.isEmpty() && !psrc.isEmpty()) {
        error("relation: source spurious (gold has none)");
      } else if (!gsrc.isEmpty() && overlap(gsrc, psrc) == 0) {
        error("relation: source wrong");
      }
    }
  }

  private void count(Role role, Match match, long gold, long pred, long tp) {
    long[] c = counts.get(match).get(role);
    c[0] += tp;
    c[1] += pred;
    c[2] += gold;
  }

  private void error(String kind) {
    errors.merge(kind, 1L, Long::sum);
  }

  private static String boundary(List<Span> gold, List<Span> pred) {
    Span g = cover(gold);
    Span p = cover(pred);
    if (g.equals(p)) {
      return "fragments differ";
    }
    if (p.contains(g)) {
      return "too long";
    }
    if (g.contains(p)) {
      return "too short";
    }
    return "shifted";
  }

  private static Span cover(List<Span> s) {
    return new Span(s.get(0).start(), s.get(s.size() - 1).end());
  }

  private static long matchExact(List<List<Span>> gs, List<List<Span>> ps) {
    boolean[] used = new boolean[ps.size()];
    long tp = 0;
    for (List<Span> a : gs) {
      for (int j = 0; j < ps.size(); j++) {
        if (!used[j] && ps.get(j).equals(a)) {
          used[j] = true;
          tp++;
          break;
        }
      }
    }
    return tp;
  }

  /** For each gold span the index of its overlap partner, or -1. */
  private static int[] matchOverlap(List<List<Span>> gs, List<List<Span>> ps) {
    int[] m = new int[gs.size()];
    boolean[] used = new boolean[ps.size()];
    for (int i = 0; i < gs.size(); i++) {
      int best = -1;
      long bestOv = 0;
      for (int j = 0; j < ps.size(); j++) {
        if (used[j]) {
          continue;
        }
        long ov = overlap(gs.get(i), ps.get(j));
        if (ov > bestOv) {
          bestOv = ov;
          best = j;
        }
      }
      m[i] = best;
      if (best >= 0) {
        used[best] = true;
      }
    }
    return m;
  }

  private static long matchRelations(List<List<List<Span>>> g, List<List<List<Span>>> p, boolean exact) {
    boolean[] used = new boolean[p.size()];
    long tp = 0;
    for (List<List<Span>> a : g) {
      for (int j = 0; j < p.size(); j++) {
        if (used[j]) {
          continue;
        }
        boolean all = true;
        for (int r = 0; r < 3 && all; r++) {
          List<Span> x = a.get(r);
          List<Span> y = p.get(j).get(r);
          if (x.isEmpty() || y.isEmpty()) {
            all = x.isEmpty() && y.isEmpty();
          } else {
            all = exact ? x.equals(y) : overlap(x, y) > 0;
          }
        }
        if (all) {
          used[j] = true;
          tp++;
          break;
        }
      }
    }
    return tp;
  }

  /** Characters shared by two fragment lists. */
  static long overlap(List<Span> a, List<Span> b) {
    long n = 0;
    for (Span x : a) {
      for (Span y : b) {
        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return n;
  }

  /** Fragments trimmed, sorted, and merged where only white space separates them. */
  static List<Span> norm(List<Span> frags, String text) {
    List<Span> sorted = new ArrayList<>();
    for (Span s : frags) {
      Span t = BratReader.trim(s, text);
      if (t.length() > 0) {
        sorted.add(t);
      }
    }
    sorted.sort(null);
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        if (prev.end() >= s.start() || text.substring(prev.end(), s.start()).isBlank()) {
          out.set(out.size() - 1, new Span(prev.start(), Math.max(prev.end(), s.end())));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }
}
