package org.corroborate.ingest.html;

import java.util.List;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;

/**
 * What an {@link HtmlExtractor} found in one page. {@code paragraphs} holds the article's text
 * blocks in reading order (paragraphs, subheads, list items, quotes), whitespace collapsed; it is
 * empty when the page has no article text, and {@code problem} then says why in a sentence ("no
 * body", "no text block found"). {@code problem} is also set, with text present, when only part of
 * the page was read ("page cut at ... bytes"); otherwise it is null. Any metadata field may be null
 * when the page does not give it.
 */
public record HtmlPage(
    String title,
    String byline,
    Published published,
    Outlet outlet,
    String language,
    String canonicalUrl,
    List<String> paragraphs,
    String problem) {

  public HtmlPage {
    paragraphs = List.copyOf(paragraphs);
  }
}
