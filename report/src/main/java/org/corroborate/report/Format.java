package org.corroborate.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.corroborate.ledger.LedgerEvent;
import org.corroborate.model.Stance;

/** Small formatting functions shared by the report's renderers: times, verbs, element ids. Stateless. */
final class Format {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private Format() {}

  /**
   * A time for a person: the day alone at midnight UTC, which is how a publication date known only
   * to the day is stored ("2023-05-22", not "2023-05-22 00:00 UTC"), else day, hour and minute.
   */
  static String when(Instant t) {
    return t.getEpochSecond() % 86_400 == 0 && t.getNano() == 0 ? DAY.format(t) : TIME.format(t);
  }

  /** The verb an outlet's reporting uses for a stance: "says", "denies", ... */
  static String verb(Stance s) {
    return switch (s) {
      case ASSERT -> "says";
      case CLAIM -> "claims";
      case DENY -> "denies";
      case CONFIRM -> "confirms";
      case ALLEGE -> "alleges";
      case REPORT -> "reports";
      case PREDICT -> "predicts";
      case BELIEVE -> "believes";
    };
  }

  /** A relation type seen from the claim at its other end: "denies" becomes "denied by". */
  static String passive(String relationType) {
    return switch (relationType) {
      case "denies" -> "denied by";
      case "confirms" -> "confirmed by";
      case "contradicts" -> "contradicted by";
      default -> relationType + " (from)";
    };
  }

  /** An id usable as a fragment: anything but letters, digits, '-', '_' and '.' becomes '_'. */
  static String anchor(String id) {
    return "id-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** A claim id without its event's prefix ("C3" for "ev1.C3"), which is how a person reads it on the event's page. */
  static String shortId(String claimId, String eventId) {
    String prefix = eventId + ".";
    return claimId.startsWith(prefix) && claimId.length() > prefix.length() ? claimId.substring(prefix.length()) : claimId;
  }

  static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }

  static String title(LedgerEvent e) {
    return e.title().isBlank() ? "Event " + e.id() : e.title();
  }

  static String joinNames(List<LedgerEvent.Actor> actors, int max) {
    List<String> names = actors.stream().limit(max).map(LedgerEvent.Actor::name).toList();
    return String.join(", ", names) + (actors.size() > max ? ", ..." : "");
  }

  /** The Content Security Policy source of an inline script: "sha256-" and its base64 digest. */
  static String sha256(String script) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
