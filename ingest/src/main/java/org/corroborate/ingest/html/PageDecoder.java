package org.corroborate.ingest.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text without mojibake. Order: a byte-order mark; the charset a transport
 * declared; a {@code <meta charset>} or {@code http-equiv} Content-Type (or an XML declaration) in
 * the first bytes; else sniffing (valid UTF-8, otherwise windows-1252). A declared UTF-8 that the
 * bytes contradict falls back to windows-1252, and a declared single-byte charset falls back to
 * UTF-8 when the bytes are valid UTF-8 with multi-byte sequences: such a declaration is wrong far
 * more often than such bytes are real single-byte text. ISO-8859-1 and US-ASCII are read as
 * windows-1252, as browsers do.
 */
final class PageDecoder {
  /** How far into the page a charset declaration is looked for. */
  static final int PRESCAN_BYTES = 16 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,500}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

  /** Decoded text, the charset used and where it came from ("bom", "declared", "meta", "sniffed", ...). */
  record Decoded(String text, Charset charset, String origin) {}

  private PageDecoder() {}

  static Decoded decode(byte[] bytes, Charset declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
    }
    Utf8 utf8 = checkUtf8(bytes);
    if (declared != null) {
      return choose(bytes, normalise(declared), "declared", utf8);
    }
    Charset meta = metaCharset(bytes);
    if (meta != null) {
      return choose(bytes, meta, "meta", utf8);
    }
    if (utf8 != Utf8.INVALID) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "sniffed");
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "sniffed");
  }

  private static Decoded choose(byte[] bytes, Charset cs, String origin, Utf8 utf8) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      if (utf8 == Utf8.INVALID) {
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, origin + " utf-8 contradicted; sniffed");
      }
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, origin);
    }
    if (utf8 == Utf8.MULTIBYTE && isSingleByte(cs)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
          origin + " " + cs.name() + " contradicted; sniffed");
    }
    return new Decoded(lenient(bytes, 0, cs), cs, origin);
  }

  /** The charset named in a meta tag or XML declaration near the start, or null. */
  static Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher x = XML_ENCODING.matcher(head);
    if (x.find()) {
      Charset cs = forName(x.group(1));
      if (cs != null) {
        return cs;
      }
    }
    Matcher m = META_CHARSET.matcher(head);
    while (m.find()) {
      Charset cs = forName(m.group(1));
      if (cs != null) {
        return cs;
      }
    }
    return null;
  }

  /** The charset for a name, mapped as browsers map it, or null if unknown. */
  static Charset forName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return null;
    }
    try {
      return normalise(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset normalise(Charset cs) {
    if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
      return WINDOWS_1252;
    }
    // A page cannot really be UTF-16 without a BOM once its head was readable as ASCII.
    if (cs.equals(StandardCharsets.UTF_16) || cs.equals(StandardCharsets.UTF_16BE) || cs.equals(StandardCharsets.UTF_16LE)) {
      return StandardCharsets.UTF_8;
    }
    return cs;
  }

  /** Whether a charset encodes every character in one byte (windows-125x, ISO-8859-x, KOI8...). */
  private static boolean isSingleByte(Charset cs) {
    return cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  enum Utf8 { ASCII, MULTIBYTE, INVALID }

  /** Whether the bytes are valid UTF-8, and whether they hold any multi-byte sequence. */
  static Utf8 checkUtf8(byte[] b) {
    boolean multi = false;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int extra;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        min = 0x10000;
      } else {
        return Utf8.INVALID;
      }
      if (i + extra >= n) {
        // a sequence cut by the end of the input (a truncated page) is not evidence against UTF-8
        for (int k = i + 1; k < n; k++) {
          if ((b[k] & 0xC0) != 0x80) {
            return Utf8.INVALID;
          }
        }
        return multi ? Utf8.MULTIBYTE : Utf8.ASCII;
      }
      int cp = c & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return Utf8.INVALID;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return Utf8.INVALID;
      }
      multi = true;
      i += extra + 1;
    }
    return multi ? Utf8.MULTIBYTE : Utf8.ASCII;
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return out.toString();
    } catch (CharacterCodingException e) {
      // cannot happen with REPLACE actions; decode the plain way
      return new String(bytes, offset, bytes.length - offset, cs);
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
