package org.corroborate.analysis.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.analysis.DocText;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;

/**
 * Finds the numbers that matter in an article and reads what they measure:
 * <ul>
 *   <li>counts with the counted noun and the event word: "eight people were wounded" (8, people,
 *       wounded), "four Russian military aircraft ... were shot down" (4, aircraft, shot down),
 *       "killed at least 12 soldiers" (12, soldiers, killed);</li>
 *   <li>distances ("a 540-km border": 540 km), money ("$3.5 million": 3500000 USD), percentages,
 *       durations ("three days").</li>
 * </ul>
 * Digits and number words ("twenty-five", "hundreds of" = 200, a lower bound) are both read; years,
 * days of the month, clock times and numbers inside names ("Mi-8") are not quantities. With a
 * dependency parse the event is the verb governing the counted noun; without one, the nearest verb
 * after a subject or before an object. Stateless and thread-safe.
 */
public final class QuantityExtractor {

  private static final Pattern DISTANCE = Pattern.compile(
      "^\\s*-?\\s*(km|kms|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m|nautical miles)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GLUED = Pattern.compile("^(\\d[\\d,]*(?:\\.\\d+)?)-?([A-Za-z%]+)$");
  private static final Pattern PERCENT = Pattern.compile("^\\s*(%|per\\s*cent\\b|percent\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION = Pattern.compile(
      "^\\s*-?\\s*(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b(\\s+ago\\b)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CURRENCY_AFTER = Pattern.compile(
      "^\\s*(?:(million|billion|bn|m)\\s+)?(dollars?|euros?|pounds?|roubles?|rubles?|hryvnias?|hryvnia|yuan|yen)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
      "$", "USD", "€", "EUR", "£", "GBP", "₽", "RUB", "₴", "UAH", "¥", "JPY");
  private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
      Map.entry("dollar", "USD"), Map.entry("euro", "EUR"), Map.entry("pound", "GBP"), Map.entry("rouble", "RUB"),
      Map.entry("ruble", "RUB"), Map.entry("hryvnia", "UAH"), Map.entry("yuan", "CNY"), Map.entry("yen", "JPY"));
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> QUALIFIERS = Set.of("least", "about", "around", "nearly", "almost", "some",
      "approximately", "roughly", "over", "than", "up", "more", "fewer", "less", "estimated");
  private static final Set<String> NOT_EVENTS = Set.of("be", "have", "include", "including", "do", "get", "say",
      "said", "says", "according", "is", "was", "were", "are", "been", "has", "had");
  private static final Set<String> PARTICLES = Set.of("down", "up", "out", "off", "away", "back");

  /** All quantities of the document in text order. */
  public List<Quantity> extract(DocText dt) {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < dt.size()) {
      int next = read(dt, i, out);
      i = Math.max(next, i + 1);
    }
    return out;
  }

  /** Reads a quantity starting at token {@code i}; returns the next token to look at. */
  private int read(DocText dt, int i, List<Quantity> out) {
    String w = dt.word(i);
    String digitsUnit = null;
    Matcher glued = GLUED.matcher(w);
    double value;
    if (glued.matches()) {
      value = NumberWords.value(glued.group(1));
      digitsUnit = glued.group(2);
    } else {
      if (!NumberWords.isNumber(w)) {
        return i + 1;
      }
      value = NumberWords.value(w);
    }
    if (Double.isNaN(value) || notAQuantity(dt, i, value, digitsUnit)) {
      return i + 1;
    }
    int end = i + 1;
    // "twenty - five", "two hundred", "3.5 million"
    while (end < dt.size() && dt.token(end).sentence() == dt.token(i).sentence()) {
      String nw = dt.lower(end);
      if (nw.equals("-") && end + 1 < dt.size() && NumberWords.isNumber(dt.word(end + 1)) && value >= 20 && value % 10 == 0
          && NumberWords.value(dt.word(end + 1)) < 10) {
        value += NumberWords.value(dt.word(end + 1));
        end += 2;
      } else if (!Double.isNaN(NumberWords.scale(nw)) && nw.length() > 1 && !nw.equals("m")) {
        value *= NumberWords.scale(nw);
        end++;
      } else {
        break;
      }
    }
    int start = qualifierStart(dt, i);
    // "one of the ..." is not a count
    if (end < dt.size() && dt.lower(end).equals("of") && value == 1) {
      return end;
    }
    String after = dt.text().substring(dt.token(end - 1).span().end());
    if (digitsUnit != null) {
      after = digitsUnit + after;
    }
    String currencyBefore = i > 0 ? CURRENCY_SYMBOLS.get(dt.word(i - 1)) : null;
    if (currencyBefore == null && !w.isEmpty() && CURRENCY_SYMBOLS.containsKey(w.substring(0, 1))) {
      currencyBefore = CURRENCY_SYMBOLS.get(w.substring(0, 1));
    }
    Matcher m;
    if (currencyBefore != null) {
      int s = i > 0 && CURRENCY_SYMBOLS.containsKey(dt.word(i - 1)) ? i - 1 : i;
      add(out, dt, Math.min(s, start), end, value, "money", currencyBefore, null, null);
      return end;
    }
    if ((m = CURRENCY_AFTER.matcher(after)).find()) {
      double v = value;
      if (m.group(1) != null) {
        v *= NumberWords.scale(m.group(1));
      }
      String cur = m.group(2).toLowerCase().replaceAll("s$", "");
      int e = tokenEndingAt(dt, end, dt.token(end - 1).span().end() + m.end());
      add(out, dt, start, e, v, "money", CURRENCY_WORDS.getOrDefault(cur, cur.toUpperCase()), null, null);
      return e;
    }
    if ((m = PERCENT.matcher(after)).find()) {
      int e = tokenEndingAt(dt, end, dt.token(end - 1).span().end() + m.end());
      add(out, dt, start, e, value, "percent", "%", null, null);
      return e;
    }
    if (digitsUnit != null ? (m = DISTANCE.matcher(digitsUnit)).find() : (m = DISTANCE.matcher(after)).find()) {
      String unit = distanceUnit(m.group(1));
      if (unit != null) {
        int e = digitsUnit != null ? end : tokenEndingAt(dt, end, dt.token(end - 1).span().end() + m.end());
        add(out, dt, start, e, value, "distance", unit, null, null);
        return e;
      }
    }
    if ((m = DURATION.matcher(digitsUnit != null ? digitsUnit : after)).find()) {
      if (m.group(2) != null) {
        return end; // "two days ago" is a date
      }
      String rest = after.substring(m.end());
      if (rest.matches("(?s)^\\s*-?\\s*old\\b.*")) {
        return end; // "an 81-year-old man": an age
      }
      String unit = m.group(1).toLowerCase().replaceAll("s$", "");
      int e = digitsUnit != null ? end : tokenEndingAt(dt, end, dt.token(end - 1).span().end() + m.end());
      add(out, dt, start, e, value, "duration", unit, null, null);
      return e;
    }
    // a count: the counted noun, then the event
    int head = countedNoun(dt, end);
    if (head < 0) {
      String event = eventBefore(dt, start);
      if (event != null) {
        add(out, dt, start, end, value, "count", null, null, event);
      }
      return end;
    }
    // "a village of about 900 people": a count inside a prepositional phrase has no event of its own
    boolean inPp = start > 0 && dt.pos(start - 1).equals("IN") && !dt.lower(start - 1).equals("including")
        && dt.token(start - 1).sentence() == dt.token(start).sentence();
    String event = inPp ? eventBefore(dt, start) : eventOf(dt, start, head);
    add(out, dt, start, head + 1, value, "count", null, dt.lower(head), event);
    return head + 1;
  }

  private static boolean notAQuantity(DocText dt, int i, double value, String glued) {
    String w = dt.word(i);
    if (w.contains(":")) {
      return true;
    }
    // a number inside a name: "Mi-8", "F-16"
    if (i >= 2 && dt.word(i - 1).equals("-") && dt.token(i - 1).span().end() == dt.token(i).span().start()
        && Character.isLetter(dt.word(i - 2).charAt(dt.word(i - 2).length() - 1))
        && dt.token(i - 2).span().end() == dt.token(i - 1).span().start()) {
      return true;
    }
    boolean integer = value == Math.rint(value) && !w.contains(",") && glued == null;
    // years
    if (integer && w.length() == 4 && value >= 1800 && value <= 2100) {
      boolean plural = i + 1 < dt.size() && dt.pos(i + 1).equals("NNS");
      return !plural;
    }
    // days of the month: "May 22", "22 May"
    if (integer && value >= 1 && value <= 31 && Character.isDigit(w.charAt(0))) {
      if (i > 0 && MONTHS.contains(dt.lower(i - 1))) {
        return true;
      }
      if (i + 1 < dt.size() && MONTHS.contains(dt.lower(i + 1))) {
        return true;
      }
    }
    // ordinal-like "one" in "one of", pronoun "one" ("no one")
    if (dt.lower(i).equals("one") && i > 0 && (dt.lower(i - 1).equals("no") || dt.lower(i - 1).equals("every"))) {
      return true;
    }
    return false;
  }

  private static int qualifierStart(DocText dt, int i) {
    int s = i;
    while (s > 0 && QUALIFIERS.contains(dt.lower(s - 1)) && dt.token(s - 1).sentence() == dt.token(i).sentence()) {
      s--;
    }
    if (s < i && s > 0 && dt.lower(s - 1).equals("at")) {
      s--;
    }
    return s == i ? i : s;
  }

  private static String distanceUnit(String u) {
    String l = u.toLowerCase();
    if (l.startsWith("km") || l.startsWith("kilomet")) {
      return "km";
    }
    if (l.startsWith("nautical")) {
      return "nmi";
    }
    if (l.startsWith("mi")) {
      return "mi";
    }
    if (l.startsWith("m")) {
      return "m";
    }
    return null;
  }

  /** The token index just past the token that ends at or after {@code offset}. */
  private static int tokenEndingAt(DocText dt, int from, int offset) {
    int e = from;
    while (e < dt.size() && dt.token(e).span().end() <= offset) {
      e++;
    }
    return e;
  }

  /** "eight people", "four Russian military aircraft", "hundreds of cars": the counted head noun, or -1. */
  private static int countedNoun(DocText dt, int from) {
    int k = from;
    int sentence = from < dt.size() ? dt.token(from).sentence() : -1;
    if (k < dt.size() && dt.lower(k).equals("of")) {
      k++;
      if (k < dt.size() && dt.isDeterminer(k)) {
        k++;
      }
    }
    int head = -1;
    while (k < dt.size() && dt.token(k).sentence() == sentence) {
      String p = dt.pos(k);
      if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("VBN") && k + 1 < dt.size() && dt.isNoun(k + 1)
          || dt.word(k).equals("-") && head < 0) {
        if (p.startsWith("NN")) {
          head = k;
        } else if (head >= 0) {
          break;
        }
        k++;
        continue;
      }
      break;
    }
    return head;
  }

  /** The event word for a count: the governing verb (parse) or the nearest verb around the phrase. */
  private static String eventOf(DocText dt, int start, int head) {
    if (dt.parsed(head)) {
      int h = head;
      for (int steps = 0; steps < 4 && h >= 0; steps++) {
        int up = dt.head(h);
        if (up < 0) {
          break;
        }
        if (dt.isVerb(up) && !NOT_EVENTS.contains(dt.lemma(up))) {
          return withParticle(dt, up);
        }
        if (dt.isVerb(up) && NOT_EVENTS.contains(dt.lemma(up)) && !dt.lemma(up).equals("include")) {
          break;
        }
        h = up;
      }
    }
    String before = eventBefore(dt, start);
    if (before != null) {
      return before;
    }
    int sentence = dt.token(head).sentence();
    for (int k = head + 1; k < dt.size() && k <= head + 12 && dt.token(k).sentence() == sentence; k++) {
      if (dt.isVerb(k)) {
        if (NOT_EVENTS.contains(dt.lower(k)) || NOT_EVENTS.contains(dt.lemma(k)) || dt.pos(k).equals("MD")) {
          continue;
        }
        return withParticle(dt, k);
      }
      if (dt.word(k).equals(".") || dt.word(k).equals(";")) {
        break;
      }
    }
    return null;
  }

  /** "killed eight people", "wounded at least two": a verb right before the number phrase. */
  private static String eventBefore(DocText dt, int start) {
    int k = start - 1;
    if (k >= 0 && dt.token(k).sentence() == dt.token(start).sentence() && dt.isVerb(k)
        && (dt.pos(k).equals("VBD") || dt.pos(k).equals("VBN") || dt.pos(k).equals("VBZ") || dt.pos(k).equals("VBP"))
        && !NOT_EVENTS.contains(dt.lower(k)) && !NOT_EVENTS.contains(dt.lemma(k))) {
      return dt.lower(k);
    }
    return null;
  }

  private static String withParticle(DocText dt, int verb) {
    String v = dt.lower(verb);
    if (verb + 1 < dt.size() && PARTICLES.contains(dt.lower(verb + 1))
        && (dt.pos(verb + 1).equals("RP") || dt.pos(verb + 1).equals("RB") || dt.deprel(verb + 1).equals("compound:prt"))) {
      return v + " " + dt.lower(verb + 1);
    }
    return v;
  }

  private static void add(List<Quantity> out, DocText dt, int from, int to, double value, String kind, String unit,
      String counts, String event) {
    Span span = dt.span(from, to);
    out.add(new Quantity(span, span.of(dt.text()), value, kind, unit, counts, event));
  }
}
