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
 * distance and lemma of the nearest likely cue to the left and right (from the {@link CueLexicon}).
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
    void add(int token, String feature);
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

  /** Emits every feature of every token of {@code doc} to {@code sink}. */
  public void extract(NlpDocument doc, Sink sink) {
    List<Token> toks = doc.tokens();
    int n = toks.size();
    String[] w = new String[n];
    String[] l = new String[n];
    String[] p = new String[n];
    String[] ner = new String[n];
    float[] cp = new float[n];
    boolean[] cand = new boolean[n];
    boolean[] paraStart = new boolean[n];
    int[] quote = new int[n]; // 0 outside, 1 open mark, 2 inside, 3 close mark
    String text = doc.text();
    boolean inQuote = false;
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      w[i] = t.word().toLowerCase(Locale.ROOT);
      l[i] = lowerLemma(t);
      p[i] = t.pos();
      ner[i] = t.ner();
      cp[i] = lexicon.p(l[i]);
      cand[i] = cp[i] >= CueLexicon.CANDIDATE && !p[i].equals("NNP");
      paraStart[i] = i == 0 || text.substring(toks.get(i - 1).span().end(), t.span().start()).indexOf('\n') >= 0;
      if (paraStart[i]) {
        inQuote = false;
      }
      int q = quoteMark(t.word());
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
        sink.add(i, "b");
        sink.add(i, "w=" + wi);
        sink.add(i, "l=" + l[i]);
        sink.add(i, "p=" + pi);
        sink.add(i, "n=" + ner[i]);
        sink.add(i, "sh=" + shape(toks.get(i).word()));
        if (wi.length() > 3) {
          sink.add(i, "s3=" + wi.substring(wi.length() - 3));
        }
        for (int k = -3; k <= 3; k++) {
          if (k == 0) {
            continue;
          }
          int j = i + k;
          String wj = j < a ? "<S>" : j >= b ? "</S>" : w[j];
          String pj = j < a ? "<S>" : j >= b ? "</S>" : p[j];
          if (Math.abs(k) <= 2) {
            sink.add(i, "w" + k + "=" + wj);
          }
          sink.add(i, "p" + k + "=" + pj);
        }
        String pm1 = i - 1 >= a ? p[i - 1] : "<S>";
        String pp1 = i + 1 < b ? p[i + 1] : "</S>";
        String lm1 = i - 1 >= a ? l[i - 1] : "<S>";
        String lp1 = i + 1 < b ? l[i + 1] : "</S>";
        sink.add(i, "pp=" + pm1 + "|" + pi);
        sink.add(i, "pn=" + pi + "|" + pp1);
        sink.add(i, "ppn=" + pm1 + "|" + pi + "|" + pp1);
        sink.add(i, "ll=" + lm1 + "|" + l[i]);
        sink.add(i, "ln=" + l[i] + "|" + lp1);
        String cb = pBucket(cp[i]);
        sink.add(i, "cp=" + cb);
        sink.add(i, "cp|p=" + cb + "|" + pi);
        sink.add(i, "cp-1=" + (i - 1 >= a ? pBucket(cp[i - 1]) : "S"));
        sink.add(i, "cp+1=" + (i + 1 < b ? pBucket(cp[i + 1]) : "S"));
        sink.add(i, "q=" + qi);
        sink.add(i, "q|p=" + qi + "|" + pi);
        sink.add(i, "pos=" + (i == a ? "first" : i == b - 1 ? "last" : i == b - 2 ? "penult" : "mid"));
        sink.add(i, "para=" + paraStart[i]);
        sink.add(i, "sf=" + sentFlags);
        sink.add(i, "sf|q=" + sentFlags + "|" + qi);
        int lc = left[i - a];
        int rc = right[i - a];
        String ld = lc < 0 ? "none" : bucket(i - lc);
        String rd = rc < 0 ? "none" : bucket(rc - i);
        sink.add(i, "lc=" + ld);
        sink.add(i, "rc=" + rd);
        sink.add(i, "lc|rc=" + ld + "|" + rd);
        sink.add(i, "lc|p=" + ld + "|" + pi);
        sink.add(i, "rc|p=" + rd + "|" + pi);
        sink.add(i, "lc|q=" + ld + "|" + qi);
        sink.add(i, "rc|q=" + rd + "|" + qi);
        sink.add(i, "w|p=" + wi + "|" + pi);
        sink.add(i, "l|p-1=" + l[i] + "|" + pm1);
        sink.add(i, "l|w+1=" + l[i] + "|" + (i + 1 < b ? w[i + 1] : "</S>"));
        sink.add(i, "l|w-1=" + l[i] + "|" + (i - 1 >= a ? w[i - 1] : "<S>"));
        sink.add(i, "n-1|n|n+1=" + (i - 1 >= a ? ner[i - 1] : "S") + "|" + ner[i] + "|" + (i + 1 < b ? ner[i + 1] : "S"));
        sink.add(i, "w-1|w+1=" + (i - 1 >= a ? w[i - 1] : "<S>") + "|" + (i + 1 < b ? w[i + 1] : "</S>"));
        if (lc >= 0) {
          String after = lc + 1 < b ? w[lc + 1] : "</S>";
          sink.add(i, "lcNext=" + after + "|" + ld);
          sink.add(i, "lcl|q|ld=" + l[lc] + "|" + qi + "|" + ld);
          sink.add(i, "lcEnd=" + bucket(b - 1 - lc) + "|" + pi);
        }
        if (rc >= 0) {
          String before = rc - 1 >= a ? w[rc - 1] : "<S>";
          String after = rc + 1 < b ? p[rc + 1] : "</S>";
          sink.add(i, "rcCtx=" + before + "|" + l[rc] + "|" + after);
          sink.add(i, "rcCtx|rd=" + before + "|" + after + "|" + rd);
          sink.add(i, "rcEnd=" + bucket(b - 1 - rc) + "|" + qi);
        }
        if (lc >= 0) {
          sink.add(i, "lcl=" + l[lc]);
          sink.add(i, "lcl|p=" + l[lc] + "|" + pi);
          sink.add(i, "lcp=" + p[lc]);
        }
        if (rc >= 0) {
          sink.add(i, "rcl=" + l[rc]);
          sink.add(i, "rcl|p=" + l[rc] + "|" + pi);
          sink.add(i, "rcp=" + p[rc]);
        }
        sink.add(i, "toEnd=" + bucket(b - 1 - i));
        sink.add(i, "fromStart=" + bucket(i - a));
      }
      prevSentCue = sentCue;
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
      if (i == 0 || text.substring(toks.get(i - 1).span().end(), toks.get(i).span().start()).indexOf('\n') >= 0) {
        starts.add(i);
      }
    }
    starts.add(toks.size());
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** All features as lists, one per token (for inspection and tests). */
  public List<List<String>> extract(NlpDocument doc) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < doc.tokens().size(); i++) {
      out.add(new ArrayList<>());
    }
    extract(doc, (t, f) -> out.get(t).add(f));
    return out;
  }
}
