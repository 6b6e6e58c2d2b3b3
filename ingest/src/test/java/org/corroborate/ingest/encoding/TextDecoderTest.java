package org.corroborate.ingest.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT = "It\u2019s a \u201cnew\u201d caf\u00e9 \u2014 na\u00efve r\u00e9sum\u00e9, 5\u20ac.";

  @Test
  void byteOrderMarks() {
    byte[] u8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
    for (byte[] b : new byte[][] {u8, le, be}) {
      Decoded d = TextDecoder.decode(b);
      assertEquals(TEXT, d.text());
      assertEquals("bom", d.method());
    }
  }

  @Test
  void utf16WithoutBom() {
    String ascii = "Plain words in UTF-16 without a byte order mark, as some tools write them.";
    Decoded le = TextDecoder.decode(ascii.getBytes(StandardCharsets.UTF_16LE));
    Decoded be = TextDecoder.decode(ascii.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(ascii, le.text());
    assertEquals(ascii, be.text());
    assertEquals("utf-16-sniffed", le.method());
  }

  @Test
  void utf8AndLegacyCharsets() {
    assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
    Decoded cp = TextDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252")));
    assertEquals(TEXT, cp.text());
    assertEquals("windows-1252", cp.method());
    String ru = "\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u0411\u0435\u043b\u0433\u043e\u0440\u043e\u0434: \u043d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f";
    Decoded d = TextDecoder.decode(ru.getBytes(Charset.forName("windows-1251")));
    assertEquals(ru, d.text());
  }

  @Test
  void centralEuropeanSingleByteCharsets() {
    String pl = "Wałęsa powiedział, że żółw źle się czuje w Łodzi i Gdańsku.";
    Decoded a = TextDecoder.decode(pl.getBytes(Charset.forName("windows-1250")));
    assertEquals(pl, a.text());
    Decoded b = TextDecoder.decode(pl.getBytes(Charset.forName("ISO-8859-2")));
    assertEquals(pl, b.text());
    String fr = "Le maître a dû goûter ça à Noël, déjà très âgé.";
    assertEquals(fr, TextDecoder.decode(fr.getBytes(Charset.forName("windows-1252"))).text());
    String de = "Größere Brücken über die Flüsse";
    assertEquals(de, TextDecoder.decode(de.getBytes(Charset.forName("windows-1252"))).text());
  }

  @Test
  void mixedUtf8WithAStrayLatin1Byte() {
    byte[] a = "na\u00efve \u2014 ".getBytes(StandardCharsets.UTF_8);
    byte[] b = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Decoded d = TextDecoder.decode(concat(a, b));
    assertEquals("na\u00efve \u2014 caf\u00e9", d.text());
    assertEquals("utf-8+windows-1252", d.method());
  }

  @Test
  void xmlPrologDeclaration() {
    byte[] b = ("<?xml version='1.0' encoding='windows-1252'?><a>" + TEXT + "</a>").getBytes(Charset.forName("windows-1252"));
    Decoded d = TextDecoder.decodeXml(b);
    assertTrue(d.text().contains(TEXT));
    assertEquals("declared", d.method());
    // a Latin-1 declaration contradicted by valid UTF-8 bytes: the bytes win
    byte[] lie = ("<?xml version='1.0' encoding='ISO-8859-1'?><a>" + TEXT + "</a>").getBytes(StandardCharsets.UTF_8);
    assertTrue(TextDecoder.decodeXml(lie).text().contains(TEXT));
  }

  @Test
  void mojibakeRepair() {
    String broken = new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertTrue(broken.contains("\u00e2\u20ac"));
    assertEquals(TEXT, Mojibake.repair(broken));
    String twice = new String(broken.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertEquals(TEXT, Mojibake.repair(twice));
    assertEquals("\u00c3 la carte and \u00a9 2024", Mojibake.repair("\u00c3 la carte and \u00a9 2024"));
    assertEquals("no change", Mojibake.repair("no change"));
  }

  /** Random text in many scripts survives UTF-8 encoding and decoding, and mojibake of it is repaired. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomRoundTrips(long seed) {
    Random r = new Random(seed);
    String alphabet = "abcdefghij ABC .,;\u00e9\u00e8\u00fc\u00df\u00f1\u2019\u201c\u201d\u2014\u20ac\u0416\u0434\u05d0\u4e2d\u00a0";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    String s = sb.toString();
    assertEquals(s, TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8)).text());
    String broken = new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"))
        .replace('\ufffd', '?');
    if (!broken.contains("?")) {
      assertEquals(s, Mojibake.repair(broken));
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
