package org.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article's main text in a parsed page. Steps: {@link PageCleaner} strips non-content
 * markup and subtrees named like comments or sidebars; containers are scored readability-style
 * (paragraph lengths and commas pass up to ancestors, weighted by class names and cut by link
 * density); the best container is taken with its qualifying siblings (or the page's single declared
 * {@code itemprop=articleBody}); then the blocks in it that read as article text are kept: not link
 * lists, share bars, captions, ads, related-story boxes or furniture phrases
 * ({@link BoilerplateText}). When almost nothing is found, the search is repeated trusting element
 * names less. Mutates the document it is given.
 */
final class ContentExtractor {
  /** What is scored: paragraphs, preformatted text, cells, and text directly in divs. */
  private static final Set<Block.Kind> SCORED = Set.of(
      Block.Kind.PARAGRAPH, Block.Kind.PRE, Block.Kind.CELL, Block.Kind.OTHER, Block.Kind.QUOTE);

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  /** Characters of prose paragraphs (80+ characters, few links) below each element. */
  private final Map<Element, Integer> prose = new IdentityHashMap<>();
  private static final int MAX_PROSE_LEVELS = 100;
  private BlockSplitter split;
  private Set<Element> embedHolders = Set.of();
  private int contentChars;

  /** The chosen container and its paragraphs. */
  record Result(List<String> paragraphs, Element container) {}

  /**
   * Text shorter than this makes the extractor retry with fewer removals, as Readability does. Kept
   * low: a short article above a long comment thread must not lose to the thread.
   */
  static final int MIN_TEXT_CHARS = 200;

  static Result extract(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return new Result(List.of(), null);
    }
    PageCleaner.strip(body);
    Element pristine = body.clone();
    Result best = new ContentExtractor(true, true).run(body, title);
    if (chars(best) >= MIN_TEXT_CHARS) {
      return best;
    }
    // Names misled us (an article wrapper called "post-sidebar"): try trusting them less.
    for (boolean names : new boolean[] {true, false}) {
      Result retry = new ContentExtractor(false, names).run(pristine.clone(), title);
      if (chars(retry) >= MIN_TEXT_CHARS) {
        return retry;
      }
      if (chars(retry) > chars(best)) {
        best = retry;
      }
    }
    return best;
  }

  private final boolean dropUnlikely;
  private final boolean trustNames;

  private ContentExtractor(boolean dropUnlikely, boolean trustNames) {
    this.dropUnlikely = dropUnlikely;
    this.trustNames = trustNames;
  }

  private static int chars(Result r) {
    int n = 0;
    for (String p : r.paragraphs()) {
      n += p.length();
    }
    return n;
  }

  private Result run(Element body, String title) {
    if (dropUnlikely) {
      PageCleaner.removeUnlikely(body);
    }
    split = BlockSplitter.split(body);
    embedHolders = PageCleaner.ancestorsOf(body, PageCleaner.EMBEDDED_POSTS);
    if (split.blocks().isEmpty()) {
      return new Result(List.of(), null);
    }
    Element scored = chooseTop(body);
    Element top = declaredBody(body, scored);
    List<Element> content = top == scored ? withSiblings(top) : List.of(top);
    List<String> paras = collect(content, title);
    return new Result(paras, top);
  }

  /** Readability-style container scoring; returns the best container (the body if nothing scores). */
  private Element chooseTop(Element body) {
    for (Block b : split.blocks()) {
      if (!SCORED.contains(b.kind()) || b.length() < 25) {
        continue;
      }
      if (b.length() >= 80 && b.linkDensity() < 0.25) {
        Element anc = b.owner();
        for (int level = 0; anc != null && level < MAX_PROSE_LEVELS; level++, anc = anc.parent()) {
          prose.merge(anc, b.length(), Integer::sum);
        }
      }
      double s = 1 + commas(b.text()) + Math.min(Math.floor(b.length() / 100.0), 3);
      Element start = b.kind() == Block.Kind.OTHER ? b.owner() : b.owner().parent();
      Element anc = start;
      for (int level = 0; anc != null && level < 5; level++) {
        if (anc == body.parent()) {
          break;
        }
        double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(anc, initialScore(anc) + s / share, (old, add) -> old + s / share);
        anc = anc.parent();
      }
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    List<Element> ranked = new ArrayList<>(scores.keySet());
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Element e : ranked) {
      double f = scores.get(e) * (1 - split.linkDensity(e));
      finals.put(e, f);
      if (f > best) {
        best = f;
        top = e;
      }
    }
    if (top == null) {
      return body;
    }
    scores.clear();
    scores.putAll(finals);
    top = promote(top, body, ranked);
    return top;
  }

  /**
   * The page's own statement of where the article body is (a single {@code itemprop=articleBody}
   * holding real prose) overrides a scored guess elsewhere on the page.
   */
  private Element declaredBody(Element body, Element top) {
    List<Element> declared = body.select("[itemprop=articleBody]");
    if (declared.size() != 1) {
      return top;
    }
    Element d = declared.get(0);
    if (prose.getOrDefault(d, 0) < 400 || isAncestor(d, top)) {
      return top;
    }
    return d;
  }

  /** Moves the top candidate up when close alternatives share an ancestor or the parent scores higher. */
  private Element promote(Element top, Element body, List<Element> ranked) {
    double topScore = scores.get(top);
    ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    List<Element> alternatives = new ArrayList<>();
    for (Element e : ranked.subList(0, Math.min(5, ranked.size()))) {
      if (e != top && scores.get(e) / topScore >= 0.75) {
        alternatives.add(e);
      }
    }
    if (alternatives.size() >= 3) {
      Element parent = top.parent();
      while (parent != null && parent != body) {
        int inside = 0;
        for (Element alt : alternatives) {
          if (isAncestor(parent, alt)) {
            inside++;
          }
        }
        if (inside >= 3) {
          top = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    double last = scores.getOrDefault(top, 0.0);
    double threshold = last / 3;
    Element parent = top.parent();
    while (parent != null && parent != body.parent()) {
      Double ps = scores.get(parent);
      if (ps == null) {
        parent = parent.parent();
        continue;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
      parent = parent.parent();
    }
    while (top.parent() != null && top != body && top.parent().childrenSize() == 1 && top.parent() != body.parent()) {
      top = top.parent();
    }
    return top;
  }

  private static boolean isAncestor(Element anc, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == anc) {
        return true;
      }
    }
    return false;
  }

  private double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + (trustNames ? BoilerplateNames.classWeight(e) : 0);
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  /** The top candidate plus siblings that score close to it or are prose paragraphs. */
  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top) {
        out.add(s);
        continue;
      }
      double bonus = !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
      Double sc = scores.get(s);
      if (sc != null && sc + bonus >= threshold && split.linkDensity(s) < 0.3) {
        out.add(s);
        continue;
      }
      int sibProse = prose.getOrDefault(s, 0);
      if (sibProse > 0 && split.linkDensity(s) < 0.25 && (bonus > 0
          || sibProse >= Math.max(400, prose.getOrDefault(top, 0) / 2))) {
        out.add(s); // deep prose next to the article: its continuation, too deep for the scores to reach
        continue;
      }
      if (s.normalName().equals("p")) {
        double ld = split.linkDensity(s);
        int len = split.stats(s).chars;
        String text = s.text();
        if (len > 80 && ld < 0.25 || len > 0 && len < 80 && ld == 0 && text.matches(".*\\.( |$).*")) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The blocks inside the content that read as article text, in document order. */
  private List<String> collect(List<Element> content, String title) {
    Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    roots.addAll(content);
    contentChars = 0;
    for (Element e : content) {
      contentChars += split.stats(e).chars;
    }
    Map<Element, Verdict> memo = new IdentityHashMap<>();
    String normTitle = title == null ? null : BoilerplateText.norm(title);
    List<String> out = new ArrayList<>();
    for (Block b : split.blocks()) {
      Verdict v = verdict(b.owner(), roots, memo);
      if (v != Verdict.KEEP) {
        continue;
      }
      if (!keepBlock(b, normTitle)) {
        continue;
      }
      if (!out.isEmpty() && b.length() > 40 && out.get(out.size() - 1).equals(b.text())) {
        continue; // the same paragraph twice in a row (a responsive duplicate)
      }
      out.add(b.text());
    }
    return out;
  }

  private enum Verdict { KEEP, OUTSIDE, BOILERPLATE }

  /** Whether an element is inside the content and not inside an inner boilerplate subtree. */
  private Verdict verdict(Element e, Set<Element> roots, Map<Element, Verdict> memo) {
    List<Element> path = new ArrayList<>();
    Verdict v = Verdict.OUTSIDE;
    Element cur = e;
    while (cur != null) {
      Verdict known = memo.get(cur);
      if (known != null) {
        v = known;
        break;
      }
      if (roots.contains(cur)) {
        v = Verdict.KEEP;
        path.add(cur);
        break;
      }
      path.add(cur);
      cur = cur.parent();
    }
    // walk back down: an inner boilerplate element spoils everything below it
    for (int i = path.size() - 1; i >= 0; i--) {
      Element p = path.get(i);
      if (v == Verdict.KEEP && !roots.contains(p) && isInnerBoilerplate(p)) {
        v = Verdict.BOILERPLATE;
      }
      memo.put(p, v);
    }
    return v;
  }

  private boolean isInnerBoilerplate(Element e) {
    if (split.stats(e).chars > contentChars / 2) {
      return false; // a wrapper of most of the content is content, whatever its names say
    }
    String n = e.normalName();
    if (n.equals("article") && e.parent() != null && e.parent().closest("article") != null) {
      return true; // an article inside an article: a teaser of another story
    }
    if (n.equals("figure") || n.equals("figcaption") || n.equals("aside") || n.equals("footer")
        || n.equals("header") && split.stats(e).chars < 400) {
      return true;
    }
    if (trustNames && BoilerplateNames.innerBoilerplate(e) && !holdsEmbeddedPost(e)) {
      return true;
    }
    if ((n.equals("ul") || n.equals("ol")) && isLinkList(e)) {
      return true;
    }
    return (n.equals("div") || n.equals("section") || n.equals("table")) && split.linkDensity(e) > 0.6
        && split.stats(e).chars < 2000;
  }

  /**
   * Short text standing next to an image in a small wrapper that is not a paragraph: a caption or
   * credit without caption markup.
   */
  private boolean isImageCaption(Block b) {
    if (b.kind() != Block.Kind.OTHER || b.length() > 300 || b.length() * 10 > contentChars) {
      return false; // in a short article, text between images is the article
    }
    Element e = b.owner();
    for (int level = 0; e != null && level < 2; level++, e = e.parent()) {
      if (split.stats(e).chars > 400) {
        return false;
      }
      if (e.selectFirst("img") != null) {
        return true;
      }
    }
    return false;
  }

  /** A list of links: mostly link text, or short items that are half links. */
  private boolean isLinkList(Element list) {
    double ld = split.linkDensity(list);
    if (ld > 0.6) {
      return true;
    }
    int items = Math.max(1, list.children().size());
    return ld > 0.4 && split.stats(list).chars / items < 80;
  }

  /** Embedded posts (tweets, Instagram) are quoted material of the article, whatever their wrapper is called. */
  private boolean holdsEmbeddedPost(Element e) {
    return embedHolders.contains(e);
  }

  private boolean keepBlock(Block b, String normTitle) {
    String t = b.text();
    double ld = b.linkDensity();
    if (b.kind() == Block.Kind.CAPTION || isImageCaption(b)) {
      return false;
    }
    if ((BoilerplateText.BOILER_TEXT.matcher(t).matches() || BoilerplateText.BARE_BYLINE.matcher(t).matches())
        && t.length() < 200) {
      return false;
    }
    if (b.kind() == Block.Kind.HEADING) {
      if (normTitle != null && (BoilerplateText.norm(t).equals(normTitle) || b.owner().normalName().equals("h1"))) {
        return false;
      }
      return ld < 0.5 && t.length() < 300;
    }
    if (ld > 0.5 && b.kind() != Block.Kind.LIST_ITEM && !b.fragment() && !(b.length() > 300 && ld < 0.8)) {
      return false;
    }
    if (b.kind() == Block.Kind.LIST_ITEM && ld > 0.9) {
      return false;
    }
    int tokens = t.split("\\s+").length;
    if (tokens <= 40 && BoilerplateText.PROMO.matcher(t).find()) {
      return false;
    }
    if (tokens <= 14 && b.kind() != Block.Kind.QUOTE && !BoilerplateText.isSentence(t)
        && (BoilerplateText.DATE_LIKE.matcher(t).find() || BoilerplateText.BYLINE_START.matcher(t).find())) {
      return false;
    }
    if (b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.CELL || b.fragment()) {
      return true;
    }
    if (b.kind() == Block.Kind.PARAGRAPH && (isEmphasised(b.owner()) || BoilerplateText.isCapitalised(t))) {
      return true; // a short bold paragraph: a subhead written without heading markup
    }
    int words = t.split("\\s+").length;
    return words > 3 || t.length() >= 12 && !BoilerplateText.isMostlyLatin(t) || BoilerplateText.SENTENCE_END.matcher(t).find();
  }

  /** Whether all of an element's text is inside b/strong elements. */
  private boolean isEmphasised(Element p) {
    int total = split.stats(p).chars;
    if (total == 0) {
      return false;
    }
    int bold = 0;
    for (Element e : p.select("b, strong")) {
      if (e.parent() != null && e.parent().closest("b, strong") == null) {
        bold += e.text().length();
      }
    }
    return bold >= total * 0.9;
  }

}
