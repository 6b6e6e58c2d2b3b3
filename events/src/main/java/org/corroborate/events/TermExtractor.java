package org.corroborate.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a document into weighted terms before document frequencies apply: words folded to lower
 * case and lightly stemmed (plural "s", "ed", "ing"), stop words left out, numbers kept whole
 * ("1,200" is "1200"). A term's weight is {@code (1 + ln count) * boost}, where an occurrence in the
 * body's first three sentences (the lead) counts {@link EventConfig#leadBoost()} times, one in the
 * title {@code titleBoost} times as much as a lead occurrence, and the boost is the largest that applies of
 * {@code nameBoost} (written capitalised inside sentences in most of its body occurrences),
 * {@code numberBoost} (a number) and {@code entityBoost} (a word of a supplied actor or place name).
 * Names, places and figures are what tell two events of the same kind apart.
 *
 * <p>Stateless and thread-safe.
 */
final class TermExtractor {
  private static final Set<String> STOP = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
      "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
      "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from",
      "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
      "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least",
      "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "new", "no",
      "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
      "ourselves", "out", "over", "own", "said", "same", "say", "says", "she", "should", "since", "so",
      "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
      "these", "they", "this", "those", "though", "through", "to", "told", "too", "under", "until", "up",
      "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while",
      "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
      "yours", "according", "another", "around", "first", "get", "got", "made", "make", "mr", "mrs", "ms",
      "next", "people", "still", "two", "three", "way", "well", "year", "years", "time", "week", "day",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "tonight", "don", "didn", "doesn", "isn", "wasn", "aren", "won", "can't", "ll", "ve", "re", "http",
      "https", "www", "com", "html", "htm", "php", "via");

  /** Sentences of the body that form its lead, where news states the event itself. */
  static final int LEAD_SENTENCES = 3;

  private final EventConfig config;

  TermExtractor(EventConfig config) {
    this.config = config;
  }

  /** Per-term counts and flags gathered over one document. */
  private static final class Acc {
    double count;
    int capInside;
    int lowerInside;
    boolean number;
    boolean entity;
  }

  /** The document's terms and weights, unordered. */
  Map<String, Double> extract(EventDoc doc) {
    Map<String, Acc> accs = new HashMap<>();
    scan(doc.title(), accs, config.titleBoost() * config.leadBoost(), false, 1.0, 0);
    scan(doc.text(), accs, 1.0, true, config.leadBoost(), LEAD_SENTENCES);
    addNames(doc.actors(), accs);
    addNames(doc.places(), accs);
    Map<String, Double> out = new HashMap<>(accs.size() * 2);
    for (Map.Entry<String, Acc> e : accs.entrySet()) {
      Acc a = e.getValue();
      double boost = 1.0;
      if (a.number) {
        boost = Math.max(boost, config.numberBoost());
      }
      if (a.capInside > 0 && a.capInside >= a.lowerInside) {
        boost = Math.max(boost, config.nameBoost());
      }
      if (a.entity) {
        boost = Math.max(boost, config.entityBoost());
      }
      out.put(e.getKey(), (1.0 + Math.log(Math.max(1.0, a.count))) * boost);
    }
    return out;
  }

  private void addNames(List<String> names, Map<String, Acc> accs) {
    for (String name : names) {
      Map<String, Acc> local = new HashMap<>();
      scan(name, local, 1.0, false, 1.0, 0);
      for (Map.Entry<String, Acc> e : local.entrySet()) {
        Acc a = accs.computeIfAbsent(e.getKey(), k -> new Acc());
        a.count += 1;
        a.entity = true;
      }
    }
  }

  /**
   * Scans text into {@code accs}. {@code caseCounts}: whether capitalisation inside sentences is
   * recorded (not for titles, which are often written in title case).
   */
  private static void scan(String s, Map<String, Acc> accs, double weight, boolean caseCounts,
      double leadBoost, int leadSentences) {
    int n = s.length();
    boolean sentenceStart = true;
    int sentence = 0;
    boolean sawWord = false;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201c'
            || c == '\u201d' || c == '`' || c == '(' || c == '|' || c == ';' || c == '\u2014') {
          sentenceStart = true;
        }
        if ((c == '.' || c == '!' || c == '?' || c == '\n') && sawWord
            && (i + 1 >= n || Character.isWhitespace(s.charAt(i + 1)))) {
          sentence++;
          sawWord = false;
        }
        i++;
        continue;
      }
      int start = i;
      boolean allDigits = true;
      StringBuilder sb = new StringBuilder();
      while (i < n) {
        char ch = s.charAt(i);
        if (Character.isLetterOrDigit(ch)) {
          if (!Character.isDigit(ch)) {
            allDigits = false;
          }
          sb.append(ch);
          i++;
        } else if ((ch == ',' || ch == '.') && allDigits && i + 1 < n && Character.isDigit(s.charAt(i + 1))
            && i > start) {
          if (ch == '.') {
            sb.append('.');
          }
          i++;
        } else {
          break;
        }
      }
      String raw = sb.toString();
      sawWord = true;
      boolean initial = sentenceStart;
      sentenceStart = false;
      if (raw.length() < 2 && !allDigits) {
        continue;
      }
      String lower = raw.toLowerCase(Locale.ROOT);
      if (STOP.contains(lower)) {
        continue;
      }
      String term = allDigits ? lower : stem(lower);
      if (term.length() < 2 && !allDigits) {
        continue;
      }

      Acc a = accs.computeIfAbsent(term, k -> new Acc());
      a.count += sentence < leadSentences ? weight * leadBoost : weight;
      if (allDigits || isNumeric(raw)) {
        a.number = true;
      } else if (caseCounts && !initial) {
        if (Character.isUpperCase(raw.charAt(0))) {
          a.capInside++;
        } else {
          a.lowerInside++;
        }
      }
    }
  }

  private static boolean isNumeric(String raw) {
    for (int k = 0; k < raw.length(); k++) {
      char ch = raw.charAt(k);
      if (!Character.isDigit(ch) && ch != '.') {
        return false;
      }
    }
    return true;
  }

  /** A light, deterministic suffix stripper: enough to join "killed", "kills" and "killing". */
  static String stem(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      w = w.substring(0, n - 3) + "y";
    } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, n - 1);
    }
    n = w.length();
    if (n > 5 && w.endsWith("ing")) {
      w = w.substring(0, n - 3);
    } else if (n > 4 && w.endsWith("ed")) {
      w = w.substring(0, n - 2);
    }
    return w;
  }
}
