package org.corroborate.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.encoding.Decoded;
import org.corroborate.ingest.encoding.TextDecoder;
import org.corroborate.ingest.support.Emit;
import org.corroborate.ingest.text.PlainTextReader;
import org.corroborate.ingest.support.Dates;
import org.corroborate.ingest.support.Failures;
import org.corroborate.ingest.support.InputLimitException;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.ingest.web.HtmlArticles;
import org.corroborate.model.Confidence;
import org.corroborate.model.Published;
import org.corroborate.model.Rejection;

/**
 * Reads WARC and WET files (.warc, .warc.gz with one gzip member per record, which the facade decompresses as
 * one stream). Each "response" record with an HTML payload (and each "resource" record of type
 * text/html) goes through the HTML extractor: WARC-Target-URI gives the URL, the HTTP Content-Type
 * charset the declared charset, WARC-Date a LOW-confidence publication time when the page states
 * none. Plain-text "conversion" records (WET files, text extracted by the crawler) and text/plain
 * "resource" records are read as plain text. Response records that are not HTML ("not-html"), not 2xx ("http-status"), too large or
 * broken are rejected one by one as {@code file!/record/N}; records that are not responses
 * (warcinfo, request, metadata, revisit) are counted in one "warc-skipped" rejection per file. A file
 * cut short keeps the records before the cut and rejects the broken one as "truncated".
 */
public final class WarcReader implements ArticleReader {
  private final ReadContext ctx;

  public WarcReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String format() {
    return "warc";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    if (head.length >= 7 && new String(head, 0, 7, StandardCharsets.ISO_8859_1).equals("WARC/1.")) {
      return true;
    }
    return name.toLowerCase(Locale.ROOT).endsWith(".warc") && head.length >= 5
        && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("WARC/");
  }

  @Override
  public void read(Input input, ReadSink sink) {
    String name = input.name();
    Map<String, Integer> skipped = new TreeMap<>();
    WarcParser parser = null;
    boolean emitted = false;
    try (InputStream in = input.open()) {
      parser = new WarcParser(in, ctx.config().maxHeaderBytes(), ctx.config().maxDocumentBytes());
      WarcRecord rec;
      while ((rec = parser.next()) != null) {
        if (rec.number() > ctx.config().maxWarcRecords()) {
          sink.reject(new Rejection(name, "limit-exceeded", "more than " + ctx.config().maxWarcRecords()
              + " records (maxWarcRecords); the rest were not read"));
          emitted = true;
          break;
        }
        emitted |= record(name, rec, skipped, sink);
      }
    } catch (EOFException e) {
      int n = parser == null ? 1 : Math.max(1, parser.count());
      sink.reject(new Rejection(name + "!/record/" + n, "truncated",
          "the WARC ends inside record " + n + "; the records before it were read: " + e.getMessage()));
      emitted = true;
    } catch (IOException e) {
      int n = parser == null ? 0 : parser.count();
      sink.reject(Failures.of(n == 0 ? name : name + "!/record/" + n, e));
      emitted = true;
    }
    if (!skipped.isEmpty()) {
      int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
      sink.reject(new Rejection(name, "warc-skipped", total + " records are not HTTP responses and hold no article: " + skipped));
      emitted = true;
    }
    if (!emitted) {
      sink.reject(new Rejection(name, "empty", "the WARC file has no records"));
    }
  }

  /** Handles one record; returns true when it emitted something. */
  private boolean record(String file, WarcRecord rec, Map<String, Integer> skipped, ReadSink sink) {
    String where = file + "!/record/" + rec.number();
    String type = rec.header("warc-type") == null ? "unknown" : rec.header("warc-type").toLowerCase(Locale.ROOT);
    String warcContentType = rec.header("content-type") == null ? "" : rec.header("content-type").toLowerCase(Locale.ROOT);
    boolean response = type.equals("response");
    boolean htmlResource = type.equals("resource") && isHtml(warcContentType);
    boolean plainText = (type.equals("conversion") || type.equals("resource")) && warcContentType.startsWith("text/plain");
    if (!response && !htmlResource && !plainText) {
      skipped.merge(type, 1, Integer::sum);
      return false;
    }
    if (rec.block() == null) {
      sink.reject(new Rejection(where, "too-large", "the record holds " + rec.contentLength() + " bytes, more than "
          + ctx.config().maxDocumentBytes() + " (maxDocumentBytes)"));
      return true;
    }
    String url = rec.header("warc-target-uri");
    if (url != null && url.startsWith("<") && url.endsWith(">")) {
      url = url.substring(1, url.length() - 1);
    }
    Published fallback = null;
    Dates.When w = Dates.parse(rec.header("warc-date"));
    if (w != null) {
      fallback = new Published(w.time(), "warc:date", Confidence.LOW, w.dateOnly());
    }
    if (plainText) {
      Decoded d = TextDecoder.decode(rec.block(), charsetOf(warcContentType));
      Emit.Found f = PlainTextReader.found(d.text(), url, fallback);
      Emit.article(ctx, ctx.source("warc", where, f.url(), rec.header("warc-record-id"), f.outlet()), where, f, sink);
      return true;
    }
    byte[] html;
    Charset declared;
    if (htmlResource) {
      html = rec.block();
      declared = charsetOf(warcContentType);
    } else {
      if (!warcContentType.isEmpty() && !warcContentType.startsWith("application/http")) {
        sink.reject(new Rejection(where, "not-html", "a response record of type " + warcContentType + ", not an HTTP response"));
        return true;
      }
      HttpResponse http;
      try {
        http = HttpResponse.parse(rec.block(), ctx.config().maxHeaderBytes(), ctx.config().maxDocumentBytes());
      } catch (InputLimitException e) {
        sink.reject(new Rejection(where, e.reason(), e.getMessage()));
        return true;
      } catch (IOException e) {
        sink.reject(Failures.of(where, e));
        return true;
      }
      if (http.status() < 200 || http.status() > 299) {
        sink.reject(new Rejection(where, "http-status", "HTTP status " + http.status() + " for " + url));
        return true;
      }
      String ct = http.headers().getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
      if (!isHtml(ct) && !(ct.isEmpty() && looksHtml(http.body()))) {
        sink.reject(new Rejection(where, "not-html", "the response is " + (ct.isEmpty() ? "of no stated type" : ct) + ", not HTML"));
        return true;
      }
      html = http.body();
      declared = charsetOf(ct);
    }
    HtmlArticles.emit(ctx, html, declared, "warc", where, url, rec.header("warc-record-id"), fallback, sink);
    return true;
  }

  private static boolean isHtml(String contentType) {
    return contentType.startsWith("text/html") || contentType.startsWith("application/xhtml");
  }

  private static boolean looksHtml(byte[] body) {
    return org.corroborate.ingest.web.HtmlFileReader.looksLikeHtml(java.util.Arrays.copyOf(body, Math.min(body.length, 2048)));
  }

  private static Charset charsetOf(String contentType) {
    int i = contentType.indexOf("charset=");
    if (i < 0) {
      return null;
    }
    String cs = contentType.substring(i + 8).split("[;\\s]")[0];
    return TextDecoder.charset(cs);
  }
}
