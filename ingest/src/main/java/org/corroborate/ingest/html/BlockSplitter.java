package org.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts an element's subtree into {@link Block}s in document order, and sums per element the
 * characters and link characters below it. One iterative pass ({@link NodeTraversor}), so deep
 * nesting costs no stack.
 */
final class BlockSplitter {
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "option", "select");

  /** Characters of text and of link text below an element. */
  static final class Stats {
    int chars;
    int linkChars;
  }

  private final List<Block> blocks = new ArrayList<>();
  private final Map<Element, Stats> stats = new IdentityHashMap<>();

  private BlockSplitter() {}

  static BlockSplitter split(Element root) {
    BlockSplitter s = new BlockSplitter();
    s.run(root);
    return s;
  }

  List<Block> blocks() {
    return blocks;
  }

  Stats stats(Element e) {
    Stats st = stats.get(e);
    return st == null ? new Stats() : st;
  }

  double linkDensity(Element e) {
    Stats st = stats(e);
    return st.chars == 0 ? 0 : (double) st.linkChars / st.chars;
  }

  private void run(Element root) {
    StringBuilder buf = new StringBuilder();
    int[] linkChars = {0};
    int[] linkDepth = {0};
    int[] breaks = {0};
    List<Element> owners = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String w = t.getWholeText();
          if (!t.isBlank()) {
            breaks[0] = 0;
          }
          int before = buf.length();
          appendCollapsed(buf, w);
          if (linkDepth[0] > 0) {
            linkChars[0] += buf.length() - before;
          }
        } else if (node instanceof Element e) {
          String n = e.normalName();
          if (BLOCK_TAGS.contains(n)) {
            flush(buf, linkChars, owners);
            breaks[0] = 0;
            fragment = false;
            owners.add(e);
          } else if (n.equals("br")) {
            if (++breaks[0] >= 2) {
              fragment = true; // a blank line: the paragraph ends here, and what follows is another
              flush(buf, linkChars, owners);
            } else {
              appendCollapsed(buf, " ");
            }
          } else if (n.equals("a")) {
            linkDepth[0]++;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          String n = e.normalName();
          if (BLOCK_TAGS.contains(n)) {
            flush(buf, linkChars, owners);
            fragment = false;
            if (!owners.isEmpty()) {
              owners.remove(owners.size() - 1);
            }
          } else if (n.equals("a")) {
            linkDepth[0] = Math.max(0, linkDepth[0] - 1);
          }
          Stats mine = stats.get(e);
          Element parent = e.parent();
          if (mine != null && parent != null && e != root) {
            Stats p = stats.computeIfAbsent(parent, k -> new Stats());
            p.chars += mine.chars;
            p.linkChars += mine.linkChars;
          }
        }
      }
    }, root);
    flush(buf, linkChars, owners);
  }

  /** Whether the text being gathered was cut from its neighbours by a blank line. */
  private boolean fragment;

  private void flush(StringBuilder buf, int[] linkChars, List<Element> owners) {
    String text = buf.toString().strip();
    buf.setLength(0);
    int links = Math.min(linkChars[0], text.length());
    linkChars[0] = 0;
    if (text.isEmpty() || owners.isEmpty()) {
      return;
    }
    Element owner = owners.get(owners.size() - 1);
    blocks.add(new Block(text, links, owner, Block.kindOf(owner), fragment));
    Stats st = stats.computeIfAbsent(owner, k -> new Stats());
    st.chars += text.length();
    st.linkChars += links;
  }

  /** Appends text with runs of whitespace (including no-break spaces) collapsed to one space. */
  static void appendCollapsed(StringBuilder buf, String s) {
    boolean space = buf.length() == 0 || buf.charAt(buf.length() - 1) == ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00ad') {
        continue; // a soft hyphen is invisible
      }
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f') {
        if (!space) {
          buf.append(' ');
          space = true;
        }
      } else {
        buf.append(c);
        space = false;
      }
    }
  }
}
