package org.corroborate.eval.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date off a dateline: a short line near the top of an article such as
 * "Published: May 3, 2013 4:59 PM EDT", "05/02/2013", "DECEMBER 16, 2008" or "2012.08.08 09:01".
 * Used for corpora that carry no date metadata (ECB+); the result is the day at 00:00 UTC.
 * Numeric dates with slashes are read month first or day first when only one reading is a date;
 * when both are ("05/09/2013"), the line gives no date: an unknown date costs less than a wrong one.
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

  private Datelines() {}

  /** The date of a dateline, or null when {@code line} is not one (longer than 25 words, or no date). */
  public static Instant parse(String line) {
    if (line == null || line.split("\\s+").length > 25) {
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
    m = SLASH.matcher(s);
    if (m.find()) {
      int y = Integer.parseInt(m.group(3));
      if (y < 100) {
        y += y < 50 ? 2000 : 1900;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a <= 12 && b <= 12 && a != b) {
        return null; // 05/09: May 9 or 5 September; a wrong date splits an event, no date does not
      }
      return a <= 12 ? day(y, a, b) : day(y, b, a);
    }
    return null;
  }

  private static Instant day(int y, int mo, int d) {
    try {
      return LocalDate.of(y, mo, d).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null; // "13/45/2010" is not a date: not a dateline either
    }
  }
}
