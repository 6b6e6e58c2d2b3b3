package org.corroborate.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.nlp.Token;

/**
 * Feature strings of each token for the attribution tagger: the token and its neighbours
 * (word, lemma, POS, NER, shape), quotation state, position in sentence and paragraph, and the
 * distance and lemma of the nearest likely cue to the left and right (from the {@link CueLexicon}),
 * and, in stacked passes, in sentences that carry a dependency parse and where the previous pass
 * found a cue, the token's place in the tree relative to those cues.
 * Training and tagging call the same code, so the model sees the same features in both.
 */
public final class Features {
  private final CueLexicon lexicon;

  public Features(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Receives the features of token {@code token}. */
  @FunctionalInterface
  public interface Sink {
    void add(int token, long feature);
  }

  static String lowerLemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  /** Quote mark class of a word: 1 opening, 2 closing, 3 ambiguous straight quote, 0 none. */
  static int quoteMark(String w) {
    return switch (w) {
      case "``", "“", "«" -> 1;
      case "''", "”", "»" -> 2;
      case "\"" -> 3;
      default -> 0;
    };
  }

  static String shape(String w) {
    StringBuilder sb = new StringBuilder(6);
    char last = 0;
    for (int i = 0; i < w.length() && sb.length() < 5; i++) {
      char c = w.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }

  private static String bucket(int d) {
    if (d <= 3) {
      return Integer.toString(d);
    }
    if (d <= 5) {
      return "4-5";
    }
    if (d <= 10) {
      return "6-10";
    }
    if (d <= 20) {
      return "11-20";
    }
    return ">20";
  }

  private static String pBucket(float p) {
    if (p < 0.02f) {
      return "0";
    }
    if (p < 0.15f) {
      return "1";
    }
    if (p < 0.3f) {
      return "2";
    }
    if (p < 0.5f) {
      return "3";
    }
    if (p < 0.7f) {
      return "4";
    }
    return "5";
  }

  /** Whether {@code tags} has a cue in tokens [a, b). */
  static boolean hasCue(Tag[] tags, int a, int b) {
    for (int i = a; i < b; i++) {
      if (tags[i].role() == Tag.Role.CUE) {
        return true;
      }
    }
    return false;
  }

  /** Emits every feature of every token of {@code doc} to {@code sink}. */
  public void extract(NlpDocument doc, Sink sink) {
    extract(doc, null, sink);
  }

  /**
   * As {@link #extract(NlpDocument, Sink)}, plus, when {@code prior} is not null, stacked features
   * from a first-pass tagging: the prior tags around the token and the distance to the nearest
   * cue the first pass found, which anchor sources and contents better than lexicon candidates.
   */
  public void extract(NlpDocument doc, Tag[] prior, Sink sink) {
    List<Token> toks = doc.tokens();
    int n = toks.size();
    String[] w = new String[n];
    String[] l = new String[n];
    String[] p = new String[n];
    String[] ner = new String[n];
    float[] cp = new float[n];
    boolean[] cand = new boolean[n];
    boolean[] paraStart = new boolean[n];
    int[] quote = quoteStates(doc);
    String text = doc.text();
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      w[i] = t.word().toLowerCase(Locale.ROOT);
      l[i] = lowerLemma(t);
      p[i] = t.pos();
      ner[i] = t.ner();
      cp[i] = lexicon.p(l[i]);
      cand[i] = cp[i] >= CueLexicon.CANDIDATE && !p[i].equals("NNP");
      paraStart[i] = i == 0 || newlineBetween(text, toks.get(i - 1).span().end(), t.span().start());
    }
    List<NlpSentence> sents = doc.sentences();
    boolean prevSentCue = false;
    for (NlpSentence s : sents) {
      int a = s.firstToken();
      int b = s.endToken();
      boolean sentCue = false;
      boolean sentQuote = false;
      for (int i = a; i < b; i++) {
        sentCue |= cand[i];
        sentQuote |= quote[i] == 1 || quote[i] == 3;
      }
      // nearest cue candidate left and right of each token, within the sentence
      int[] left = new int[b - a];
      int[] right = new int[b - a];
      int last = -1;
      for (int i = a; i < b; i++) {
        left[i - a] = last;
        if (cand[i]) {
          last = i;
        }
      }
      last = -1;
      for (int i = b - 1; i >= a; i--) {
        right[i - a] = last;
        if (cand[i]) {
          last = i;
        }
      }
      String sentFlags = (sentCue ? "C" : "c") + (sentQuote ? "Q" : "q") + (prevSentCue ? "P" : "p");
      for (int i = a; i < b; i++) {
        String wi = w[i];
        String pi = p[i];
        String qi = Integer.toString(quote[i]);
        sink.add(i, Hash.of("b"));
        sink.add(i, Hash.of("w=", wi));
        sink.add(i, Hash.of("l=", l[i]));
        sink.add(i, Hash.of("p=", pi));
        sink.add(i, Hash.of("n=", ner[i]));
        sink.add(i, Hash.of("sh=", shape(toks.get(i).word())));
        if (wi.length() > 3) {
          sink.add(i, Hash.of("s3=", wi.substring(wi.length() - 3)));
        }
        for (int k = -3; k <= 3; k++) {
          if (k == 0) {
            continue;
          }
          int j = i + k;
          String wj = j < a ? "<S>" : j >= b ? "</S>" : w[j];
          String pj = j < a ? "<S>" : j >= b ? "</S>" : p[j];
          if (Math.abs(k) <= 2) {
            sink.add(i, Hash.of("w", k, wj));
          }
          sink.add(i, Hash.of("p", k, pj));
        }
        String pm1 = i - 1 >= a ? p[i - 1] : "<S>";
        String pp1 = i + 1 < b ? p[i + 1] : "</S>";
        String lm1 = i - 1 >= a ? l[i - 1] : "<S>";
        String lp1 = i + 1 < b ? l[i + 1] : "</S>";
        sink.add(i, Hash.of("pp=", pm1, pi));
        sink.add(i, Hash.of("pn=", pi, pp1));
        sink.add(i, Hash.of("ppn=", pm1, pi, pp1));
        sink.add(i, Hash.of("ll=", lm1, l[i]));
        sink.add(i, Hash.of("ln=", l[i], lp1));
        String cb = pBucket(cp[i]);
        sink.add(i, Hash.of("cp=", cb));
        sink.add(i, Hash.of("cp|p=", cb, pi));
        sink.add(i, Hash.of("cp-1=", (i - 1 >= a ? pBucket(cp[i - 1]) : "S")));
        sink.add(i, Hash.of("cp+1=", (i + 1 < b ? pBucket(cp[i + 1]) : "S")));
        sink.add(i, Hash.of("q=", qi));
        sink.add(i, Hash.of("q|p=", qi, pi));
        sink.add(i, Hash.of("pos=", (i == a ? "first" : i == b - 1 ? "last" : i == b - 2 ? "penult" : "mid")));
        sink.add(i, Hash.of("para=", (paraStart[i] ? "T" : "F")));
        sink.add(i, Hash.of("sf=", sentFlags));
        sink.add(i, Hash.of("sf|q=", sentFlags, qi));
        int lc = left[i - a];
        int rc = right[i - a];
        String ld = lc < 0 ? "none" : bucket(i - lc);
        String rd = rc < 0 ? "none" : bucket(rc - i);
        sink.add(i, Hash.of("lc=", ld));
        sink.add(i, Hash.of("rc=", rd));
        sink.add(i, Hash.of("lc|rc=", ld, rd));
        sink.add(i, Hash.of("lc|p=", ld, pi));
        sink.add(i, Hash.of("rc|p=", rd, pi));
        sink.add(i, Hash.of("lc|q=", ld, qi));
        sink.add(i, Hash.of("rc|q=", rd, qi));
        sink.add(i, Hash.of("w|p=", wi, pi));
        sink.add(i, Hash.of("l|p-1=", l[i], pm1));
        sink.add(i, Hash.of("l|w+1=", l[i], (i + 1 < b ? w[i + 1] : "</S>")));
        sink.add(i, Hash.of("l|w-1=", l[i], (i - 1 >= a ? w[i - 1] : "<S>")));
        sink.add(i, Hash.of("n-1|n|n+1=", (i - 1 >= a ? ner[i - 1] : "S"), ner[i], (i + 1 < b ? ner[i + 1] : "S")));
        sink.add(i, Hash.of("w-1|w+1=", (i - 1 >= a ? w[i - 1] : "<S>"), (i + 1 < b ? w[i + 1] : "</S>")));
        if (lc >= 0) {
          String after = lc + 1 < b ? w[lc + 1] : "</S>";
          sink.add(i, Hash.of("lcNext=", after, ld));
          sink.add(i, Hash.of("lcl|q|ld=", l[lc], qi, ld));
          sink.add(i, Hash.of("lcEnd=", bucket(b - 1 - lc), pi));
        }
        if (rc >= 0) {
          String before = rc - 1 >= a ? w[rc - 1] : "<S>";
          String after = rc + 1 < b ? p[rc + 1] : "</S>";
          sink.add(i, Hash.of("rcCtx=", before, l[rc], after));
          sink.add(i, Hash.of("rcCtx|rd=", before, after, rd));
          sink.add(i, Hash.of("rcEnd=", bucket(b - 1 - rc), qi));
        }
        if (lc >= 0) {
          sink.add(i, Hash.of("lcl=", l[lc]));
          sink.add(i, Hash.of("lcl|p=", l[lc], pi));
          sink.add(i, Hash.of("lcp=", p[lc]));
        }
        if (rc >= 0) {
          sink.add(i, Hash.of("rcl=", l[rc]));
          sink.add(i, Hash.of("rcl|p=", l[rc], pi));
          sink.add(i, Hash.of("rcp=", p[rc]));
        }
        sink.add(i, Hash.of("toEnd=", bucket(b - 1 - i)));
        sink.add(i, Hash.of("fromStart=", bucket(i - a)));
      }
      if (prior != null && parsed(toks, a, b) && hasCue(prior, a, b)) {
        boolean[] anchor = new boolean[n];
        for (int i = a; i < b; i++) {
          anchor[i] = prior[i].role() == Tag.Role.CUE;
        }
        syntax(toks, l, p, anchor, "S", a, b, sink);
      }
      if (prior != null) {
        stacked(prior, w, l, p, quote, a, b, sink);
      }
      prevSentCue = sentCue;
    }
  }

  /** Whether the sentence [a, b) carries a dependency parse. */
  static boolean parsed(List<Token> toks, int a, int b) {
    return b > a && toks.get(a).head() != -2;
  }

  /**
   * Dependency features of a sentence that was parsed, relative to its cue anchors (the cues the
   * previous pass found): the branch by
   * which a token hangs under its nearest anchor ancestor ("ccomp" for a reported clause, "nsubj"
   * for the speaker, ...) and whether the token is the first or last of that branch's subtree —
   * the clause edges a content span starts and ends on — and, for a token above an anchor, the
   * relation by which the anchor hangs under it ("parataxis" in “..., he said”).
   */
  private static void syntax(List<Token> toks, String[] l, String[] p, boolean[] anchor, String pass, int a, int b,
      Sink sink) {
    int m = b - a;
    int[] head = new int[m];
    String[] rel = new String[m];
    for (int i = 0; i < m; i++) {
      Token t = toks.get(a + i);
      int h = t.head();
      head[i] = h >= a && h < b ? h - a : -1;
      String d = t.deprel() == null ? "root" : t.deprel();
      int colon = d.indexOf(':');
      rel[i] = colon > 0 ? d.substring(0, colon) : d;
    }
    // subtree spans
    int[] lo = new int[m];
    int[] hi = new int[m];
    for (int i = 0; i < m; i++) {
      lo[i] = i;
      hi[i] = i;
    }
    for (int i = 0; i < m; i++) {
      int steps = 0;
      for (int h = head[i]; h >= 0 && steps < m; h = head[h], steps++) {
        lo[h] = Math.min(lo[h], i);
        hi[h] = Math.max(hi[h], i);
      }
    }
    // for tokens above an anchor: the relation of the step just below them on the anchor's path
    String[] below = new String[m];
    for (int i = 0; i < m; i++) {
      if (!anchor[a + i]) {
        continue;
      }
      int child = i;
      int steps = 0;
      for (int h = head[i]; h >= 0 && steps < m; child = h, h = head[h], steps++) {
        if (below[h] == null && !anchor[a + h]) {
          below[h] = rel[child];
        }
        if (anchor[a + h]) {
          break;
        }
      }
    }
    for (int i = 0; i < m; i++) {
      int ti = a + i;
      String pi = p[ti];
      String ri = rel[i];
      sink.add(ti, Hash.of("d=", pass, ri));
      sink.add(ti, Hash.of("d|p=", pass, ri, pi));
      int h = head[i];
      String hr = h < 0 ? "ROOT" : rel[h];
      sink.add(ti, Hash.of("d|hd=", pass, ri, hr));
      sink.add(ti, Hash.of("d|hl=", ri, h < 0 ? "ROOT" : l[a + h], pass.length()));
      if (anchor[ti]) {
        sink.add(ti, Hash.of("anc|d=", pass, ri));
        continue;
      }
      // nearest anchor ancestor and the branch under it
      int child = i;
      int depth = 1;
      int anc = -1;
      for (int x = head[i]; x >= 0 && depth <= m; child = x, x = head[x], depth++) {
        if (anchor[a + x]) {
          anc = x;
          break;
        }
      }
      if (anc >= 0) {
        String br = rel[child];
        String dir = i < anc ? "L" : "R";
        String edge = (i == lo[child] ? "F" : "") + (i == hi[child] ? "E" : "");
        String db = depth <= 1 ? "1" : depth <= 3 ? "2-3" : ">3";
        sink.add(ti, Hash.of("ua=", pass, br, dir));
        sink.add(ti, Hash.of("ua|e=", pass, br, dir + edge));
        sink.add(ti, Hash.of("ua|d=", pass, br, db));
        sink.add(ti, Hash.of("ua|l=", br, l[a + anc], pass.length()));
        sink.add(ti, Hash.of("ua|p=", pass, br, pi));
      } else {
        sink.add(ti, Hash.of("ua=", pass, "none", below[i] == null ? "-" : "B"));
      }
      if (below[i] != null) {
        sink.add(ti, Hash.of("da=", pass, below[i]));
        sink.add(ti, Hash.of("da|d=", pass, below[i], ri));
      }
      // whether the previous token closes a branch under an anchor: content often ends there
      if (i > 0 && head[i - 1] >= 0 && anchor[a + head[i - 1]] && hi[i - 1] == i - 1) {
        sink.add(ti, Hash.of("prevEnd=", pass, rel[i - 1]));
      }
    }
  }

  /**
   * Per token, where it stands with respect to quotation marks: 0 outside, 1 opening mark, 2 inside,
   * 3 closing mark. A straight quote opens or closes by the state before it; a paragraph break closes
   * any open quotation.
   */
  static int[] quoteStates(NlpDocument doc) {
    List<Token> toks = doc.tokens();
    int[] quote = new int[toks.size()];
    String text = doc.text();
    boolean inQuote = false;
    for (int i = 0; i < toks.size(); i++) {
      if (i > 0 && newlineBetween(text, toks.get(i - 1).span().end(), toks.get(i).span().start())) {
        inQuote = false;
      }
      int q = quoteMark(toks.get(i).word());
      if (q == 3) {
        q = inQuote ? 2 : 1;
      }
      if (q == 1) {
        quote[i] = 1;
        inQuote = true;
      } else if (q == 2) {
        quote[i] = 3;
        inQuote = false;
      } else {
        quote[i] = inQuote ? 2 : 0;
      }
    }
    return quote;
  }

  static boolean newlineBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static String tag(Tag[] prior, int j, int a, int b) {
    return j < a ? "<S>" : j >= b ? "</S>" : prior[j].name();
  }

  private static String few(int n) {
    return n >= 2 ? "2+" : Integer.toString(n);
  }

  private static void stacked(Tag[] prior, String[] w, String[] l, String[] p, int[] quote, int a, int b, Sink sink) {
    // prefix counts over the sentence: commas, verbs, quote marks before position j
    int[] commas = new int[b - a + 1];
    int[] verbs = new int[b - a + 1];
    int[] quotes = new int[b - a + 1];
    for (int j = a; j < b; j++) {
      commas[j - a + 1] = commas[j - a] + (w[j].equals(",") ? 1 : 0);
      verbs[j - a + 1] = verbs[j - a] + (p[j].startsWith("VB") && prior[j].role() != Tag.Role.CUE ? 1 : 0);
      quotes[j - a + 1] = quotes[j - a] + (quote[j] == 1 || quote[j] == 3 ? 1 : 0);
    }
    int[] left = new int[b - a];
    int[] right = new int[b - a];
    int last = -1;
    for (int i = a; i < b; i++) {
      left[i - a] = last;
      if (prior[i].role() == Tag.Role.CUE) {
        last = i;
      }
    }
    last = -1;
    for (int i = b - 1; i >= a; i--) {
      right[i - a] = last;
      if (prior[i].role() == Tag.Role.CUE) {
        last = i;
      }
    }
    for (int i = a; i < b; i++) {
      String t0 = prior[i].name();
      String tm1 = tag(prior, i - 1, a, b);
      String tp1 = tag(prior, i + 1, a, b);
      sink.add(i, Hash.of("t1=", t0));
      sink.add(i, Hash.of("t1|p=", t0, p[i]));
      sink.add(i, Hash.of("t1|l=", t0, l[i]));
      sink.add(i, Hash.of("t1-1|t1=", tm1, t0));
      sink.add(i, Hash.of("t1|t1+1=", t0, tp1));
      sink.add(i, Hash.of("t1-1|t1|t1+1=", tm1, t0, tp1));
      sink.add(i, Hash.of("t1-2=", tag(prior, i - 2, a, b)));
      sink.add(i, Hash.of("t1+2=", tag(prior, i + 2, a, b)));
      int lc = left[i - a];
      int rc = right[i - a];
      String ld = lc < 0 ? "none" : bucket(i - lc);
      String rd = rc < 0 ? "none" : bucket(rc - i);
      sink.add(i, Hash.of("pl=", ld));
      sink.add(i, Hash.of("pr=", rd));
      sink.add(i, Hash.of("pl|pr=", ld, rd));
      sink.add(i, Hash.of("pl|pr|t1=", ld, rd, t0));
      sink.add(i, Hash.of("pl|p=", ld, p[i]));
      sink.add(i, Hash.of("pr|p=", rd, p[i]));
      sink.add(i, Hash.of("pl|pr|q=", ld, rd, quote[i]));
      if (lc >= 0) {
        sink.add(i, Hash.of("pll=", l[lc], ld));
        // between the cue on the left and this token
        String between = few(commas[i - a] - commas[lc - a + 1]) + few(verbs[i - a] - verbs[lc - a + 1])
            + few(quotes[i - a] - quotes[lc - a + 1]);
        sink.add(i, Hash.of("plB=", between, t0));
        sink.add(i, Hash.of("plB|p=", between, p[i]));
        sink.add(i, Hash.of("plN=", lc + 1 < b ? w[lc + 1] : "</S>", ld));
      }
      if (rc >= 0) {
        sink.add(i, Hash.of("prl=", l[rc], rd));
        String between = few(commas[rc - a] - commas[i - a + 1]) + few(verbs[rc - a] - verbs[i - a + 1])
            + few(quotes[rc - a] - quotes[i - a + 1]);
        sink.add(i, Hash.of("prB=", between, t0));
        sink.add(i, Hash.of("prB|p=", between, p[i]));
        sink.add(i, Hash.of("prP=", rc - 1 >= a ? w[rc - 1] : "<S>", rd));
      }
    }
  }

  /**
   * Token indexes where the tagger's decoding units start: paragraphs (a line break before the
   * token). Decoding per paragraph keeps sequences short; a relation may still span paragraphs
   * because {@link RelationBuilder} groups fragments across them. The last entry is the token count.
   */
  public static int[] segments(NlpDocument doc) {
    List<Token> toks = doc.tokens();
    List<Integer> starts = new ArrayList<>();
    String text = doc.text();
    for (int i = 0; i < toks.size(); i++) {
      if (i == 0 || newlineBetween(text, toks.get(i - 1).span().end(), toks.get(i).span().start())) {
        starts.add(i);
      }
    }
    starts.add(toks.size());
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** All feature keys as lists, one per token (for inspection and tests). */
  public List<List<Long>> extract(NlpDocument doc) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < doc.tokens().size(); i++) {
      out.add(new ArrayList<>());
    }
    extract(doc, (t, f) -> out.get(t).add(f));
    return out;
  }
}
