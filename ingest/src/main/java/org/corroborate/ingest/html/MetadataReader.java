package org.corroborate.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, each field from its most reliable source first:
 * <ul>
 *   <li>title: og:title, JSON-LD headline, the first {@code <h1>}, {@code <title>}; a trailing
 *       " | Site" / " - Site" part is cut;</li>
 *   <li>byline: JSON-LD author, meta author, rel=author links, itemprop=author, byline classes;</li>
 *   <li>published: article:published_time, JSON-LD datePublished, itemprop=datePublished, other
 *       meta date names (HIGH); {@code <time datetime>} (MEDIUM); a date in the URL (LOW);</li>
 *   <li>outlet: og:site_name, JSON-LD publisher, application-name; domain from canonical or URL;</li>
 *   <li>language: html lang, content-language, og:locale, JSON-LD inLanguage;</li>
 *   <li>canonical: link rel=canonical, og:url, then the given URL.</li>
 * </ul>
 */
final class MetadataReader {
  record Metadata(String title, String byline, Published published, Outlet outlet, String language, String canonicalUrl) {}

  private static final String[] META_DATE_NAMES = {
    "og:published_time", "article:published", "datepublished", "publishdate", "publish-date", "publish_date",
    "pubdate", "published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.created", "dcterms.date", "date", "release_date", "displaydate", "cxenseparse:recs:publishtime",
    "sn-post-date", "post-date", "article.published", "article_date_original", "original-publish-date"
  };
  private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|von|par|por|di|door|av)\\s+");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+");

  private MetadataReader() {}

  static Metadata read(Document doc, JsonLd ld, String url) {
    JsonNode article = ld.article();
    String canonical = canonical(doc, url);
    Outlet outlet = outlet(doc, ld, article, canonical, url);
    String title = title(doc, article, outlet);
    return new Metadata(title, byline(doc, article), published(doc, article, url, canonical), outlet,
        language(doc, article), canonical);
  }

  static String meta(Document doc, String... keys) {
    for (String key : keys) {
      for (Element m : doc.select("meta")) {
        String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
        if (k.equalsIgnoreCase(key)) {
          String v = m.attr("content").strip();
          if (!v.isEmpty()) {
            return v;
          }
        }
      }
    }
    return null;
  }

  private static String title(Document doc, JsonNode article, Outlet outlet) {
    String site = outlet == null ? null : outlet.name();
    String t = clean(meta(doc, "og:title", "twitter:title"));
    if (t == null) {
      t = clean(JsonLd.text(article, "headline"));
    }
    if (t == null) {
      Element h1 = doc.selectFirst("h1");
      t = h1 == null ? null : clean(h1.text());
    }
    if (t == null) {
      t = clean(doc.title());
    }
    return t == null ? null : stripSiteSuffix(t, site);
  }

  /** Cuts a trailing " | Site Name" (or " - ", " — ") when that part is short or names the site. */
  static String stripSiteSuffix(String title, String site) {
    var m = TITLE_SEPARATOR.matcher(title);
    int cut = -1;
    while (m.find()) {
      cut = m.start();
      String tail = title.substring(m.end()).strip();
      boolean namesSite = site != null && (tail.equalsIgnoreCase(site) || site.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT))
          || tail.toLowerCase(Locale.ROOT).contains(site.toLowerCase(Locale.ROOT)));
      int words = tail.split("\\s+").length;
      if (namesSite || (words <= 4 && cut >= 15 && !tail.endsWith("?"))) {
        return title.substring(0, cut).strip();
      }
    }
    return title;
  }

  private static String byline(Document doc, JsonNode article) {
    Set<String> names = new LinkedHashSet<>();
    if (article != null) {
      for (String n : JsonLd.names(article.get("author"))) {
        if (!n.startsWith("http")) {
          names.add(n);
        }
      }
    }
    if (names.isEmpty()) {
      String m = meta(doc, "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator");
      if (m != null && !m.startsWith("http")) {
        names.add(m);
      }
    }
    if (names.isEmpty()) {
      for (Element a : doc.select("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
        String t = clean(a.text());
        if (t != null && t.length() < 80) {
          names.add(t);
          break;
        }
      }
    }
    if (names.isEmpty()) {
      for (Element e : doc.select("[class~=(?i)(^|[-_ ])by-?line([-_ ]|$)], [class~=(?i)^author(-?name)?$]")) {
        String t = bylineText(e.text());
        if (t != null) {
          names.add(t);
          break;
        }
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    List<String> cleaned = new ArrayList<>();
    for (String n : names) {
      String c = BY_PREFIX.matcher(n.strip()).replaceFirst("").strip();
      if (!c.isEmpty()) {
        cleaned.add(c);
      }
    }
    return cleaned.isEmpty() ? null : String.join(", ", cleaned);
  }

  private static final Pattern BYLINE_END = Pattern.compile(
      "(?i)\\s[•|·]\\s|\\s@\\w|\\s\\d|\\s(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d"
          + "|\\s(updated|published|posted)\\b");

  /** The name part of a visible byline ("By Ann Lee @annlee Nov 18, 2019 at 9:24 pm" gives "Ann Lee"). */
  static String bylineText(String raw) {
    String t = clean(raw);
    if (t == null) {
      return null;
    }
    var m = BYLINE_END.matcher(t);
    if (m.find()) {
      t = t.substring(0, m.start()).strip();
    }
    t = BY_PREFIX.matcher(t).replaceFirst("").strip();
    return t.isEmpty() || t.length() > 100 ? null : t;
  }

  private static Published published(Document doc, JsonNode article, String url, String canonical) {
    Published p = Dates.parse(meta(doc, "article:published_time"), "meta:article:published_time", Confidence.HIGH);
    if (p == null && article != null) {
      p = Dates.parse(JsonLd.text(article, "datePublished"), "jsonld:datePublished", Confidence.HIGH);
    }
    if (p == null) {
      for (Element e : doc.select("[itemprop=datePublished]")) {
        String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        p = Dates.parse(v, "microdata:datePublished", Confidence.HIGH);
        if (p != null) {
          break;
        }
      }
    }
    for (int i = 0; p == null && i < META_DATE_NAMES.length; i++) {
      String name = META_DATE_NAMES[i];
      p = Dates.parse(meta(doc, name), "meta:" + name, Confidence.HIGH);
    }
    if (p == null) {
      Element scope = doc.selectFirst("article");
      for (Element t : (scope != null ? scope : doc).select("time[datetime]")) {
        p = Dates.parse(t.attr("datetime"), "html:time", Confidence.MEDIUM);
        if (p != null) {
          break;
        }
      }
    }
    if (p == null) {
      p = Dates.fromUrl(url);
    }
    if (p == null) {
      p = Dates.fromUrl(canonical);
    }
    return p;
  }

  private static Outlet outlet(Document doc, JsonLd ld, JsonNode article, String canonical, String url) {
    String name = clean(meta(doc, "og:site_name", "application-name", "twitter:site"));
    if (name == null && article != null) {
      name = clean(JsonLd.text(article, "publisher"));
    }
    if (name == null) {
      JsonNode org = ld.first("NewsMediaOrganization", "Organization");
      name = clean(JsonLd.text(org, "name"));
    }
    if (name != null && name.startsWith("@") && name.length() > 1) {
      name = name.substring(1);
    }
    String domain = host(canonical);
    if (domain == null) {
      domain = host(url);
    }
    if (name == null && domain == null) {
      return null;
    }
    return new Outlet(name, domain);
  }

  private static String language(Document doc, JsonNode article) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty() && html != null) {
      lang = html.attr("xml:lang").strip();
    }
    if (lang.isEmpty()) {
      for (Element m : doc.select("meta[http-equiv]")) {
        if (m.attr("http-equiv").equalsIgnoreCase("content-language")) {
          lang = m.attr("content").strip();
          break;
        }
      }
    }
    if (lang.isEmpty()) {
      String l = meta(doc, "og:locale", "language", "dc.language");
      lang = l == null ? "" : l;
    }
    if (lang.isEmpty() && article != null) {
      String l = JsonLd.text(article, "inLanguage");
      lang = l == null ? "" : l;
    }
    return normaliseLanguage(lang);
  }

  /** "en_US" becomes "en-US"; the first of a list is kept; junk gives null. */
  static String normaliseLanguage(String raw) {
    String l = raw.strip();
    int comma = l.indexOf(',');
    if (comma >= 0) {
      l = l.substring(0, comma).strip();
    }
    l = l.replace('_', '-');
    if (!l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      return null;
    }
    String[] parts = l.split("-");
    StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      sb.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
    }
    return sb.toString();
  }

  private static String canonical(Document doc, String url) {
    for (Element link : doc.select("link[rel]")) {
      if (link.attr("rel").equalsIgnoreCase("canonical")) {
        String abs = link.absUrl("href");
        String v = abs.isEmpty() ? link.attr("href").strip() : abs;
        if (v.startsWith("http")) {
          return v;
        }
      }
    }
    String og = meta(doc, "og:url");
    if (og != null && og.startsWith("http")) {
      return og;
    }
    return url;
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = new URI(url.strip()).getHost();
      return h == null || h.isEmpty() ? null : h.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null; // a malformed URL gives no domain
    }
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
