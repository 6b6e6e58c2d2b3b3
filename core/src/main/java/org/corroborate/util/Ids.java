package org.corroborate.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers derived from content. */
public final class Ids {
  private Ids() {}

  /**
   * The article id: the first 16 hex digits (64 bits) of SHA-256 over the body text with white space
   * folded to single spaces, so the same text saved twice (different line wrapping) gets one id.
   */
  public static String articleId(String text) {
    return sha256Hex(normalizeSpace(text)).substring(0, 16);
  }

  public static String normalizeSpace(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  public static String sha256Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
