package org.corroborate.ingest.web;

import java.nio.charset.Charset;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.html.HtmlPage;
import org.corroborate.ingest.support.Emit;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.ingest.support.Urls;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Rejection;

/**
 * Runs the HTML extractor on one page and emits the article or a rejection. Shared by the HTML file
 * reader and the WARC reader.
 */
public final class HtmlArticles {
  private HtmlArticles() {}

  /**
   * @param kind       SourceRef kind ("html", "warc")
   * @param path       the input path (with "!/record/N" inside a container)
   * @param url        the page URL where known, else null
   * @param recordId   the container's record id, or null
   * @param fallback   a publication time to use when the page states none (WARC-Date), or null
   */
  public static boolean emit(ReadContext ctx, byte[] html, Charset declared, String kind, String path, String url,
      String recordId, Published fallback, ReadSink sink) {
    HtmlPage page;
    try {
      page = ctx.html().extract(html, declared, url);
    } catch (StackOverflowError e) {
      sink.reject(new Rejection(path, "too-deep", "the HTML is nested too deeply to extract"));
      return false;
    }
    if (page == null) {
      sink.reject(new Rejection(path, "no-text", "the HTML extractor returned nothing"));
      return false;
    }
    if (page.paragraphs().isEmpty()) {
      String why = page.problem() == null ? "no article text found in the page" : page.problem();
      sink.reject(new Rejection(path, "no-text", why));
      return false;
    }
    String canonical = Urls.httpUrl(page.canonicalUrl());
    String pageUrl = canonical != null ? canonical : Urls.httpUrl(url);
    Outlet outlet = page.outlet();
    String domain = Urls.domain(pageUrl);
    if (outlet == null && domain != null) {
      outlet = new Outlet(null, domain);
    } else if (outlet != null && outlet.domain() == null && domain != null) {
      outlet = new Outlet(outlet.name(), domain);
    } else if (outlet != null && outlet.domain() != null) {
      String d = outlet.domain().strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
      outlet = new Outlet(outlet.name() == null || outlet.name().equals(outlet.domain()) ? null : outlet.name(), d);
    }
    Published published = page.published() != null ? page.published() : fallback;
    return Emit.article(ctx, ctx.source(kind, path, pageUrl, recordId, outlet), path,
        new Emit.Found(outlet, page.title(), page.byline(), published, page.language(), page.paragraphs(), pageUrl), sink);
  }
}
