package org.corroborate.bench.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.ingest.dedup.SyndicationFixtures;

/**
 * Writes one generated corpus of fictional articles in three shapes: plain-text files, HTML pages, and
 * one WARC file of HTTP responses. The articles come from {@link SyndicationFixtures} (stories, their
 * republished copies and same-topic articles), so the benchmark also exercises deduplication.
 */
final class BenchCorpus {
  private BenchCorpus() {}

  static List<SyndicationFixtures.Item> articles(long seed, int n) {
    List<SyndicationFixtures.Item> items = SyndicationFixtures.generate(seed, n / 2 + 1);
    // each story comes with 1..3 copies and 1..2 same-topic articles: at least 3 items per story
    return items.subList(0, Math.min(n, items.size()));
  }

  private static String outletDomain(SyndicationFixtures.Item it) {
    return it.outlet().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example";
  }

  private static String title(SyndicationFixtures.Item it) {
    return it.title().isEmpty() ? "Report from " + it.outlet() : it.title();
  }

  private static Instant published(int i) {
    return Instant.parse("2031-03-01T06:00:00Z").plusSeconds(600L * i);
  }

  /** Text files with header lines, one per article. */
  static void writeText(List<SyndicationFixtures.Item> items, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < items.size(); i++) {
      SyndicationFixtures.Item it = items.get(i);
      StringBuilder sb = new StringBuilder();
      sb.append("Title: ").append(title(it)).append('\n');
      sb.append("Outlet: ").append(it.outlet()).append('\n');
      sb.append("Date: ").append(published(i)).append('\n');
      sb.append("URL: https://").append(outletDomain(it)).append("/news/").append(it.key()).append("\n\n");
      for (String p : it.paragraphs()) {
        sb.append(p).append("\n\n");
      }
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "a%06d.txt", i)), sb.toString(), StandardCharsets.UTF_8);
    }
  }

  static String html(SyndicationFixtures.Item it, int i) {
    StringBuilder sb = new StringBuilder();
    String t = escape(title(it));
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(t)
        .append(" | ").append(escape(it.outlet())).append("</title>")
        .append("<meta property=\"og:title\" content=\"").append(t).append("\">")
        .append("<meta property=\"og:site_name\" content=\"").append(escape(it.outlet())).append("\">")
        .append("<meta property=\"article:published_time\" content=\"").append(published(i)).append("\">")
        .append("<link rel=\"canonical\" href=\"https://").append(outletDomain(it)).append("/news/")
        .append(it.key()).append("\"></head><body>")
        .append("<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a>")
        .append("</nav></header><main><article><h1>").append(t).append("</h1>")
        .append("<p class=\"byline\">By Staff Reporter</p>");
    for (String p : it.paragraphs()) {
      sb.append("<p>").append(escape(p)).append("</p>");
    }
    sb.append("</article><aside><h2>Most read</h2><ul><li><a href=\"/a\">Other story one</a></li>")
        .append("<li><a href=\"/b\">Other story two</a></li></ul></aside></main>")
        .append("<footer>&copy; ").append(escape(it.outlet())).append("</footer></body></html>");
    return sb.toString();
  }

  /** HTML pages, one per article, with navigation and a sidebar around the article. */
  static void writeHtml(List<SyndicationFixtures.Item> items, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < items.size(); i++) {
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "a%06d.html", i)), html(items.get(i), i),
          StandardCharsets.UTF_8);
    }
  }

  /** One WARC/1.1 file: a warcinfo record, then one HTTP response record per article. */
  static void writeWarc(List<SyndicationFixtures.Item> items, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      byte[] info = "software: corroborate bench\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.UTF_8);
      record(out, "warcinfo", null, "application/warc-fields", Instant.parse("2031-03-01T00:00:00Z"), info);
      for (int i = 0; i < items.size(); i++) {
        SyndicationFixtures.Item it = items.get(i);
        byte[] body = html(it, i).getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] payload = new byte[head.length + body.length];
        System.arraycopy(head, 0, payload, 0, head.length);
        System.arraycopy(body, 0, payload, head.length, body.length);
        record(out, "response", "https://" + outletDomain(it) + "/news/" + it.key(),
            "application/http; msgtype=response", published(i), payload);
      }
    }
  }

  private static void record(OutputStream out, String type, String uri, String contentType, Instant date,
      byte[] payload) throws IOException {
    StringBuilder h = new StringBuilder();
    h.append("WARC/1.1\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:").append(UUID.nameUUIDFromBytes(payload)).append(">\r\n");
    h.append("WARC-Date: ").append(date).append("\r\n");
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
    out.write(payload);
    out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
