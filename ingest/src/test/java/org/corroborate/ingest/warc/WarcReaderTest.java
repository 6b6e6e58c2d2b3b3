package org.corroborate.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.corroborate.ingest.Collect;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.ReaderConfig;
import org.corroborate.ingest.html.HtmlExtractor;
import org.corroborate.ingest.html.MainTextExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
  /** Builds WARC files for tests (and for the hostile corpus through the same shape). */
  static byte[] record(String type, String uri, String date, String contentType, byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + uri.hashCode() + type + ">\r\n"
        + (uri.isEmpty() ? "" : "WARC-Target-URI: " + uri + "\r\n") + "WARC-Date: " + date + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  static byte[] response(String uri, String httpHead, byte[] body) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((httpHead + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    b.writeBytes(body);
    return record("response", uri, "2024-04-05T06:07:08Z", "application/http; msgtype=response", b.toByteArray());
  }

  static byte[] gz(byte[] b) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(out)) {
        g.write(b);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static final String PAGE = "<html><head><title>Wind farm approved</title></head><body>"
      + "<p>The Serran wind farm was approved by the regional council on Tuesday after a long debate.</p>"
      + "<p>Construction of the forty turbines begins next spring, the developer said.</p></body></html>";

  private final HtmlExtractor html = new MainTextExtractor();
  private final Readers readers = Readers.standard(ReaderConfig.defaults(), html, Collect.CLOCK);

  private Collect read(String name, byte[] bytes) {
    Collect c = new Collect();
    readers.read(Input.ofBytes(name, bytes), c);
    return c;
  }

  private byte[] sample() {
    byte[] latin = "<html><body><p>Caf\u00e9 in S\u00e9ville reopens after the summer, its owner said on Monday.</p></body></html>"
        .getBytes(Charset.forName("ISO-8859-1"));
    return concat(
        gz(record("warcinfo", "", "2024-04-05T06:07:08Z", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))),
        gz(record("request", "https://www.serran.example/wind", "2024-04-05T06:07:08Z", "application/http; msgtype=request",
            "GET /wind HTTP/1.1\r\nHost: www.serran.example\r\n\r\n".getBytes(StandardCharsets.UTF_8))),
        gz(response("https://www.serran.example/wind", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8",
            PAGE.getBytes(StandardCharsets.UTF_8))),
        gz(response("https://www.serran.example/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png", new byte[] {1, 2, 3})),
        gz(response("https://www.serran.example/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html", PAGE.getBytes(StandardCharsets.UTF_8))),
        gz(response("https://cafe.example/seville", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked",
            chunked(latin))));
  }

  private static byte[] chunked(byte[] body) {
    int half = body.length / 2;
    return concat(
        (Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(body, 0, half),
        ("\r\n" + Integer.toHexString(body.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII),
        Arrays.copyOfRange(body, half, body.length), "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void gzipPerRecordWarcGivesHtmlArticlesAndReasonsForTheRest() {
    Collect c = read("crawl.warc.gz", sample());
    assertEquals(2, c.articles.size(), c.rejections.toString());
    Article a = c.articles.get(0);
    assertEquals("https://www.serran.example/wind", a.url());
    assertEquals("serran.example", a.outlet().domain());
    assertEquals("warc", a.sources().get(0).kind());
    assertEquals("crawl.warc.gz!/record/3", a.sources().get(0).path());
    assertTrue(a.text().startsWith("The Serran wind farm"));
    assertEquals(Instant.parse("2024-04-05T06:07:08Z"), a.published().time());
    assertEquals(Confidence.LOW, a.published().confidence());
    assertEquals("Caf\u00e9 in S\u00e9ville reopens after the summer, its owner said on Monday.", c.articles.get(1).text());
    assertEquals(List.of("not-html", "http-status", "warc-skipped"), c.reasons());
    assertEquals("crawl.warc.gz!/record/4", c.rejections.get(0).source());
  }

  @Test
  void truncatedWarcKeepsCompleteRecords() {
    byte[] whole = sample();
    // cut inside the last gzip member
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);
    Collect c = read("cut.warc.gz", cut);
    assertEquals(1, c.articles.size(), c.rejections.toString());
    assertTrue(c.reasons().contains("truncated"), c.reasons().toString());
    // an uncompressed WARC cut inside a block
    byte[] plain = concat(response("https://a.example/x", "HTTP/1.1 200 OK\r\nContent-Type: text/html", PAGE.getBytes(StandardCharsets.UTF_8)),
        response("https://a.example/y", "HTTP/1.1 200 OK\r\nContent-Type: text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    Collect d = read("cut.warc", Arrays.copyOf(plain, plain.length - 100));
    assertEquals(1, d.articles.size());
    assertEquals(List.of("truncated"), d.reasons());
    assertEquals("cut.warc!/record/2", d.rejections.get(0).source());
  }

  @Test
  void wetConversionRecordsAreReadAsPlainText() {
    byte[] text = "Tram line opens in Veld\nThe first trams ran on Saturday.\nRiders queued for hours.".getBytes(StandardCharsets.UTF_8);
    Collect c = read("crawl.warc.wet.gz", gz(record("conversion", "https://www.veld.example/tram", "2024-04-05T06:07:08Z",
        "text/plain", text)));
    Article a = c.only();
    assertEquals("Tram line opens in Veld", a.title());
    assertEquals("The first trams ran on Saturday.\n\nRiders queued for hours.", a.text());
    assertEquals("veld.example", a.outlet().domain());
    assertEquals(Confidence.LOW, a.published().confidence());
  }

  @Test
  void oversizedRecordIsSkippedAndTheNextOneRead() {
    Readers small = Readers.standard(ReaderConfig.defaults().withMaxDocumentBytes(600), html, Collect.CLOCK);
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'a');
    byte[] w = concat(response("https://a.example/big", "HTTP/1.1 200 OK\r\nContent-Type: text/html", big),
        response("https://a.example/ok", "HTTP/1.1 200 OK\r\nContent-Type: text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    Collect c = new Collect();
    small.read(Input.ofBytes("b.warc", w), c);
    assertEquals(List.of("too-large"), c.reasons());
    assertEquals(1, c.articles.size());
  }

  @Test
  void garbageAfterARecordIsMalformed() {
    byte[] w = concat(response("https://a.example/ok", "HTTP/1.1 200 OK\r\nContent-Type: text/html", PAGE.getBytes(StandardCharsets.UTF_8)),
        "this is not a warc record\r\n".getBytes(StandardCharsets.US_ASCII));
    Collect c = read("g.warc", w);
    assertEquals(1, c.articles.size());
    assertEquals(List.of("malformed-warc"), c.reasons());
    assertNull(c.articles.get(0).byline());
  }
}
