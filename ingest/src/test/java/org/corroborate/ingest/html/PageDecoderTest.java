package org.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String TEXT = "Café “Zoë” — crème brûlée costs 5 €";
  private final MainTextExtractor extractor = new MainTextExtractor();

  private static String page(String head) {
    return "<html><head>" + head + "</head><body><p>" + TEXT + ", said the owner of the café, happily.</p></body></html>";
  }

  private String firstParagraph(byte[] bytes, Charset declared) {
    return extractor.extract(bytes, declared, null).paragraphs().get(0);
  }

  @Test
  void undeclaredWindows1252IsSniffed() {
    byte[] bytes = page("").getBytes(CP1252);
    assertTrue(firstParagraph(bytes, null).startsWith(TEXT));
    assertEquals(CP1252, PageDecoder.decode(bytes, null).charset());
  }

  @Test
  void declaredWindows1252InMeta() {
    byte[] bytes = page("<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>").getBytes(CP1252);
    assertTrue(firstParagraph(bytes, null).startsWith(TEXT));
    assertEquals("meta", PageDecoder.decode(bytes, null).origin());
  }

  @Test
  void latin1LabelMeansWindows1252() {
    byte[] bytes = page("<meta charset='ISO-8859-1'>").getBytes(CP1252);
    assertTrue(firstParagraph(bytes, null).startsWith(TEXT), "the euro sign and curly quotes survive");
  }

  @Test
  void utf8WithBomWinsOverAWrongMeta() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xEF);
    out.write(0xBB);
    out.write(0xBF);
    out.writeBytes(page("<meta charset='windows-1252'>").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = out.toByteArray();
    assertTrue(firstParagraph(bytes, null).startsWith(TEXT));
    assertEquals("bom", PageDecoder.decode(bytes, null).origin());
  }

  @Test
  void metaSayingUtf8OverWindows1252BytesIsOverruled() {
    byte[] bytes = page("<meta charset='utf-8'>").getBytes(CP1252);
    assertTrue(firstParagraph(bytes, null).startsWith(TEXT));
  }

  @Test
  void metaSayingLatin1OverUtf8BytesIsOverruled() {
    byte[] bytes = page("<meta charset='iso-8859-1'>").getBytes(StandardCharsets.UTF_8);
    String p = firstParagraph(bytes, null);
    assertTrue(p.startsWith(TEXT), p);
    assertTrue(!p.contains("Ã"), "no mojibake");
  }

  @Test
  void transportCharsetComesBeforeMeta() {
    byte[] bytes = page("<meta charset='utf-8'>").getBytes(Charset.forName("ISO-8859-7"));
    String greek = "Καλημέρα";
    byte[] g = page("<meta charset='utf-8'>").replace("Café", greek).getBytes(Charset.forName("ISO-8859-7"));
    assertTrue(firstParagraph(g, Charset.forName("ISO-8859-7")).startsWith(greek));
    assertEquals("declared", PageDecoder.decode(bytes, Charset.forName("ISO-8859-7")).origin());
  }

  @Test
  void unknownCharsetNameIsIgnored() {
    byte[] bytes = page("<meta charset='x-no-such-charset'>").getBytes(StandardCharsets.UTF_8);
    assertTrue(firstParagraph(bytes, null).startsWith(TEXT));
  }

  @Test
  void utf8CheckerSeesTruncationAndOverlongForms() {
    assertEquals(PageDecoder.Utf8.ASCII, PageDecoder.checkUtf8("plain".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(PageDecoder.Utf8.MULTIBYTE, PageDecoder.checkUtf8("é".getBytes(StandardCharsets.UTF_8)));
    assertEquals(PageDecoder.Utf8.INVALID, PageDecoder.checkUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}));
    assertEquals(PageDecoder.Utf8.INVALID, PageDecoder.checkUtf8(new byte[] {'a', (byte) 0xE9, 'b'}));
    // a multi-byte character cut by the end of a truncated page is not evidence against UTF-8
    assertEquals(PageDecoder.Utf8.MULTIBYTE, PageDecoder.checkUtf8(new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82}));
  }
}
