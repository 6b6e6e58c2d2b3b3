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
 * does; doubly-broken text is repaired in up to three passes.
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
      return new Repair(s, 0);
    }
    out.append(s, copied, n);
    return new Repair(out.toString(), count);
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
