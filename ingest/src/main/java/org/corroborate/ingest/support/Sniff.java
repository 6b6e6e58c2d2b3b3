package org.corroborate.ingest.support;

import org.corroborate.ingest.encoding.TextDecoder;

/** Looks at the first bytes of an input: compressed, binary, or text. */
public final class Sniff {
  private Sniff() {}

  public static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /**
   * What kind of binary file the first bytes show, or null when they may be text. Known magic numbers
   * first; then NUL bytes, unless the bytes look like UTF-16 text.
   */
  public static String binaryKind(byte[] head) {
    if (startsWith(head, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
      return "ZIP archive";
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(head, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
      return "ELF executable";
    }
    if (startsWith(head, 'B', 'Z', 'h')) {
      return "bzip2 archive";
    }
    if (startsWith(head, 0xFD, '7', 'z', 'X', 'Z')) {
      return "xz archive";
    }
    if (startsWith(head, '7', 'z', 0xBC, 0xAF)) {
      return "7z archive";
    }
    if (startsWith(head, 0x28, 0xB5, 0x2F, 0xFD)) {
      return "zstd archive";
    }
    if (startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "Java class file";
    }
    if (startsWith(head, 'S', 'Q', 'L', 'i', 't', 'e')) {
      return "SQLite database";
    }
    if (startsWith(head, 'R', 'I', 'F', 'F')) {
      return "RIFF media file";
    }
    if (startsWith(head, 'O', 'g', 'g', 'S')) {
      return "Ogg media file";
    }
    if (head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
      return "MP4 media file";
    }
    java.nio.charset.Charset u16 = TextDecoder.bom(head) != null ? TextDecoder.bom(head) : TextDecoder.sniffUtf16(head);
    if (u16 != null) {
      String t = new String(head, u16);
      long controls = t.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
      return controls > t.length() / 20 ? "file of control characters in UTF-16" : null;
    }
    for (byte b : head) {
      if (b == 0) {
        return "file with NUL bytes";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != (magic[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }
}
