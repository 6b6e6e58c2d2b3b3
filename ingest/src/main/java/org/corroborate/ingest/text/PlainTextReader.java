package org.corroborate.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.encoding.Decoded;
import org.corroborate.ingest.encoding.TextDecoder;
import org.corroborate.ingest.support.Bounded;
import org.corroborate.ingest.support.Dates;
import org.corroborate.ingest.support.Emit;
import org.corroborate.ingest.support.Failures;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.ingest.support.Urls;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Rejection;

/**
 * Reads a plain-text article in the shapes {@link TextLayout} knows. It is the last reader tried:
 * it takes any input that is not binary, except files named as data, code or configuration (.csv,
 * .js, .yaml, ...), and rejects as "encoding" one whose decoded text is more than 1% control or
 * replacement characters (not text in any charset we know).
 */
public final class PlainTextReader implements ArticleReader {
  private static final java.util.regex.Pattern FILE_DATE =
      java.util.regex.Pattern.compile("(?<![0-9A-Za-z])((?:19|20)\\d\\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\\d|3[01])(?![0-9A-Za-z])");

  private final ReadContext ctx;

  public PlainTextReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String format() {
    return "text";
  }

  /** Text files that are not articles: data, code and configuration, rejected as "unsupported-format". */
  private static final java.util.Set<String> NOT_ARTICLES = java.util.Set.of("csv", "tsv", "css", "js", "mjs", "ts", "java",
      "py", "c", "h", "cpp", "go", "rs", "rb", "php", "sh", "yml", "yaml", "toml", "ini", "cfg", "conf", "log", "sql",
      "properties", "svg", "srt", "vtt");

  @Override
  public boolean accepts(String name, byte[] head) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot < 0 || !NOT_ARTICLES.contains(file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** A y-m-d date in the file name ("outlet_2016-09-12_title.txt"): a LOW-confidence guess. */
  static Published fromFileName(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    java.util.regex.Matcher m = FILE_DATE.matcher(file);
    if (!m.find()) {
      return null;
    }
    Dates.When w = Dates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    return w == null ? null : new Published(w.time(), "path", Confidence.LOW, true);
  }

  @Override
  public void read(Input input, ReadSink sink) {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = Bounded.readAll(in, ctx.config().maxDocumentBytes(), "the text");
    } catch (IOException e) {
      sink.reject(Failures.of(input.name(), e));
      return;
    }
    Decoded d = TextDecoder.decode(bytes);
    if (d.text().isBlank()) {
      sink.reject(new Rejection(input.name(), "empty", "the text is only white space"));
      return;
    }
    if (d.suspect() > Math.max(2, d.text().length() / 100)) {
      sink.reject(new Rejection(input.name(), "encoding", "not readable text: " + d.suspect()
          + " control or undecodable characters in " + d.text().length() + " (decoded as " + d.method() + ")"));
      return;
    }
    Emit.Found f = found(d.text(), null, fromFileName(input.name()));
    Emit.article(ctx, ctx.source("text", input.name(), f.url(), null, f.outlet()), input.name(), f, sink);
  }

  /**
   * The article parts of a plain text in the shapes {@link TextLayout} knows; shared with readers of
   * containers that hold plain text (WARC conversion records).
   *
   * @param url      the URL the container gives, or null (a "URL:" header line wins)
   * @param fallback the publication time to use when the text states none, or null
   */
  public static Emit.Found found(String text, String url, Published fallback) {
    TextLayout.Parsed p = TextLayout.parse(text);
    String u = Urls.httpUrl(p.url()) != null ? Urls.httpUrl(p.url()) : Urls.httpUrl(url);
    String domain = Urls.domain(u);
    Outlet outlet = p.outletName() != null || domain != null ? new Outlet(p.outletName(), domain) : null;
    Dates.When w = p.date();
    Published published = w == null ? fallback : new Published(w.time(), p.dateOrigin(), Confidence.MEDIUM, w.dateOnly());
    return new Emit.Found(outlet, p.title(), p.byline(), published, p.language(), p.paragraphs(), u);
  }
}
