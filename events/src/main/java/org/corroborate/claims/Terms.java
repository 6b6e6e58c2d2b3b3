package org.corroborate.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "lemmatisation-lite" used to compare what statements say: lower-case word tokens, number words
 * as digits, a light suffix stemmer, a small table of synonym classes common in conflict and crisis
 * news ("injured" = "wounded", "captured" = "overran" = "liberated"), and a stop-word list.
 *
 * <p>It is deliberately small and deterministic: statements about one event share most of their
 * vocabulary, so exact stems plus a few synonym classes recognise paraphrases without a model.
 * Thread-safe (stateless).
 */
public final class Terms {
  private Terms() {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][0-9]+)?(?:['\u2019][\\p{L}]+)?");

  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
      "into", "onto", "over", "after", "before", "about", "than", "then", "that", "this", "these", "those",
      "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
      "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "he", "she", "they", "them", "their", "his", "her", "hers", "him", "we", "us", "our", "you", "your",
      "i", "me", "my", "who", "whom", "which", "what", "when", "where", "while", "also", "just", "like",
      "only", "very", "so", "such", "some", "any", "all", "each", "other", "another", "up", "out", "off",
      "if", "not", "no", "nor", "never", "said", "say", "says", "told", "tell", "wrote", "write", "stated",
      "according", "reported", "report", "claimed", "claim", "claims", "alleged", "added", "still", "yet",
      "one's", "itself", "themselves", "himself", "herself", "s", "t", "mr", "mrs", "ms", "dr");

  /** Words that turn a statement into its opposite; kept apart from the content terms. */
  private static final Set<String> NEGATORS = Set.of(
      "not", "no", "never", "nothing", "none", "nor", "neither", "without", "deny", "denied", "denies",
      "denying", "disavow", "disavowed", "false", "untrue", "n't");

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100),
      Map.entry("dozen", 12));

  /** Synonym classes: every stem on the right is replaced by the class name on the left. */
  private static final Map<String, String> SYNONYMS = synonyms(
      "wound", "wound injur hurt",
      "kill", "kill dead death died slain",
      "captur", "captur seiz overrun overran overpower liberat occupi",
      "attack", "attack raid incursion assault offens strik",
      "responsib", "responsib responsibl behind blam",
      "inform", "inform brief notifi",
      "spokesperson", "spokesperson spokesman spokeswoman",
      "region", "region oblast provinc krai",
      "saboteur", "saboteur sabotag",
      "villag", "villag settle territor town",
      "milit", "milit partisan fighter guerrill",
      "dron", "dron uav",
      "confirm", "confirm verifi",
      "announc", "announc declar");

  private static Map<String, String> synonyms(String... pairs) {
    java.util.HashMap<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      for (String w : pairs[i + 1].split(" ")) {
        m.put(w, pairs[i]);
      }
    }
    return Map.copyOf(m);
  }

  /** Lower-cases and strips accents and typographic quotes, for comparing names and texts; null is "". */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
  }

  /** The raw word tokens of a text, folded, in order (for n-gram overlap of quotes). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(fold(text));
    while (m.find()) {
      String w = m.group();
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      out.add(w);
    }
    return out;
  }

  /** The comparable content terms of a text: no stop words, no negators, stemmed, synonyms folded. */
  public static Set<String> contentTerms(String text) {
    Set<String> out = new LinkedHashSet<>();
    List<String> ws = words(text);
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      if (STOP.contains(w) || NEGATORS.contains(w) || isNumber(w)) {
        continue;
      }
      if (TAKE.contains(w)) {
        // "taken Marrow" is a capture; "taken part", "took up arms", "taking the necessary measures" are not
        boolean idiom = false;
        for (int k = i + 1; k < Math.min(ws.size(), i + 4); k++) {
          idiom |= TAKE_IDIOMS.contains(ws.get(k));
        }
        out.add(idiom ? "take" : "captur");
        continue;
      }
      out.add(term(w));
    }
    return out;
  }

  private static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking");
  private static final Set<String> TAKE_IDIOMS = Set.of("part", "up", "place", "responsibility", "care", "steps",
      "measures", "action", "note", "time", "office", "shelter", "refuge", "aim");

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  /**
   * The numbers in a text, digits or number words ("eight", "540", "1,200"), leaving out the parts of
   * dates, which are not counts: years ("in 2010", "2001") and days next to a month ("Sept. 11",
   * "11 September").
   */
  public static Set<Double> numbers(String text) {
    Set<Double> out = new LinkedHashSet<>();
    List<String> ws = words(text);
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      Double v = numberValue(w);
      if (v == null) {
        continue;
      }
      boolean year = w.length() == 4 && v >= 1800 && v <= 2100;
      boolean day = v >= 1 && v <= 31 && v == Math.floor(v)
          && (i > 0 && MONTHS.contains(ws.get(i - 1)) || i + 1 < ws.size() && MONTHS.contains(ws.get(i + 1)));
      if (!year && !day) {
        out.add(v);
      }
    }
    return out;
  }

  /** True when the text contains a negating word ("not", "denied", "nothing"). */
  public static boolean negated(String text) {
    for (String w : words(text)) {
      if (NEGATORS.contains(w) || w.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /** The stems of the capitalised words that are not the first word: the named terms of a text. */
  public static Set<String> namedTerms(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      if (!first && Character.isUpperCase(w.charAt(0))) {
        String f = fold(w);
        if (f.endsWith("'s")) {
          f = f.substring(0, f.length() - 2);
        }
        if (!STOP.contains(f)) {
          out.add(term(f));
        }
      }
      first = false;
    }
    return out;
  }

  static boolean isNumber(String w) {
    return numberValue(w) != null;
  }

  static Double numberValue(String w) {
    Integer n = NUMBER_WORDS.get(w);
    if (n != null) {
      return n.doubleValue();
    }
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      String digits = w.replace(",", "");
      try {
        return Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        return null; // "2nd", "540-km": not a bare number, so not compared as one
      }
    }
    return null;
  }

  /** One word's comparable form: the stem, then its synonym class if it has one. */
  public static String term(String foldedWord) {
    String s = stem(foldedWord);
    return SYNONYMS.getOrDefault(s, s);
  }

  /**
   * A light suffix stemmer (a small subset of Porter's step 1 and 2, plus demonyms): enough that
   * "wounded"/"wounds", "informed"/"informs", "Ukrainian"/"Ukraine" and "Russians"/"Russia" meet.
   */
  public static String stem(String w) {
    String s = w;
    if (s.length() > 4 && s.endsWith("ies")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 4 && (s.endsWith("sses") || s.endsWith("shes") || s.endsWith("ches") || s.endsWith("xes"))) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 5 && s.endsWith("ing")) {
      s = undouble(s.substring(0, s.length() - 3));
    } else if (s.length() > 4 && s.endsWith("ed")) {
      s = undouble(s.substring(0, s.length() - 2));
    }
    for (String suf : new String[] {"ation", "ition", "ility", "ment", "ness", "ly", "ian", "ean", "ity", "ive", "al", "ia", "y", "e", "a"}) {
      if (s.length() - suf.length() >= 4 && s.endsWith(suf)) {
        s = s.substring(0, s.length() - suf.length());
        break;
      }
    }
    return s;
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }
}
