package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.corroborate.ingest.html.MainTextExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;
import org.corroborate.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutated inputs of every format (cut, bytes flipped, junk inserted, slices repeated or dropped,
 * sometimes gzipped) through the facade: each ends as articles or rejections, never an exception,
 * never a "reader-error", and every article keeps valid paragraph spans. Seeded, so a failure
 * replays; a seed that found a bug stays in the list.
 */
class ReadersFuzzTest {
  private static final String BODY = "The council of Marrow voted on Monday to close the old bridge, the mayor said.";
  private static final List<String[]> SAMPLES = List.of(
      new String[] {"a.txt", "Skip to content\nMay 2, 2024\n\nBridge closed\n\n" + BODY + "\n\n" + BODY + "\n\nThe Marrow Post"},
      new String[] {"b.txt", "Title: Bridge\nDate: 2024-05-02\nSource: Post\n\n" + BODY},
      new String[] {"c.html", "<!DOCTYPE html><html lang=en><head><title>Bridge</title><meta property=\"og:site_name\" content=\"Post\">"
          + "</head><body><article><h1>Bridge</h1><p>" + BODY + "</p><p>" + BODY + "</p></article></body></html>"},
      new String[] {"d.rss", "<?xml version=\"1.0\"?><rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
          + "<title>Post</title><link>https://post.example/</link><item><title>Bridge</title><pubDate>Thu, 02 May 2024 10:00:00 GMT"
          + "</pubDate><content:encoded><![CDATA[<p>" + BODY + "</p>]]></content:encoded></item><item><title>Two</title>"
          + "<description>" + BODY + "</description></item></channel></rss>"},
      new String[] {"e.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Post</title><entry><title>Bridge</title>"
          + "<updated>2024-05-02T10:00:00Z</updated><content type=\"html\">&lt;p&gt;" + BODY + "&lt;/p&gt;</content></entry></feed>"},
      new String[] {"f.jsonl", "{\"title\":\"Bridge\",\"text\":\"" + BODY + "\",\"date\":\"2024-05-02\"}\n{\"paragraphs\":[\"" + BODY
          + "\"],\"outlet\":{\"name\":\"Post\"}}\n"},
      new String[] {"g.json", "[{\"title\":\"Bridge\",\"text\":\"" + BODY + "\"},{\"html\":\"<p>" + BODY + "</p>\"}]"},
      new String[] {"h.warc", warc()});

  private static String warc() {
    String html = "<html><body><p>" + BODY + "</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
    String rec = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://post.example/bridge\r\nWARC-Date: 2024-05-02T10:00:00Z\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
    return rec + rec.replace("/bridge", "/bridge2");
  }

  private final Readers readers = Readers.standard(ReaderConfig.defaults(), new MainTextExtractor(), Collect.CLOCK);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void mutatedInputsNeverBreakTheReaders(long seed) throws IOException {
    Random r = new Random(seed);
    for (int round = 0; round < 40; round++) {
      String[] sample = SAMPLES.get(r.nextInt(SAMPLES.size()));
      byte[] b = mutate(sample[1].getBytes(StandardCharsets.UTF_8), r);
      String name = sample[0];
      if (r.nextInt(4) == 0) {
        b = gzip(b, r);
        name = name + ".gz";
      }
      Collect c = new Collect();
      readers.read(Input.ofBytes(name, b), c);
      String where = "seed " + seed + " round " + round + " " + name;
      assertFalse(c.all.isEmpty(), where);
      for (Rejection x : c.rejections) {
        assertFalse(x.reason().equals("reader-error") || x.reason().equals("no-output"), where + ": " + x);
      }
      for (Article a : c.articles) {
        assertFalse(a.text().isBlank(), where);
        int prev = 0;
        for (Span s : a.paragraphs()) {
          assertTrue(s.start() >= prev && s.end() > s.start() && s.end() <= a.text().length(), where);
          prev = s.end();
        }
      }
    }
  }

  private static byte[] mutate(byte[] in, Random r) {
    byte[] b = in;
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n && b.length > 1; i++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(5)) {
        case 0 -> b = Arrays.copyOf(b, at);
        case 1 -> {
          b = b.clone();
          for (int k = 0; k < 1 + r.nextInt(8); k++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
          }
        }
        case 2 -> {
          byte[] junk = new byte[1 + r.nextInt(64)];
          r.nextBytes(junk);
          b = splice(b, at, junk, 0);
        }
        case 3 -> {
          int len = Math.min(b.length - at, 1 + r.nextInt(200));
          b = splice(b, at, Arrays.copyOfRange(b, at, at + len), 0);
        }
        default -> b = splice(b, at, new byte[0], Math.min(b.length - at, 1 + r.nextInt(100)));
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int at, byte[] insert, int remove) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, at);
    out.writeBytes(insert);
    out.write(b, at + remove, b.length - at - remove);
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] b, Random r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    }
    byte[] z = out.toByteArray();
    return r.nextBoolean() ? z : Arrays.copyOf(z, Math.max(2, r.nextInt(z.length)));
  }
}
