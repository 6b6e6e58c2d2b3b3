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

  private Dates() {}

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
      if (Character.isLetter(s.charAt(0)) && s.contains(",")) {
        Instant t = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant();
        return plausible(t, origin, confidence, false);
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
