package org.corroborate.ingest.support;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates articles, feeds and JSON records carry: ISO 8601 (with or without time or zone),
 * RFC 822/1123 (feeds, with zone names like EST), and written dates ("May 22, 2023", "22 May 2023",
 * "Mon 22 May 2023 10.24 BST"). A date without a time is 00:00 UTC with {@code dateOnly} true; a
 * time without a zone is taken as UTC. Never throws on bad input: returns null.
 */
public final class Dates {
  private Dates() {}

  /** A parsed time; {@code dateOnly} when only the day was given. */
  public record When(Instant time, boolean dateOnly) {}

  /** A date found inside a longer string, with where it was. */
  public record Found(When when, int start, int end) {}

  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
      Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
      Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
      Map.entry("BST", "+0100"), Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"), Map.entry("EET", "+0200"),
      Map.entry("EEST", "+0300"), Map.entry("MSK", "+0300"), Map.entry("IST", "+0530"), Map.entry("JST", "+0900"),
      Map.entry("AEST", "+1000"), Map.entry("AEDT", "+1100"));

  private static final DateTimeFormatter RFC822 = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .optionalStart().appendPattern("EEE").optionalStart().appendLiteral(',').optionalEnd().appendLiteral(' ').optionalEnd()
      .appendPattern("d MMM ")
      .appendValueReduced(ChronoField.YEAR, 2, 4, 1950)
      .appendPattern(" HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
      .appendPattern(" xx")
      .toFormatter(Locale.ENGLISH);

  private static final DateTimeFormatter ISO_LOOSE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendPattern("HH:mm")
      .optionalStart().appendPattern(":ss").optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter(Locale.ROOT);

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MDY = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YMD = Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");

  /** Parses a string that is a date (machine formats first, then a written date in it); null if none. */
  public static When parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.isEmpty() || t.length() > 200) {
      return null;
    }
    When w = parseIso(t);
    if (w == null) {
      w = parseRfc822(t);
    }
    if (w == null) {
      Found f = find(t);
      w = f == null ? null : f.when();
    }
    return w;
  }

  private static When parseIso(String t) {
    try {
      return new When(Instant.parse(t), false);
    } catch (DateTimeParseException e) {
      // not an instant; try the next form
    }
    try {
      return new When(OffsetDateTime.parse(t).toInstant(), false);
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return new When(ZonedDateTime.parse(t).toInstant(), false);
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      var parsed = ISO_LOOSE.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime odt) {
        return new When(odt.toInstant(), false);
      }
      return new When(((LocalDateTime) parsed).toInstant(ZoneOffset.UTC), false);
    } catch (DateTimeException e) {
      // next form
    }
    if (t.length() == 10) {
      try {
        return new When(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static When parseRfc822(String t) {
    String u = t.replaceAll("\\s+", " ");
    int sp = u.lastIndexOf(' ');
    if (sp < 0) {
      return null;
    }
    String zone = u.substring(sp + 1);
    String mapped = ZONES.get(zone.toUpperCase(Locale.ROOT));
    if (mapped != null) {
      u = u.substring(0, sp + 1) + mapped;
    } else if (!zone.matches("[+-]\\d{4}")) {
      u = u + " +0000";
    }
    try {
      return new When(OffsetDateTime.parse(u, RFC822).toInstant(), false);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Finds the first written or numeric (y-m-d) date inside a longer string; null if none. */
  public static Found find(String s) {
    if (s == null) {
      return null;
    }
    Found best = null;
    Matcher m = MDY.matcher(s);
    if (m.find()) {
      best = found(s, m, m.group(1), m.group(2), m.group(3));
    }
    m = DMY.matcher(s);
    if (m.find() && (best == null || m.start() < best.start())) {
      Found f = found(s, m, m.group(2), m.group(1), m.group(3));
      best = f != null ? f : best;
    }
    m = YMD.matcher(s);
    if (m.find() && (best == null || m.start() < best.start())) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        best = new Found(new When(d.atStartOfDay(ZoneOffset.UTC).toInstant(), true), m.start(), m.end());
      } catch (DateTimeException e) {
        // 2023-13-45 is no date
      }
    }
    return best;
  }

  private static Found found(String all, Matcher m, String month, String day, String year) {
    int mo = monthNumber(month);
    LocalDate d;
    try {
      d = LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
    Matcher after = TIME_AFTER.matcher(all).region(m.end(), all.length());
    if (after.lookingAt()) {
      Instant t = withTime(d, after.group(1), after.group(2), after.group(3), after.group(4), after.group(5));
      if (t != null) {
        return new Found(new When(t, false), m.start(), after.end());
      }
    }
    Matcher before = TIME_BEFORE.matcher(all.substring(0, m.start()));
    if (before.find()) {
      Instant t = withTime(d, before.group(1), before.group(2), before.group(3), before.group(4), before.group(5));
      if (t != null) {
        return new Found(new When(t, false), before.start(), m.end());
      }
    }
    return new Found(new When(d.atStartOfDay(ZoneOffset.UTC).toInstant(), true), m.start(), m.end());
  }

  private static final String TIME = "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*"
      + "(UTC|GMT|UT|BST|CEST|CET|EEST|EET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT|Z|[+-]\\d{2}:?\\d{2})";
  private static final Pattern TIME_AFTER = Pattern.compile("(?:[,|\\s\\-–—]|at)*" + TIME + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_BEFORE = Pattern.compile(TIME + "(?:[,|\\s\\-–—]|on)*$", Pattern.CASE_INSENSITIVE);

  /** The instant of a day at a wall time in a named zone or offset; null when the parts make no time. */
  private static Instant withTime(LocalDate d, String h, String min, String sec, String ampm, String zone) {
    int hour = Integer.parseInt(h);
    int minute = Integer.parseInt(min);
    int second = sec == null ? 0 : Integer.parseInt(sec);
    if (ampm != null) {
      boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    String off = ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), zone).replace(":", "");
    try {
      ZoneOffset z = ZoneOffset.of(off.substring(0, 3) + ":" + off.substring(3));
      return d.atTime(hour, minute, second).atOffset(z).toInstant();
    } catch (DateTimeException | StringIndexOutOfBoundsException e) {
      return null;
    }
  }

  private static int monthNumber(String m) {
    String k = m.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (k) {
      case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
      case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
    };
  }
}
