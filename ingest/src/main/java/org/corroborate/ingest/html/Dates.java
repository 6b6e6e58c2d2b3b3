package org.corroborate.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Confidence;
import org.corroborate.model.Published;

/**
 * Reads machine dates as pages write them: ISO-8601 with or without zone, seconds or fraction
 * ({@code 2019-11-19T08:30:00-0500}), date-only, RFC 1123, compact {@code 20191119}, and dates in
 * URL paths. A time without a zone is taken as UTC. Years outside 1990..2100 are not believed.
 */
final class Dates {
  private static final Pattern ISO = Pattern.compile(
      "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
          + "(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(Z)?$");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/._-]|$)");
  private static final Pattern URL_COMPACT = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/_-]");

  private static final Pattern RFC_1123 = Pattern.compile(
      "^[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}(:\\d{2})? (GMT|[+-]\\d{4})$");
  private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.? " + MONTHS + ",? (\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
  private static final Pattern CLOCK = Pattern.compile(
      "(?i)\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*(gmt|utc|z|[ecmp][sd]t|ist|bst|cet|cest|aest|aedt|jst))?"
          + "(?:\\s*(?:gmt|utc)?([+-]\\d{2}:?\\d{2}))?");
  private static final java.util.Map<String, Integer> ZONE_MINUTES = java.util.Map.ofEntries(
      java.util.Map.entry("gmt", 0), java.util.Map.entry("utc", 0), java.util.Map.entry("z", 0),
      java.util.Map.entry("est", -300), java.util.Map.entry("edt", -240), java.util.Map.entry("cst", -360),
      java.util.Map.entry("cdt", -300), java.util.Map.entry("mst", -420), java.util.Map.entry("mdt", -360),
      java.util.Map.entry("pst", -480), java.util.Map.entry("pdt", -420), java.util.Map.entry("ist", 330),
      java.util.Map.entry("bst", 60), java.util.Map.entry("cet", 60), java.util.Map.entry("cest", 120),
      java.util.Map.entry("aest", 600), java.util.Map.entry("aedt", 660), java.util.Map.entry("jst", 540));

  private Dates() {}

  /**
   * Dates written for people inside metadata ("November 19, 2019, 07:47 PM EST", "19 Nov 2019 07:09
   * GMT", "2019/11/19"): a day, a month (name or number) and a year, with an optional clock time,
   * AM/PM and zone.
   */
  private static Published parseLoose(String s, String origin, Confidence confidence) {
    int y;
    int mo;
    int d;
    Matcher m;
    if ((m = MONTH_DAY_YEAR.matcher(s)).find()) {
      mo = month(m.group(1));
      d = Integer.parseInt(m.group(2));
      y = Integer.parseInt(m.group(3));
    } else if ((m = DAY_MONTH_YEAR.matcher(s)).find()) {
      d = Integer.parseInt(m.group(1));
      mo = month(m.group(2));
      y = Integer.parseInt(m.group(3));
    } else if ((m = SLASHED.matcher(s)).find()) {
      y = Integer.parseInt(m.group(1));
      mo = Integer.parseInt(m.group(2));
      d = Integer.parseInt(m.group(3));
    } else {
      return null;
    }
    LocalDate date = LocalDate.of(y, mo, d);
    Matcher c = CLOCK.matcher(s);
    if (!c.find()) {
      return plausible(date.atStartOfDay(ZoneOffset.UTC).toInstant(), origin, confidence, true);
    }
    int h = Integer.parseInt(c.group(1));
    String ampm = c.group(4) == null ? "" : c.group(4).toLowerCase(Locale.ROOT);
    if (ampm.startsWith("p") && h < 12) {
      h += 12;
    } else if (ampm.startsWith("a") && h == 12) {
      h = 0;
    }
    LocalDateTime ldt = date.atTime(h, Integer.parseInt(c.group(2)), c.group(3) == null ? 0 : Integer.parseInt(c.group(3)));
    ZoneOffset zone = ZoneOffset.UTC;
    if (c.group(6) != null) {
      zone = offset(c.group(6));
    } else if (c.group(5) != null) {
      zone = ZoneOffset.ofTotalSeconds(ZONE_MINUTES.get(c.group(5).toLowerCase(Locale.ROOT)) * 60);
    }
    return plausible(ldt.toInstant(zone), origin, confidence, false);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    throw new DateTimeException("no month: " + name);
  }

  /** Parses a metadata date, or null. */
  static Published parse(String raw, String origin, Confidence confidence) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 80) {
      return null;
    }
    try {
      Matcher m = ISO.matcher(s);
      if (m.find()) {
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (m.group(4) == null) {
          return plausible(LocalDate.of(y, mo, d).atStartOfDay(ZoneOffset.UTC).toInstant(), origin, confidence, true);
        }
        LocalDateTime ldt = LocalDateTime.of(y, mo, d, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return plausible(ldt.toInstant(offset(m.group(7))), origin, confidence, false);
      }
      Matcher c = COMPACT.matcher(s);
      if (c.matches()) {
        LocalDate date = LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
        if (c.group(4) == null) {
          return plausible(date.atStartOfDay(ZoneOffset.UTC).toInstant(), origin, confidence, true);
        }
        LocalDateTime ldt = date.atTime(Integer.parseInt(c.group(4)), Integer.parseInt(c.group(5)),
            c.group(6) == null ? 0 : Integer.parseInt(c.group(6)));
        return plausible(ldt.toInstant(ZoneOffset.UTC), origin, confidence, false);
      }
      if (RFC_1123.matcher(s).matches()) {
        Instant t = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant();
        return plausible(t, origin, confidence, false);
      }
      Published loose = parseLoose(s, origin, confidence);
      if (loose != null) {
        return loose;
      }
      if (s.matches("\\d{10}|\\d{13}")) {
        long v = Long.parseLong(s);
        return plausible(s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v), origin, confidence, false);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null; // an impossible date (month 13, day 32) is no date
    }
    return null;
  }

  /** A date in a URL path ({@code /2019/11/19/}, {@code /2019-11-19/}, {@code -20191119-}), LOW confidence. */
  static Published fromUrl(String url) {
    if (url == null) {
      return null;
    }
    try {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return plausible(d.atStartOfDay(ZoneOffset.UTC).toInstant(), "url", Confidence.LOW, true);
      }
      Matcher c = URL_COMPACT.matcher(url);
      if (c.find()) {
        LocalDate d = LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
        return plausible(d.atStartOfDay(ZoneOffset.UTC).toInstant(), "url", Confidence.LOW, true);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static ZoneOffset offset(String z) {
    if (z == null || z.equalsIgnoreCase("Z") || z.equals("UTC") || z.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String t = z.replace(":", "");
    int sign = t.charAt(0) == '-' ? -1 : 1;
    int h = Integer.parseInt(t.substring(1, 3));
    int min = t.length() >= 5 ? Integer.parseInt(t.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
  }

  private static Published plausible(Instant t, String origin, Confidence confidence, boolean dateOnly) {
    int year = OffsetDateTime.ofInstant(t, ZoneOffset.UTC).getYear();
    if (year < 1990 || year > 2100) {
      return null;
    }
    return new Published(t, origin, confidence, dateOnly);
  }

}
