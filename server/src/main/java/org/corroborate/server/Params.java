package org.corroborate.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, validated: every bad value is an {@link ApiException} 400 with
 * a message naming the parameter, so no client input reaches the database unchecked.
 */
public final class Params {
  /** Paging bounds: a page holds 1 to {@value #MAX_LIMIT} items; offsets past {@value #MAX_OFFSET} are refused. */
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;
  public static final int MAX_OFFSET = 1_000_000;
  /** Longest accepted text filter. */
  public static final int MAX_TEXT = 500;
  /** The claim statuses a filter may name (as in ledger.json). */
  public static final Set<String> STATUSES = Set.of("contested", "unconfirmed", "corroborated", "single-source");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._#-]{0,199}");

  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = values;
  }

  /** Parses a raw query string ({@code a=1&b=x}); a parameter given twice is a 400. */
  public static Params parse(String rawQuery) {
    Map<String, String> m = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String part : rawQuery.split("&")) {
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        String k;
        String v;
        try {
          k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
          v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw ApiException.badRequest("malformed query string: " + e.getMessage());
        }
        if (m.put(k, v) != null) {
          throw ApiException.badRequest("parameter '" + k + "' given more than once");
        }
      }
    }
    return new Params(m);
  }

  /** Refuses parameters the route does not know (a typo should not silently return everything). */
  public Params allow(Set<String> known) {
    for (String k : values.keySet()) {
      if (!known.contains(k)) {
        throw ApiException.badRequest("unknown parameter '" + k + "'; this route takes " + new java.util.TreeSet<>(known));
      }
    }
    return this;
  }

  public int limit() {
    return intIn("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  public int offset() {
    return intIn("offset", 0, 0, MAX_OFFSET);
  }

  int intIn(String name, int dflt, int min, int max) {
    String v = values.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < min || n > max) {
        throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + name + "' must be an integer, got '" + clip(v) + "'");
    }
  }

  /** A free-text filter, trimmed; null when absent or blank. */
  public String text(String name) {
    String v = values.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiException.badRequest("'" + name + "' is longer than " + MAX_TEXT + " characters");
    }
    return v.trim();
  }

  /** A required free-text parameter. */
  public String requiredText(String name) {
    String v = text(name);
    if (v == null) {
      throw ApiException.badRequest("'" + name + "' is required");
    }
    return v;
  }

  /** A claim status filter, or null. */
  public String status() {
    String v = text("status");
    if (v != null && !STATUSES.contains(v)) {
      throw ApiException.badRequest("'status' must be one of " + new java.util.TreeSet<>(STATUSES) + ", got '" + clip(v) + "'");
    }
    return v;
  }

  /** A boolean ({@code true} or {@code false}); null when absent. */
  public Boolean bool(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    if (!v.equals("true") && !v.equals("false")) {
      throw ApiException.badRequest("'" + name + "' must be true or false, got '" + clip(v) + "'");
    }
    return Boolean.valueOf(v);
  }

  /** One of a fixed set of words, or {@code dflt} when absent. */
  public String oneOf(String name, Set<String> allowed, String dflt) {
    String v = text(name);
    if (v == null) {
      return dflt;
    }
    if (!allowed.contains(v)) {
      throw ApiException.badRequest("'" + name + "' must be one of " + new java.util.TreeSet<>(allowed) + ", got '" + clip(v) + "'");
    }
    return v;
  }

  /** An id filter (event, entity), checked against the id alphabet; or null. */
  public String id(String name) {
    String v = text(name);
    if (v != null) {
      checkId(name, v);
    }
    return v;
  }

  /**
   * A time: an ISO-8601 instant ({@code 2025-03-01T12:00:00Z}) or a date ({@code 2025-03-01}, read as
   * its start in UTC, or its end when {@code endOfDay}); null when absent.
   */
  public Instant time(String name, boolean endOfDay) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      try {
        LocalDate d = LocalDate.parse(v);
        return endOfDay ? d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
            : d.atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        throw ApiException.badRequest("'" + name + "' must be an ISO-8601 instant or date, got '" + clip(v) + "'");
      }
    }
  }

  /** Checks an id taken from a path or a parameter: letters, digits and {@code . _ # -}, at most 200. */
  public static String checkId(String what, String v) {
    if (!ID.matcher(v).matches()) {
      throw ApiException.badRequest("malformed " + what + " '" + clip(v) + "'");
    }
    return v;
  }

  private static String clip(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "..." : v;
  }
}
