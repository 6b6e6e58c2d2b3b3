package org.corroborate.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's text metric. Texts are split into word tokens (runs of Unicode
 * letters, numbers and underscores, like Python's {@code \w+}), tokens are grouped into overlapping
 * 4-token shingles counted as a multiset, and matched counts give true positives, surplus predicted
 * shingles false positives and missing ones false negatives. Each page's three counts are normalised
 * to sum to 1 so that long pages do not weigh more. A text shorter than 4 tokens makes one shorter
 * shingle, as in the benchmark's reference code.
 */
public final class ShingleMetric {
  /** The shingle length the benchmark uses. */
  public static final int SHINGLE = 4;

  private ShingleMetric() {}

  /** One page's normalised counts; all zero when both texts have no tokens. */
  public record Counts(double tp, double fp, double fn) {
    /** Precision as the benchmark defines it: 1 for a perfect match, 0 when nothing true was found. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fp == 0) {
        return 0.0;
      }
      return tp / (tp + fp);
    }

    /** Recall as the benchmark defines it. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fn == 0) {
        return 0.0;
      }
      return tp / (tp + fn);
    }

    /** Whether this page counts in the precision average (something predicted or matched). */
    public boolean hasPrediction() {
      return tp + fp > 0;
    }

    /** Whether this page counts in the recall average (something expected). */
    public boolean hasExpectation() {
      return tp + fn > 0;
    }

    public double f1() {
      return ShingleMetric.f1(precision(), recall());
    }
  }

  /** Averages over pages and the F1 of the two averages. */
  public record Summary(double f1, double precision, double recall, int pages) {}

  /** Word tokens: maximal runs of code points that are letters, numbers or '_'. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static boolean isWordChar(int cp) {
    if (cp == '_') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** The multiset of shingles of a text, keyed by the tokens joined with a space. */
  public static Map<String, Integer> shingles(String text) {
    List<String> toks = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    int n = Math.max(1, toks.size() - SHINGLE + 1);
    for (int i = 0; i < n && i < toks.size(); i++) {
      String key = String.join(" ", toks.subList(i, Math.min(toks.size(), i + SHINGLE)));
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  /** Compares a predicted text with the expected one. */
  public static Counts compare(String expected, String predicted) {
    Map<String, Integer> want = shingles(expected);
    Map<String, Integer> got = shingles(predicted);
    Set<String> keys = new HashSet<>(want.keySet());
    keys.addAll(got.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String k : keys) {
      int w = want.getOrDefault(k, 0);
      int g = got.getOrDefault(k, 0);
      tp += Math.min(w, g);
      fp += Math.max(0, g - w);
      fn += Math.max(0, w - g);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      return new Counts(tp / sum, fp / sum, fn / sum);
    }
    return new Counts(0, 0, 0);
  }

  /**
   * Mean precision over pages with a prediction, mean recall over pages with an expectation (as the
   * benchmark does), and the F1 of those means.
   */
  public static Summary summarize(List<Counts> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (Counts c : pages) {
      if (c.hasPrediction()) {
        p += c.precision();
        np++;
      }
      if (c.hasExpectation()) {
        r += c.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    return new Summary(f1(precision, recall), precision, recall, pages.size());
  }

  static double f1(double p, double r) {
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
}
