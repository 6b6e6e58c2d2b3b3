package org.corroborate.ingest.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A small language guess for texts whose source states none: the share of very common function
 * words of each language among the first 300 words, and the script for Cyrillic, Greek, Arabic,
 * Hebrew and CJK. Answers "und" when no language stands out; it is a fallback, not a classifier.
 */
public final class Languages {
  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "was", "with", "said", "it", "as", "by", "he", "she", "are"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "des", "auf", "ein", "eine", "im", "dem", "zu", "von"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "que", "qui", "pour", "pas", "sur", "au", "avec", "il"),
      "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "por", "con", "para", "es", "se", "su", "al"),
      "it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "del", "della", "non", "sono", "con", "nel", "le", "gli", "ha"),
      "pt", Set.of("o", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "se"),
      "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "zijn", "met", "voor", "die", "ook", "er", "aan"),
      "pl", Set.of("i", "w", "nie", "na", "się", "z", "że", "do", "jest", "to", "o", "jak", "po", "ale", "od", "przez", "dla"));

  private Languages() {}

  public static String guess(String text) {
    String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
    int letters = 0;
    int cyr = 0;
    int ukr = 0;
    int greek = 0;
    int arabic = 0;
    int hebrew = 0;
    int cjk = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
      if (b == Character.UnicodeBlock.CYRILLIC) {
        cyr++;
        if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
          ukr++;
        }
      } else if (b == Character.UnicodeBlock.GREEK) {
        greek++;
      } else if (b == Character.UnicodeBlock.ARABIC) {
        arabic++;
      } else if (b == Character.UnicodeBlock.HEBREW) {
        hebrew++;
      } else if (b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.HIRAGANA
          || b == Character.UnicodeBlock.KATAKANA || b == Character.UnicodeBlock.HANGUL_SYLLABLES) {
        cjk++;
      }
    }
    if (letters < 20) {
      return "und";
    }
    if (cyr > letters / 2) {
      return ukr * 50 > cyr ? "uk" : "ru";
    }
    if (greek > letters / 2) {
      return "el";
    }
    if (arabic > letters / 2) {
      return "ar";
    }
    if (hebrew > letters / 2) {
      return "he";
    }
    if (cjk > letters / 3) {
      return "und";
    }
    Map<String, Integer> score = new HashMap<>();
    int n = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= sample.length() && n < 300; i++) {
      char c = i < sample.length() ? sample.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      if (word.isEmpty()) {
        continue;
      }
      String w = word.toString();
      word.setLength(0);
      n++;
      for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          score.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = "und";
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : score.entrySet()) {
      int v = e.getValue();
      if (v > first || (v == first && e.getKey().compareTo(best) < 0)) {
        second = first;
        first = v;
        best = e.getKey();
      } else if (v > second) {
        second = v;
      }
    }
    // at least 12% of the words, and clearly ahead of the next language
    return n >= 8 && first * 100 >= n * 12 && first > second && first * 2 >= second * 3 ? best : "und";
  }
}
