package org.corroborate.ingest.html;

import java.util.List;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;

/**
 * What an {@link HtmlExtractor} found in one page. {@code paragraphs} is empty when the page has no
 * article text; {@code problem} then says why in a sentence ("no body", "no text block found").
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
