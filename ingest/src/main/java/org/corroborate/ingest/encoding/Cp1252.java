package org.corroborate.ingest.encoding;

/**
 * windows-1252 as browsers decode it (WHATWG): 0x80-0x9F are the typographic characters, and the five
 * bytes windows-1252 leaves undefined map to the C1 control of the same number (as in Latin-1).
 */
final class Cp1252 {
  private static final char[] HIGH = {
      '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
      '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
      '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
      '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

  private Cp1252() {}

  static char toChar(int b) {
    b &= 0xff;
    return b >= 0x80 && b < 0xA0 ? HIGH[b - 0x80] : (char) b;
  }

  /** The byte for a character, or -1 if windows-1252 has none. */
  static int toByte(char c) {
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
      return c;
    }
    for (int i = 0; i < HIGH.length; i++) {
      if (HIGH[i] == c) {
        return 0x80 + i;
      }
    }
    return -1;
  }
}
