package org.corroborate.analysis.numbers;

import java.util.Locale;
import java.util.Map;

/**
 * Values of English number words and digit strings: "eight", "twenty-five", "1,200", "3.5";
 * vague plurals take their lower bound ("dozens" 24, "hundreds" 200, "thousands" 2000).
 */
public final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));

  private static final Map<String, Double> SCALES = Map.of(
      "hundred", 100d, "thousand", 1_000d, "million", 1_000_000d, "billion", 1_000_000_000d, "trillion", 1e12,
      "m", 1_000_000d, "bn", 1_000_000_000d, "k", 1_000d);

  private static final Map<String, Double> VAGUE = Map.of(
      "dozens", 24d, "scores", 40d, "hundreds", 200d, "thousands", 2_000d, "millions", 2_000_000d);

  /** The value of one word or digit string, or NaN when it is not a number. Scale words give their scale. */
  public static double value(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace("’", "'");
    if (w.isEmpty()) {
      return Double.NaN;
    }
    if (Character.isDigit(w.charAt(0))) {
      String digits = w.replace(",", "");
      if (!digits.matches("\\d+(\\.\\d+)?")) {
        return Double.NaN;
      }
      return Double.parseDouble(digits);
    }
    Integer u = UNITS.get(w);
    if (u != null) {
      return u;
    }
    Double v = VAGUE.get(w);
    if (v != null) {
      return v;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = UNITS.get(w.substring(0, dash));
      Integer ones = UNITS.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    Double s = SCALES.get(w);
    return s == null || w.length() <= 2 ? Double.NaN : s;
  }

  /** A multiplier word after a number ("million", "bn", "hundred"), else NaN. */
  public static double scale(String word) {
    Double s = SCALES.get(word.toLowerCase(Locale.ROOT));
    return s == null ? Double.NaN : s;
  }

  /** A vague plural ("hundreds") whose value is a lower bound. */
  public static boolean vague(String word) {
    return VAGUE.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** True for a word that is a number by itself (not a scale word alone). */
  public static boolean isNumber(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return !Double.isNaN(value(w)) && !SCALES.containsKey(w);
  }
}
