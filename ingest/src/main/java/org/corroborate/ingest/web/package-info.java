/**
 * HTML pages as inputs: files saved from a browser and WARC payloads go through the project's
 * {@link org.corroborate.ingest.html.HtmlExtractor}; this package turns its page into an article.
 */
package org.corroborate.ingest.web;
