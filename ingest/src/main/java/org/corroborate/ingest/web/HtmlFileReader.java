package org.corroborate.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.support.Bounded;
import org.corroborate.ingest.support.Failures;
import org.corroborate.ingest.support.ReadContext;

/**
 * Reads an HTML file (.html, .htm, .xhtml, or any input whose first bytes show an HTML document).
 * The page URL comes from the "saved from url=" comment browsers write, when present, so that the
 * outlet domain is known; the extractor may find a canonical URL too.
 */
public final class HtmlFileReader implements ArticleReader {
  private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)(https?://[^\\s>]+)\\s*-->");
  private static final Pattern HTML_START = Pattern.compile(
      "^(?:\\s++|<!--.*?-->|<\\?xml[^>]*+>)*+<(?:!doctype\\s+html|html|head|body|meta|title)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final ReadContext ctx;

  public HtmlFileReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml")) {
      return true;
    }
    return looksLikeHtml(head);
  }

  /** True when the bytes start (after white space, comments or a BOM) with an HTML document. */
  public static boolean looksLikeHtml(byte[] head) {
    String s = headText(head).stripLeading();
    return HTML_START.matcher(s).find();
  }

  private static String headText(byte[] head) {
    int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB ? 3 : 0;
    return new String(head, start, Math.min(head.length, 2048) - start, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void read(Input input, ReadSink sink) {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = Bounded.readAll(in, ctx.config().maxDocumentBytes(), "the HTML page");
    } catch (IOException e) {
      sink.reject(Failures.of(input.name(), e));
      return;
    }
    Matcher m = SAVED_FROM.matcher(headText(bytes));
    String url = m.find() ? m.group(1) : null;
    HtmlArticles.emit(ctx, bytes, null, "html", input.name(), url, null, null, sink);
  }
}
