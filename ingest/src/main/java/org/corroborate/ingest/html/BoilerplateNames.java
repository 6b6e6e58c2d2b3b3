package org.corroborate.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class, id, role and itemprop names say about an element: article body, unlikely to be
 * content (navigation, comments, sidebars), or boilerplate inside an article (share bars, related
 * links, newsletter boxes, captions, ads). Names are matched as words within the attribute values,
 * so "commentary" is not "comment" and "shared-content" is not a share bar.
 */
final class BoilerplateNames {
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(^|[-_ ])(ad|ads|advert\\w*|banner|combx|comments?|com-|contact|footer|gdpr|masthead|media|meta|outbrain|"
          + "promo\\w*|related|scroll|share|sharing|shoutbox|sidebar|skyscraper|sponsor\\w*|shopping|tags?|widget|"
          + "taboola|social|newsletter|subscribe|subscription|signup|popup|modal|cookie\\w*|breadcrumbs?|"
          + "recirc\\w*|nav|navbar|navigation|menu|toolbar|hidden|disqus|rail|most-?popular|trending)([-_ ]|$)");
  /** Elements with such names are dropped before scoring, unless they also look like content. */
  private static final Pattern UNLIKELY = Pattern.compile(
      "(^|[-_ ])(banner|breadcrumbs?|combx|comments?|commentlist|community|cover-wrap|disqus|extra|footer|gdpr|"
          + "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor\\w*|"
          + "supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|nav|navbar|navigation|masthead|"
          + "cookie\\w*|consent|newsletter|subscribe|signup|paywall|outbrain|taboola|recirc\\w*|most-?popular|"
          + "trending|share-?bar|site-?header|site-?footer|skip-?link)([-_ ]|$)");
  private static final Pattern MAYBE_CONTENT = Pattern.compile(
      "(^|[-_ ])(and|article|body|column|content|main|shadow|story|entry|post|text)([-_ ]|$)");
  /**
   * Boilerplate found inside article containers: removed from the chosen content.
   */
  private static final Pattern INNER_BOILERPLATE = Pattern.compile(
      "(^|[-_ ])(ad|ads|adv|advert\\w*|ad-?(slot|unit|container|wrapper|block)\\w*|dfp\\w*|gpt|"
          + "share\\w*|sharing|social\\w*|related\\w*|newsletter\\w*|subscribe\\w*|subscription|signup|"
          + "sign-up|promo\\w*|sponsor\\w*|outbrain|taboola|recirc\\w*|read-?more|more-?stories|"
          + "also-?read|see-?also|recommend\\w*|comments?|caption\\w*|credits?|image-?credit|photo-?credit|"
          + "byline\\w*|author\\w*|dateline|timestamp|published|updated|date|time|tags?|keywords|"
          + "breadcrumbs?|toolbar|tools|print|email|cookie\\w*|consent|popup|modal|paywall|"
          + "most-?popular|trending|inline-?(link|promo|related)s?|rail|widget|embed-?(promo|newsletter)|"
          + "skip|visually-?hidden|sr-only|screen-?reader\\w*|hidden|hide|nocontent|noprint|next|prev|previous|"
          + "pagination|pager|rollover\\w*|tooltip|hover\\w*|slidecount|gallery|slideshow|carousel|slider\\w*)([-_ ]|$)");

  private BoilerplateNames() {}

  /**
   * Responsive-design classes ("hidden-xs", "hide-for-small-only", "visible-lg") say on which
   * screens an element shows, not that it is furniture; they are ignored.
   */
  private static final Pattern RESPONSIVE = Pattern.compile(
      "^(hidden|hide|visible|show|d)-(xs|sm|md|lg|xl|xxl|for|on|mobile|desktop|tablet|small|medium|large|block|inline|flex)\\b.*");
  /** Hidden on every screen: "d-none" or "hidden" with no class that shows it again at some width. */
  private static final Pattern HIDDEN_CLASS = Pattern.compile("(^| )(d-none|hidden|is-hidden|invisible)( |$)");
  private static final Pattern SHOWN_AT_SOME_WIDTH = Pattern.compile(
      "(^| )(d-(sm|md|lg|xl|xxl)-(block|inline|inline-block|flex|grid|table)|visible-\\w+)( |$)");

  /** Whether utility classes hide the element on every screen (it may still show in print). */
  static boolean hiddenByClass(Element e) {
    String c = e.className().toLowerCase(Locale.ROOT);
    return !c.isEmpty() && HIDDEN_CLASS.matcher(c).find() && !SHOWN_AT_SOME_WIDTH.matcher(c).find();
  }

  /** The class attribute, lower-cased, without responsive-design classes. */
  static String classes(Element e) {
    String c = e.className();
    if (c.isEmpty()) {
      return c;
    }
    StringBuilder sb = new StringBuilder();
    for (String token : c.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!token.isEmpty() && !RESPONSIVE.matcher(token).matches()) {
        sb.append(sb.length() == 0 ? "" : " ").append(token);
      }
    }
    return sb.toString();
  }

  /** The class, id, role and itemprop values, lower-cased, joined by spaces. */
  static String names(Element e) {
    String c = classes(e);
    String id = e.id();
    String role = e.attr("role");
    if (c.isEmpty() && id.isEmpty() && role.isEmpty()) {
      return "";
    }
    return (c + " " + id + " " + role).toLowerCase(Locale.ROOT).strip();
  }

  /** Readability's class weight: +25 per positive name, -25 per negative one (class and id apart). */
  static int classWeight(Element e) {
    int w = 0;
    for (String v : new String[] {classes(e), e.id().toLowerCase(Locale.ROOT)}) {
      if (v.isEmpty()) {
        continue;
      }
      if (anyWord(NEGATIVE, v)) {
        w -= 25;
      }
      if (POSITIVE.matcher(v).find()) {
        w += 25;
      }
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
      w += 50;
    }
    return w;
  }

  static boolean unlikely(Element e) {
    String n = names(e);
    return !n.isEmpty() && anyWord(UNLIKELY, n) && !anyWord(MAYBE_CONTENT, n);
  }

  static boolean innerBoilerplate(Element e) {
    String n = names(e);
    return !n.isEmpty() && anyWord(INNER_BOILERPLATE, n) && !isBodyName(n);
  }

  private static boolean isBodyName(String n) {
    return n.contains("article-body") || n.contains("articlebody") || n.contains("story-body")
        || n.contains("entry-content") || n.contains("post-content") || n.contains("article-content")
        || n.contains("body-text") || n.contains("article-text");
  }

  /** Matches the pattern against each space-separated token separately so ^ and $ mean token ends. */
  private static boolean anyWord(Pattern p, String value) {
    for (String token : value.split("\\s+")) {
      if (!token.isEmpty() && p.matcher(token).find()) {
        return true;
      }
    }
    return false;
  }
}
