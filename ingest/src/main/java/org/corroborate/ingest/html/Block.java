package org.corroborate.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block-level boundaries: a paragraph, a heading, a list item, or text
 * standing directly in a div. The unit that is scored, kept or dropped.
 *
 * @param text      the text with whitespace collapsed
 * @param linkChars how many of its characters are inside links
 * @param owner     the nearest block-level element holding the text
 * @param kind      what the owner is
 * @param fragment  whether a blank line (two line breaks) cut it from text around it in the same owner
 */
record Block(String text, int linkChars, Element owner, Kind kind, boolean fragment) {
  enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PRE, CELL, CAPTION, OTHER }

  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  int length() {
    return text.length();
  }

  static Kind kindOf(Element e) {
    return switch (e.normalName()) {
      case "p" -> Kind.PARAGRAPH;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
      case "li", "dd", "dt" -> Kind.LIST_ITEM;
      case "blockquote" -> Kind.QUOTE;
      case "pre" -> Kind.PRE;
      case "td", "th" -> Kind.CELL;
      case "figcaption", "caption" -> Kind.CAPTION;
      default -> Kind.OTHER;
    };
  }
}
