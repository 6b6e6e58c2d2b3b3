package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.claims.Terms;

/**
 * Spelling variants and transliterations of one name: "Gladkov" / "Hladkov", "Andriy" / "Andrii",
 * "Yevgeny" / "Evgeniy". Names are compared on a transliteration key (diacritics folded; kh/h/g, y/i/j,
 * ii/iy/yi, ou/u, ck/k, ph/f, w/v, ks/x folded; doubled letters single) and may then differ by one edit
 * (two for words of nine letters or more). This says only that two names can be one person: the
 * caller also asks the context to agree ({@link EntityMerger}). Stateless.
 */
final class NameVariants {
  private NameVariants() {}

  /** The transliteration key of one word. */
  static String key(String word) {
    String s = Terms.fold(word).replaceAll("[^\\p{L}]", "");
    s = s.replace("shch", "sh").replace("sch", "sh").replace("tch", "ch").replace("kh", "h").replace("ck", "k")
        .replace("ph", "f").replace("ou", "u").replace("w", "v").replace("x", "ks").replace("q", "k");
    s = s.replace('g', 'h');
    s = s.replaceAll("^ye", "e").replaceAll("^yu", "iu").replaceAll("^ya", "ia");
    s = s.replace("iy", "i").replace("yi", "i").replace("ij", "i").replace("ii", "i");
    s = s.replace('y', 'i').replace('j', 'i');
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** The edits allowed between two keys: none below five letters, one, two from nine. */
  static int allowed(String a, String b) {
    int n = Math.min(a.length(), b.length());
    return n < 5 ? 0 : n < 9 ? 1 : 2;
  }

  /** True when two words can be one name word. */
  static boolean sameWord(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    return ka.equals(kb) || distance(ka, kb) <= allowed(ka, kb);
  }

  /**
   * True when two person names written differently can be one person's: the last words match as
   * variants, and so do the first words when both names have them (or one is the other's initial).
   * Names that are equal once folded are not variants here: the name keys already join them.
   */
  static boolean variants(String nameA, String nameB) {
    List<String> a = words(nameA);
    List<String> b = words(nameB);
    if (a.isEmpty() || b.isEmpty() || String.join(" ", a).equalsIgnoreCase(String.join(" ", b))) {
      return false;
    }
    if (!sameWord(a.get(a.size() - 1), b.get(b.size() - 1))) {
      return false;
    }
    if (a.size() >= 2 && b.size() >= 2) {
      String fa = a.get(0);
      String fb = b.get(0);
      boolean initial = fa.length() == 1 || fb.length() == 1;
      return initial ? Character.toLowerCase(fa.charAt(0)) == Character.toLowerCase(fb.charAt(0))
          || key(fa).charAt(0) == key(fb).charAt(0) : sameWord(fa, fb);
    }
    return true;
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : Names.key(name == null ? "" : name).split(" ")) {
      if (!w.isBlank()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
