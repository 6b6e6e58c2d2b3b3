package org.corroborate.ingest.html;

import java.nio.charset.Charset;

/**
 * Finds the article in an HTML page: its main text without navigation, ads, comments and related
 * links, and its metadata (og:, article:published_time, JSON-LD NewsArticle, time, byline).
 * Thread-safe; never throws on bad markup.
 */
public interface HtmlExtractor {
  /**
   * @param html     the page bytes, undecoded: the extractor finds the charset (BOM, HTTP header
   *                 charset given as {@code declared}, meta charset, then sniffing)
   * @param declared the charset a transport declared (HTTP Content-Type in a WARC record), or null
   * @param url      the page URL where known (resolves relative links, gives the outlet domain), or null
   */
  HtmlPage extract(byte[] html, Charset declared, String url);
}
