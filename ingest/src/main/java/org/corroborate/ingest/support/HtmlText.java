package org.corroborate.ingest.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML fragment (a feed item's content, a JSON record's html field) into plain-text
 * paragraphs: block elements and {@code <br><br>} end a paragraph; scripts, styles and embedded
 * media are dropped; white space is folded. Iterative, so deep nesting does not overflow the stack.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "li", "ul", "ol", "h1", "h2",
      "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "figure", "figcaption", "header", "footer", "dd", "dt",
      "aside", "main", "hr");
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "iframe", "object", "embed", "svg",
      "video", "audio", "template", "form", "button", "select");

  private HtmlText() {}

  /** True when the string looks like it holds markup rather than plain text. */
  public static boolean looksLikeHtml(String s) {
    return s.indexOf('<') >= 0 && s.matches("(?s).*</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>.*");
  }

  /** The paragraphs of an HTML fragment, in order, none empty. */
  public static List<String> paragraphs(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int[] skipDepth = {0};
    int[] brRun = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element el) {
          String tag = el.normalName();
          if (skipDepth[0] > 0 || SKIP.contains(tag)) {
            skipDepth[0]++;
            return;
          }
          if (BLOCKS.contains(tag)) {
            flush(out, cur);
          } else if (tag.equals("br")) {
            brRun[0]++;
            if (brRun[0] >= 2) {
              flush(out, cur);
            } else {
              cur.append(' ');
            }
          }
        } else if (node instanceof TextNode tn && skipDepth[0] == 0) {
          String t = tn.text();
          if (!t.isBlank()) {
            brRun[0] = 0;
          }
          cur.append(t);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el) {
          if (skipDepth[0] > 0) {
            skipDepth[0]--;
            return;
          }
          if (BLOCKS.contains(el.normalName())) {
            flush(out, cur);
          }
        }
      }
    }, doc.body());
    flush(out, cur);
    return out;
  }

  private static void flush(List<String> out, StringBuilder cur) {
    String t = cur.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
    cur.setLength(0);
  }
}
