package org.corroborate.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs the classic mojibake: text that was UTF-8, read as windows-1252 (or Latin-1), and saved
 * again, so that "it’s" became "itâ€™s" and "café" became "cafÃ©". A run of characters is replaced
 * only when its windows-1252 bytes form valid multi-byte UTF-8, which ordinary text almost never
 * does. To keep real text such as German "groß”" intact, a text is repaired only when it shows the
 * unmistakable signs: a sequence led by "Â", "Ã" or "â€" (Latin-1 letters and typographic
 * punctuation broken), or at least three led by "Ð"/"Ñ" (broken Cyrillic). Doubly-broken text is
 * repaired in up to three passes.
 */
public final class Mojibake {
  private Mojibake() {}

  /** The repaired text and how many sequences were repaired. */
  public record Repair(String text, int count) {}

  public static String repair(String s) {
    return repairCounting(s).text();
  }

  public static Repair repairCounting(String s) {
    int total = 0;
    String cur = s;
    for (int pass = 0; pass < 3; pass++) {
      Repair r = onePass(cur);
      if (r.count() == 0) {
        break;
      }
      total += r.count();
      cur = r.text();
    }
    return new Repair(cur, total);
  }

  private static Repair onePass(String s) {
    if (!showsMojibake(s)) {
      return new Repair(s, 0);
    }
    // A decoder that knows no character for byte 0x9D leaves U+FFFD: "â€\uFFFD" was a closing quote.
    int lostQuotes = 0;
    if (s.indexOf("\u00e2\u20ac\ufffd") >= 0) {
      String t = s.replace("\u00e2\u20ac\ufffd", "\u201d");
      lostQuotes = (s.length() - t.length()) / 2;
      s = t;
    }
    StringBuilder out = null;
    int count = 0;
    int i = 0;
    int n = s.length();
    int copied = 0;
    while (i < n) {
      int lead = Cp1252.toByte(s.charAt(i));
      int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
      if (need == 0 || i + need >= n) {
        i++;
        continue;
      }
      byte[] bytes = new byte[need + 1];
      bytes[0] = (byte) lead;
      boolean ok = true;
      for (int k = 1; k <= need && ok; k++) {
        int b = Cp1252.toByte(s.charAt(i + k));
        if (b < 0x80 || b > 0xBF) {
          ok = false;
        } else {
          bytes[k] = (byte) b;
        }
      }
      String fixed = ok ? strictUtf8(bytes) : null;
      if (fixed == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(s, copied, i).append(fixed);
      i += need + 1;
      copied = i;
      count++;
    }
    if (out == null) {
      return new Repair(s, lostQuotes);
    }
    out.append(s, copied, n);
    return new Repair(out.toString(), count + lostQuotes);
  }

  /** Whether the text has the marks of mojibake (see the class comment). */
  static boolean showsMojibake(String s) {
    int cyrillic = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\u00c2' && c != '\u00c3' && c != '\u00e2' && c != '\u00d0' && c != '\u00d1') {
        continue;
      }
      int b1 = Cp1252.toByte(s.charAt(i + 1));
      if (b1 < 0x80 || b1 > 0xBF) {
        continue;
      }
      if (c == '\u00c2' || c == '\u00c3') {
        return true;
      }
      if (c == '\u00e2') {
        if (b1 <= 0x84 && i + 2 < s.length()) {
          int b2 = Cp1252.toByte(s.charAt(i + 2));
          if (b2 >= 0x80 && b2 <= 0xBF) {
            return true;
          }
        }
      } else if (++cyrillic >= 3) {
        return true;
      }
    }
    return false;
  }

  private static String strictUtf8(byte[] bytes) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
