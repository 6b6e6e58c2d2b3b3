package org.corroborate.eval.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date off a dateline: a short line near the top of an article such as
 * "Published: May 3, 2013 4:59 PM EDT", "05/02/2013", "DECEMBER 16, 2008" or "2012.08.08 09:01".
 * Used for corpora that carry no date metadata (ECB+); the result is the day at 00:00 UTC.
 * Numeric dates with slashes are read month first or day first when only one reading is a date;
 * when both are ("05/09/2013"), a US time zone on the line (EDT, PST, ET...) says month first, and
 * else a month given by {@code hint} (from the page address, see {@link #fromUrl}) picks the reading;
 * without either the line gives no date: an unknown date costs less than a wrong one. Dotted
 * numeric dates ("08. 07. 2012") are day first, as they are written in Europe.
 *
 * <p>A dateline is a short line that is mostly date: a sentence that mentions a date ("Page was
 * born on April 22, 1923, in Nashville.") is not one, as its date is seldom the publication date;
 * a line with more than {@value #MAX_PROSE_WORDS} lower-case words other than dateline words
 * (on, at, updated, published...) is read as prose.
 */
public final class Datelines {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MON = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern MDY =
      Pattern.compile("\\b" + MON + "\\s*\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*-?\\s*((?:19|20)\\d\\d)\\b");
  private static final Pattern DMY =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MON + "\\s*,?\\s*((?:19|20)\\d\\d)\\b");
  private static final Pattern SLASH =
      Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}|\\d{2})(?![\\d/])");
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*[-.]\\s*(\\d{1,2})\\s*[-.]\\s*(\\d{1,2})(?!\\d)");
  private static final String MON_NC = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
  private static final Set<String> NAMES_OF_DAYS_AND_MONTHS = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
  private static final Pattern DOTTED =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern US_ZONE = Pattern.compile("\\b(?:e|c|m|p)[sd]?t\\b");
  private static final Pattern WORD = Pattern.compile("\\b[a-z][a-z]+\\b");
  private static final Set<String> DATELINE_WORDS = Set.of("on", "at", "by", "of", "the", "and", "updated",
      "update", "published", "posted", "last", "first", "originally", "modified", "created", "article", "date",
      "am", "pm", "hrs", "st", "nd", "rd", "th", "gmt", "utc", "edt", "est", "et", "pt", "pdt", "pst", "cdt", "cst");
  private static final Pattern URL_YMD = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d\\d)[/_-](\\d{1,2}|" + MON_NC + ")[/_-](\\d{1,2})(?!\\d)");
  private static final Pattern URL_COMPACT = Pattern.compile("(?:^|[/=_-])((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:$|[^\\d])");
  private static final Pattern URL_YM = Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2}|" + MON_NC + ")/");

  /** Lower-case prose words a dateline may hold besides dateline words (a place, "by"-lines are capitalised). */
  static final int MAX_PROSE_WORDS = 2;

  private Datelines() {}

  /** The date of a dateline, or null when {@code line} is not one (see the class comment). */
  public static Instant parse(String line) {
    return parse(line, 0);
  }

  /**
   * As {@link #parse(String)}, with {@code hintMonth} (1..12, or 0 for none): the month the page is
   * otherwise known to be from, which picks the reading of an ambiguous numeric date.
   */
  public static Instant parse(String line, int hintMonth) {
    if (line == null || line.split("\\s+").length > 25 || proseWords(line) > MAX_PROSE_WORDS) {
      return null;
    }
    String s = line.toLowerCase(Locale.ROOT);
    Matcher m = MDY.matcher(s);
    if (m.find()) {
      return day(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DMY.matcher(s);
    if (m.find()) {
      return day(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = ISO.matcher(s);
    if (m.find()) {
      return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = DOTTED.matcher(s);
    if (m.find()) {
      return day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = SLASH.matcher(s);
    if (m.find()) {
      int y = Integer.parseInt(m.group(3));
      if (y < 100) {
        y += y < 50 ? 2000 : 1900;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a <= 12 && b <= 12 && a != b) {
        // 05/09: May 9 or 5 September; a wrong date splits an event, no date does not
        if (US_ZONE.matcher(s).find()) {
          return day(y, a, b);
        }
        if (hintMonth == a || hintMonth == b) {
          return hintMonth == a ? day(y, a, b) : day(y, b, a);
        }
        return null;
      }
      return a <= 12 ? day(y, a, b) : day(y, b, a);
    }
    return null;
  }

  /** Lower-case words of {@code line} that are neither month or day names nor dateline words. */
  private static int proseWords(String line) {
    Matcher m = WORD.matcher(line);
    int n = 0;
    while (m.find()) {
      String w = m.group();
      if (!DATELINE_WORDS.contains(w) && !NAMES_OF_DAYS_AND_MONTHS.contains(w)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The day a page address gives ({@code /2013/05/02/}, {@code /2013/may/03/},
   * {@code 2008-12-23}, {@code ymd=20081216}), or null. Spaces (from tokenization) are ignored.
   */
  public static Instant fromUrl(String url) {
    if (url == null) {
      return null;
    }
    String s = url.replace(" ", "").toLowerCase(Locale.ROOT);
    Matcher m = URL_YMD.matcher(s);
    while (m.find()) {
      Instant d = day(Integer.parseInt(m.group(1)), month(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) {
        return d;
      }
    }
    m = URL_COMPACT.matcher(s);
    while (m.find()) {
      Instant d = day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The month (1..12) a page address gives, with or without a day ({@code /2008/12/}), or 0. */
  public static int monthFromUrl(String url) {
    Instant d = fromUrl(url);
    if (d != null) {
      return d.atZone(ZoneOffset.UTC).getMonthValue();
    }
    if (url == null) {
      return 0;
    }
    Matcher m = URL_YM.matcher(url.replace(" ", "").toLowerCase(Locale.ROOT));
    return m.find() ? month(m.group(2)) : 0;
  }

  private static final Pattern MONTH_NAME = Pattern.compile(
      "\\b(?:(January|February|March|April|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b|(May)(?=\\s+\\d))");

  /**
   * The month that {@code lines} name most often ("December", "Dec.", "May 10": a capitalised name; May
   * only before a day, as "may" is also a verb), or 0 when none or a tie. News names the days around
   * its own, so this picks the reading of an ambiguous numeric dateline when the address gives none.
   */
  public static int monthMentioned(java.util.List<String> lines) {
    int[] count = new int[13];
    for (String line : lines) {
      Matcher m = MONTH_NAME.matcher(line);
      while (m.find()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        count[MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT))]++;
      }
    }
    int best = 0;
    boolean tie = false;
    for (int mo = 1; mo <= 12; mo++) {
      if (count[mo] > count[best]) {
        best = mo;
        tie = false;
      } else if (best > 0 && count[mo] == count[best]) {
        tie = true;
      }
    }
    return tie ? 0 : best;
  }

  private static int month(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    Integer m = MONTHS.get(s.substring(0, 3));
    return m == null ? 0 : m;
  }

  private static Instant day(int y, int mo, int d) {
    try {
      return LocalDate.of(y, mo, d).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null; // "13/45/2010" is not a date: not a dateline either
    }
  }
}
