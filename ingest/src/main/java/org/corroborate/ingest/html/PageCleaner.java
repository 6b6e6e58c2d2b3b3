package org.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first cleaning of a page body before any scoring: markup that never holds article text
 * (scripts, forms, navigation, hidden elements, hover cards) goes, and so do subtrees whose names
 * say they are not content (comments, sidebars), unless they hold much of the page's text, an
 * article element or an embedded post. Linear in the size of the tree.
 */
final class PageCleaner {
  /** Embedded posts (tweets, Instagram) are quoted material of the article, whatever their wrapper is called. */
  static final String EMBEDDED_POSTS = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed";

  private static final Set<String> STRIP_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
      "input", "select", "textarea", "nav", "link", "meta", "dialog", "menu", "audio", "video", "picture",
      "source", "map", "head", "title");
  private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a");
  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
  /** Pop-ups that sit inside sentences (hover cards on names, tooltips): never part of the text. */
  private static final Pattern INLINE_JUNK = Pattern.compile("(?i)(^|[-_ ])(rollover|tooltip|hovercard|popover)([-_ ]|$)");

  private PageCleaner() {}

  /**
   * Removes markup that never holds article text, comments, and hidden elements. Removed subtrees
   * are not walked into, so nested junk costs one visit per node.
   */
  static void strip(Element body) {
    BlockSplitter pre = BlockSplitter.split(body);
    removeSubtrees(body, node -> node instanceof Comment
        || node instanceof Element e && node != body && isJunk(e, pre));
  }

  /**
   * Removes every subtree whose root {@code doomed} accepts, walking the tree once; a removed
   * subtree is not walked into.
   */
  private static void removeSubtrees(Element root, java.util.function.Predicate<Node> doomed) {
    List<Node> found = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (doomed.test(node)) {
          found.add(node);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
    for (Node n : found) {
      n.remove();
    }
  }

  private static boolean isJunk(Element e, BlockSplitter pre) {
    String role = e.attr("role");
    return STRIP_TAGS.contains(e.normalName()) || e.hasAttr("hidden") || INLINE_JUNK.matcher(e.className()).find()
        || BoilerplateNames.hiddenByClass(e)
        || HIDDEN_STYLE.matcher(e.attr("style")).find()
        || e.attr("aria-hidden").equalsIgnoreCase("true") && pre.stats(e).chars < 200
        || role.equalsIgnoreCase("navigation") || role.equalsIgnoreCase("complementary")
        || role.equalsIgnoreCase("banner") || role.equalsIgnoreCase("contentinfo");
  }

  /**
   * Drops subtrees named like comments, sidebars, footers, unless they hold more than a third of
   * the page's paragraph text (a badly named wrapper around the article), an article element or an
   * embedded post.
   */
  static void removeUnlikely(Element body) {
    BlockSplitter pre = BlockSplitter.split(body);
    int total = Math.max(1, pre.stats(body).chars);
    Set<Element> keep = ancestorsOf(body, "[itemprop=articleBody], article, " + EMBEDDED_POSTS);
    removeSubtrees(body, node -> node instanceof Element e && !NEVER_UNLIKELY.contains(e.normalName())
        && !keep.contains(e) && pre.stats(e).chars < total / 3 && BoilerplateNames.unlikely(e));
  }

  /** The elements matching a query and all their ancestors up to the root; linear in the tree size. */
  static Set<Element> ancestorsOf(Element root, String query) {
    Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element hit : root.select(query)) {
      for (Element e = hit; e != null && marked.add(e); e = e.parent()) {
        if (e == root) {
          break;
        }
      }
    }
    return marked;
  }

}
