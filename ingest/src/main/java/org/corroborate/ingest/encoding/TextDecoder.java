package org.corroborate.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a text, feed or JSON document. Order: byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE); the charset the container declared (XML prolog, HTTP header), unless the bytes are valid
 * UTF-8 and the declaration is a Latin-1 family one (a frequent lie); UTF-16 without a BOM (zero
 * bytes in every other position); valid UTF-8; UTF-8 with stray windows-1252 bytes decoded one by
 * one; windows-1251 when high bytes come in runs (Cyrillic words); else the single-byte charset of
 * windows-1252, windows-1250 and ISO-8859-2 whose text looks least odd ({@link #oddity}), ties to
 * windows-1252. Mojibake is then repaired ({@link Mojibake}). Thread-safe, never throws.
 */
public final class TextDecoder {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset CP1250 = Charset.forName("windows-1250");
  private static final Charset LATIN2 = Charset.forName("ISO-8859-2");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /** Decodes an XML document: BOM, then the prolog's encoding, then sniffing. */
  public static Decoded decodeXml(byte[] bytes) {
    return decode(bytes, xmlDeclared(bytes));
  }

  /** The charset of a byte-order mark at the start, or null. */
  public static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** The encoding named in an XML prolog (ASCII-compatible documents), or null. */
  public static Charset xmlDeclared(byte[] b) {
    int n = Math.min(b.length, 300);
    int start = bom(b) == StandardCharsets.UTF_8 ? 3 : 0;
    String head = new String(b, start, Math.max(0, n - start), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? charset(m.group(1)) : null;
  }

  /** A charset by name, or null when the JVM does not know it. */
  public static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", "").replace("'", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** UTF-16LE or UTF-16BE when the bytes look like UTF-16 text without a BOM, else null. */
  public static Charset sniffUtf16(byte[] b) {
    int n = Math.min(b.length, 8192) & ~1;
    if (n < 16) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZero++;
      }
      if (b[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  public static Decoded decode(byte[] bytes, Charset declared) {
    Charset bom = bom(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      String text = bom == StandardCharsets.UTF_8
          ? utf8Lenient(bytes, skip)
          : new String(bytes, skip, bytes.length - skip, bom);
      return finish(text, bom, "bom");
    }
    boolean validUtf8 = isValidUtf8(bytes);
    if (declared != null) {
      String dn = declared.name().toLowerCase(Locale.ROOT);
      boolean latin = dn.equals("iso-8859-1") || dn.equals("us-ascii") || dn.equals("windows-1252");
      if (dn.equals("utf-8")) {
        return validUtf8
            ? finish(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "declared")
            : finish(utf8Lenient(bytes, 0), StandardCharsets.UTF_8, "utf-8+windows-1252");
      }
      if (latin && validUtf8) {
        return finish(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
      }
      if (latin) {
        return finish(cp1252(bytes), CP1252, "declared");
      }
      if (!dn.startsWith("utf-16") || sniffUtf16(bytes) != null) {
        return finish(new String(bytes, declared), declared, "declared");
      }
    }
    Charset u16 = sniffUtf16(bytes);
    if (u16 != null) {
      return finish(new String(bytes, u16), u16, "utf-16-sniffed");
    }
    if (validUtf8) {
      return finish(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
    }
    int[] counts = utf8Counts(bytes);
    if (counts[0] > 0 && counts[0] >= counts[1]) {
      return finish(utf8Lenient(bytes, 0), StandardCharsets.UTF_8, "utf-8+windows-1252");
    }
    if (looksCyrillic(bytes)) {
      return finish(new String(bytes, CP1251), CP1251, "windows-1251");
    }
    String western = cp1252(bytes);
    int westernOdd = oddity(western);
    if (westernOdd > 0) {
      String central = new String(bytes, CP1250);
      String latin2 = new String(bytes, LATIN2);
      int centralOdd = oddity(central);
      int latin2Odd = oddity(latin2);
      if (centralOdd < westernOdd && centralOdd <= latin2Odd) {
        return finish(central, CP1250, "windows-1250");
      }
      if (latin2Odd < westernOdd) {
        return finish(latin2, LATIN2, "iso-8859-2");
      }
    }
    return finish(western, CP1252, "windows-1252");
  }

  /**
   * How unlike text a decoding looks: control characters, symbols between two letters ("wa³ek" is
   * Polish "wałek" read as windows-1252), and, as a tie-breaker, accented capitals. The right
   * single-byte charset gives the lowest.
   */
  static int oddity(String t) {
    int odd = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0xA0 || c == '\uFFFD') {
        odd += 4;
      } else if (!Character.isLetter(c) && i > 0 && i + 1 < t.length()
          && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
        odd += 2;
      } else if (Character.isUpperCase(c)) {
        odd++;  // accented capitals are rarer than small letters: a tie-breaker
      }
    }
    return odd;
  }

  private static Decoded finish(String text, Charset cs, String method) {
    Mojibake.Repair r = Mojibake.repairCounting(text);
    String t = r.text();
    int suspect = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c < 0xA0) || c == '\uFFFD') {
        suspect++;
      }
    }
    return new Decoded(t, cs, method, r.count(), suspect);
  }

  public static boolean isValidUtf8(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String cp1252(byte[] b) {
    char[] out = new char[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = Cp1252.toChar(b[i]);
    }
    return new String(out);
  }

  /** Length of the valid UTF-8 multi-byte sequence at i, or 0. */
  private static int seqLen(byte[] b, int i) {
    int c = b[i] & 0xff;
    int need;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
    } else {
      return 0;
    }
    if (i + need >= b.length) {
      return 0;
    }
    for (int k = 1; k <= need; k++) {
      int d = b[i + k] & 0xff;
      if (d < 0x80 || d > 0xBF) {
        return 0;
      }
    }
    int c1 = b[i + 1] & 0xff;
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) {
      return 0;
    }
    return need + 1;
  }

  /** [valid multi-byte sequences, stray high bytes]. */
  private static int[] utf8Counts(byte[] b) {
    int valid = 0;
    int stray = 0;
    int i = 0;
    while (i < b.length) {
      if ((b[i] & 0x80) == 0) {
        i++;
        continue;
      }
      int len = seqLen(b, i);
      if (len > 0) {
        valid++;
        i += len;
      } else {
        stray++;
        i++;
      }
    }
    return new int[] {valid, stray};
  }

  /** UTF-8 where valid; any other byte as windows-1252. */
  private static String utf8Lenient(byte[] b, int from) {
    StringBuilder sb = new StringBuilder(b.length - from);
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int len = seqLen(b, i);
      if (len > 0) {
        sb.append(new String(b, i, len, StandardCharsets.UTF_8));
        i += len;
      } else if (c >= 0xC2 && c <= 0xF4 && i + 1 < b.length && (b[i + 1] & 0xC0) == 0x80) {
        // a lead byte with continuation bytes but no valid whole: broken UTF-8, not windows-1252
        sb.append('\uFFFD');
        i++;
        while (i < b.length && (b[i] & 0xC0) == 0x80) {
          i++;
        }
      } else {
        sb.append(Cp1252.toChar(c));
        i++;
      }
    }
    return sb.toString();
  }

  /** Cyrillic in windows-1251 writes whole words in high bytes; Western text has them one at a time. */
  private static boolean looksCyrillic(byte[] b) {
    int high = 0;
    int inRuns = 0;
    for (int i = 0; i < b.length; i++) {
      if ((b[i] & 0xff) >= 0xC0) {
        high++;
        boolean prev = i > 0 && (b[i - 1] & 0xff) >= 0xC0;
        boolean next = i + 1 < b.length && (b[i + 1] & 0xff) >= 0xC0;
        if (prev || next) {
          inRuns++;
        }
      }
    }
    return high >= 20 && inRuns > high * 0.7;
  }
}
