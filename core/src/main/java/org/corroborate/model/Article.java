package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One news article, immutable. The stages downstream read {@link #text()} and keep offsets into it.
 *
 * @param id          stable content hash of the normalised body text ({@link org.corroborate.util.Ids#articleId})
 * @param outlet      the publishing outlet (of the first copy seen); {@link Outlet#UNKNOWN} if unknown
 * @param title       headline; may be empty, never null
 * @param byline      author line as written, or null
 * @param published   publication time with its origin and confidence, or null when nothing says it
 * @param language    ISO 639-1 code, "und" when unknown
 * @param text        body text; paragraphs separated by a blank line ("\n\n")
 * @param paragraphs  the paragraph spans in {@code text}, in order
 * @param url         canonical URL where known, else null
 * @param sources     every place this article was seen, first one first (never empty)
 * @param syndication set when the article is a near-duplicate of an earlier one, else null
 */
public record Article(
    String id,
    Outlet outlet,
    String title,
    String byline,
    Published published,
    String language,
    String text,
    List<Span> paragraphs,
    String url,
    List<SourceRef> sources,
    Syndication syndication) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    outlet = outlet == null ? Outlet.UNKNOWN : outlet;
    title = title == null ? "" : title;
    language = language == null ? "und" : language;
    paragraphs = List.copyOf(paragraphs);
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an article needs at least one source");
    }
  }

  /** Builds an article from a title and paragraphs: joins them, computes spans and the id. */
  public static Article of(
      Outlet outlet, String title, String byline, Published published, String language,
      List<String> paragraphTexts, String url, SourceRef source) {
    StringBuilder sb = new StringBuilder();
    java.util.ArrayList<Span> spans = new java.util.ArrayList<>();
    for (String p : paragraphTexts) {
      String t = p.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      int start = sb.length();
      sb.append(t);
      spans.add(new Span(start, sb.length()));
    }
    String text = sb.toString();
    return new Article(org.corroborate.util.Ids.articleId(text), outlet, title, byline, published,
        language, text, spans, url, List.of(source), null);
  }

  /** The same article credited to {@code o} (one name for an outlet read from several formats). */
  public Article withOutlet(Outlet o) {
    return new Article(id, o, title, byline, published, language, text, paragraphs, url, sources, syndication);
  }

  public Article withSources(List<SourceRef> newSources) {
    return new Article(id, outlet, title, byline, published, language, text, paragraphs, url, newSources, syndication);
  }

  public Article withSyndication(Syndication s) {
    return new Article(id, outlet, title, byline, published, language, text, paragraphs, url, sources, s);
  }
}
