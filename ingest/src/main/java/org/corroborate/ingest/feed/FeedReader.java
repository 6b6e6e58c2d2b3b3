package org.corroborate.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.encoding.TextDecoder;
import org.corroborate.ingest.support.Bounded;
import org.corroborate.ingest.support.Dates;
import org.corroborate.ingest.support.Emit;
import org.corroborate.ingest.support.Failures;
import org.corroborate.ingest.support.HtmlText;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.ingest.support.Urls;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Rejection;
import org.jsoup.parser.Parser;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds: one article per item or entry, with the full content
 * (content:encoded, atom:content) or else the description or summary, HTML cleaned to paragraphs;
 * title, link, pubDate/published/dc:date (then updated), author/dc:creator; the feed title and link
 * domain as the outlet.
 *
 * <p>Safety: StAX with DTD support and external entities off. A feed that declares entities in a DTD
 * (billion laughs, external entity tricks) is rejected as "xml-entities" without expanding anything.
 * HTML named entities that sloppy feeds use without a DTD (&amp;nbsp;) are resolved as HTML would,
 * and a bare ampersand ("AT&amp;T" unescaped) is read as text.
 * A malformed document keeps the items read before the error, rejects the broken one as
 * "malformed-xml" with the line and column, and the items after it come from a lenient (jsoup)
 * parse of the same text. An item without text is a "no-text" rejection named
 * {@code feed.xml!/item/N}; the other items still come out. At most {@code maxFeedItems} items are
 * read, at most {@code maxNestingDepth} element levels deep.
 */
public final class FeedReader implements ArticleReader {
  private static final Pattern ROOT = Pattern.compile(
      "^(?:\\s++|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*+(?:\\[.*?\\])?\\s*>)*+<([A-Za-z_][\\w.:-]*)", Pattern.DOTALL);
  private static final Pattern DOCTYPE = Pattern.compile("^(?:\\s++|<\\?.*?\\?>|<!--.*?-->)*+<!DOCTYPE\\s+([\\w.:-]+)", Pattern.DOTALL);
  private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern FIRST_ELEMENT = Pattern.compile("<[A-Za-z_]");
  private static final Pattern HAS_ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final String ENTITIES_DETAIL = "the document declares entities in a DTD (an entity-expansion or"
      + " external-entity attack, or an unsafe feed); DTDs are not processed";
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final ReadContext ctx;

  public FeedReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** A new hardened factory per feed: JDK factories are not documented as thread-safe. */
  private XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      // The JDK's own element-depth limit (100 by default on recent JDKs) is replaced by ours.
      factory.setProperty("jdk.xml.maxElementDepth", ctx.config().maxNestingDepth() + 1);
    } catch (IllegalArgumentException e) {
      // an older parser without the property: its default limit, if any, stays
    }
    factory.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resource not allowed: " + systemId);
    });
    return factory;
  }

  @Override
  public String format() {
    return "feed";
  }

  /** Takes any XML document that is not XHTML; non-feed XML is then rejected as unsupported. */
  @Override
  public boolean accepts(String name, byte[] head) {
    String n = name.toLowerCase(Locale.ROOT);
    String s = TextDecoder.decodeXml(head).text().stripLeading();
    Matcher m = ROOT.matcher(s);
    if (m.find()) {
      String root = m.group(1).toLowerCase(Locale.ROOT);
      return !root.equals("html") && (s.stripLeading().startsWith("<?xml") || isFeedRoot(root) || n.endsWith(".xml")
          || n.endsWith(".rss") || n.endsWith(".atom"));
    }
    m = DOCTYPE.matcher(s);
    if (m.find()) {
      return !m.group(1).equalsIgnoreCase("html");
    }
    return s.stripLeading().startsWith("<?xml");
  }

  private static boolean isFeedRoot(String root) {
    return root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf") || root.equals("rdf") || root.endsWith(":feed");
  }

  @Override
  public void read(Input input, ReadSink sink) {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = Bounded.readAll(in, ctx.config().maxDocumentBytes(), "the feed");
    } catch (IOException e) {
      sink.reject(Failures.of(input.name(), e));
      return;
    }
    String text = TextDecoder.decodeXml(bytes).text();
    Matcher root = FIRST_ELEMENT.matcher(text);
    String prolog = root.find() ? text.substring(0, root.start()) : text;
    if (ENTITY_DECL.matcher(prolog).find()) {
      sink.reject(new Rejection(input.name(), "xml-entities", ENTITIES_DETAIL));
      return;
    }
    new Parse(input.name(), XmlRepair.repairAmpersands(text), sink).run();
  }

  /** One feed's parse state. */
  private final class Parse {
    final String name;
    final String text;
    final ReadSink sink;
    String feedTitle;
    String feedLink;
    String feedLanguage;
    String kind = "rss";
    int items;
    FeedItem item;
    int itemDepth = -1;
    String field;
    String fieldType;
    int fieldDepth = -1;
    StringBuilder buf = new StringBuilder();
    boolean inAuthor;
    boolean inName;
    int depth;
    boolean sawRoot;

    Parse(String name, String text, ReadSink sink) {
      this.name = name;
      this.text = text;
      this.sink = sink;
    }

    void run() {
      XMLStreamReader r;
      try {
        r = factory().createXMLStreamReader(new StringReader(text));
      } catch (XMLStreamException e) {
        sink.reject(new Rejection(name, "malformed-xml", "cannot start reading the XML: " + e.getMessage()));
        return;
      }
      try {
        while (r.hasNext()) {
          int ev = r.next();
          switch (ev) {
            case XMLStreamConstants.DTD -> {
              if (ENTITY_DECL.matcher(r.getText()).find()) {
                sink.reject(new Rejection(name, "xml-entities", ENTITIES_DETAIL));
                return;
              }
            }
            case XMLStreamConstants.START_ELEMENT -> {
              if (!start(r)) {
                return;
              }
            }
            case XMLStreamConstants.END_ELEMENT -> end(r);
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
              if (field != null && (!inAuthor || inName)) {
                buf.append(r.getText());
              }
            }
            case XMLStreamConstants.ENTITY_REFERENCE -> {
              if (field != null && (!inAuthor || inName)) {
                buf.append(Parser.unescapeEntities("&" + r.getLocalName() + ";", false));
              }
            }
            default -> { }
          }
        }
      } catch (XMLStreamException | RuntimeException e) {
        // The JDK parser reports some malformations as runtime exceptions; both are the input's fault.
        Location loc = e instanceof XMLStreamException x ? x.getLocation() : null;
        String where = loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        boolean depth = msg.contains("depth");
        String why = Emit.shorten(msg.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", ""));
        if (depth || !sawRoot) {
          sink.reject(new Rejection(name, depth ? "too-deep" : "malformed-xml", (depth ? "the XML is nested too deeply"
              : "the XML is broken") + where + " after " + items + " items; the rest is not read: " + why));
          return;
        }
        int broken = items + (item != null ? 1 : 0);
        sink.reject(new Rejection(item != null ? name + "!/item/" + broken : name, "malformed-xml", "the XML is broken" + where
            + (item != null ? " inside item " + broken : "") + ": " + why + "; the items after it are read leniently"));
        recover(broken);
        return;
      } finally {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // closing a reader over a string cannot fail in a way that matters
        }
      }
      if (!sawRoot) {
        sink.reject(new Rejection(name, "malformed-xml", "no root element"));
      } else if (items == 0) {
        sink.reject(new Rejection(name, "no-text", "the feed has no items"));
      }
    }

    /**
     * After a well-formedness error: the items after the {@code done} first ones, from a lenient
     * (jsoup) parse of the whole text. DTDs with entities were rejected before, so nothing expands.
     */
    void recover(int done) {
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(text, "", Parser.xmlParser());
      org.jsoup.select.Elements all = doc.select("item, entry");
      for (int i = done; i < all.size(); i++) {
        if (i >= ctx.config().maxFeedItems()) {
          sink.reject(new Rejection(name, "limit-exceeded", "the feed has more than " + ctx.config().maxFeedItems()
              + " items (maxFeedItems); the rest were not read"));
          return;
        }
        item = new FeedItem();
        for (org.jsoup.nodes.Element el : all.get(i).children()) {
          String tag = el.tagName();
          String local = tag.substring(tag.indexOf(':') + 1);
          if (local.equals("link") && el.hasAttr("href")) {
            String rel = el.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
              item.link = item.link == null ? el.attr("href") : item.link;
            }
            continue;
          }
          if (tag.startsWith("media:")) {
            continue;
          }
          String value;
          if (local.equals("author") && !el.children().isEmpty()) {
            org.jsoup.nodes.Element n = el.selectFirst("name");
            value = n == null ? el.text() : n.text();
          } else {
            value = el.children().isEmpty() ? el.wholeText() : el.html();
          }
          item.set(local, el.hasAttr("type") ? el.attr("type") : null, value);
        }
        items = i;
        finishItem();
      }
      item = null;
    }

    /** Returns false when reading must stop (a rejection was emitted). */
    boolean start(XMLStreamReader r) {
      depth++;
      String local = r.getLocalName();
      if (!sawRoot) {
        sawRoot = true;
        String root = local.toLowerCase(Locale.ROOT);
        if (!(root.equals("rss") || root.equals("feed") || root.equals("rdf"))) {
          sink.reject(new Rejection(name, "unsupported-format", "XML with root <" + r.getLocalName() + ">, not an RSS or Atom feed"));
          return false;
        }
        if (root.equals("feed")) {
          kind = "atom";
          feedLanguage = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
        }
      }
      if (depth > ctx.config().maxNestingDepth()) {
        sink.reject(new Rejection(name, "too-deep", "XML elements nested deeper than "
            + ctx.config().maxNestingDepth() + " (maxNestingDepth) after " + items + " items"));
        return false;
      }
      if (field != null) {
        if (inAuthor) {
          if (local.equals("name")) {
            inName = true;
            buf.setLength(0);
          }
        } else {
          buf.append('<').append(local);
          for (int i = 0; i < r.getAttributeCount(); i++) {
            buf.append(' ').append(r.getAttributeLocalName(i)).append("=\"")
                .append(r.getAttributeValue(i).replace("\"", "&quot;")).append('"');
          }
          buf.append('>');
        }
        return true;
      }
      if (item == null && (local.equals("item") || local.equals("entry"))) {
        if (items >= ctx.config().maxFeedItems()) {
          sink.reject(new Rejection(name, "limit-exceeded", "the feed has more than " + ctx.config().maxFeedItems()
              + " items (maxFeedItems); the rest were not read"));
          return false;
        }
        item = new FeedItem();
        itemDepth = depth;
        return true;
      }
      boolean atomNs = ATOM.equals(r.getNamespaceURI());
      if (local.equals("link") && r.getAttributeValue(null, "href") != null) {
        String rel = r.getAttributeValue(null, "rel");
        if (rel == null || rel.equals("alternate")) {
          if (item != null) {
            item.link = item.link == null ? r.getAttributeValue(null, "href") : item.link;
          } else if (feedLink == null) {
            feedLink = r.getAttributeValue(null, "href");
          }
        }
      }
      if (item == null) {
        if (depth <= 3 && (local.equals("title") || local.equals("link") || local.equals("language"))) {
          beginField("feed:" + local, null);
        }
        return true;
      }
      if (depth == itemDepth + 1) {
        String ns = r.getNamespaceURI();
        boolean media = ns != null && ns.contains("search.yahoo.com/mrss");
        if (!media) {
          beginField(local, r.getAttributeValue(null, "type"));
          inAuthor = (local.equals("author") || local.equals("contributor")) && (atomNs || kind.equals("atom"));
          inName = false;
        }
      }
      return true;
    }

    void beginField(String f, String type) {
      field = f;
      fieldType = type;
      fieldDepth = depth;
      buf.setLength(0);
    }

    void end(XMLStreamReader r) {
      String local = r.getLocalName();
      if (field != null && depth == fieldDepth) {
        String value = buf.toString();
        if (field.startsWith("feed:")) {
          switch (field) {
            case "feed:title" -> feedTitle = feedTitle == null ? value.strip() : feedTitle;
            case "feed:link" -> feedLink = feedLink == null && !value.isBlank() ? value.strip() : feedLink;
            default -> feedLanguage = feedLanguage == null ? value.strip() : feedLanguage;
          }
        } else if (item != null) {
          item.set(field, fieldType, value);
        }
        field = null;
        inAuthor = false;
        inName = false;
      } else if (field != null && inAuthor) {
        inName = inName && !local.equals("name");
      } else if (field != null) {
        buf.append("</").append(local).append('>');
      }
      if (item != null && depth == itemDepth) {
        finishItem();
        item = null;
        itemDepth = -1;
      }
      depth--;
    }

    void finishItem() {
      items++;
      String itemName = name + "!/item/" + items;
      String link = Urls.httpUrl(resolve(feedLink, item.link != null ? item.link : item.guidLink));
      String domain = Urls.domain(link != null ? link : feedLink);
      String outletName = feedTitle == null || feedTitle.isBlank() ? null : feedTitle.strip();
      Outlet outlet = outletName != null || domain != null ? new Outlet(outletName, domain) : null;
      Published published = null;
      if (item.date != null) {
        Dates.When w = Dates.parse(item.date);
        if (w != null) {
          published = new Published(w.time(), "feed:" + item.dateField, Confidence.MEDIUM, w.dateOnly());
        }
      }
      String body = item.content != null && !item.content.isBlank() ? item.content : item.summary;
      String bodyType = body == item.content ? item.contentType : item.summaryType;
      List<String> paragraphs = body == null ? List.of() : toParagraphs(body, bodyType);
      String title = item.title == null ? "" : textOf(item.title, item.titleType);
      Emit.article(ctx, ctx.source(kind, itemName, link, item.guid != null ? item.guid : String.valueOf(items), outlet),
          itemName, new Emit.Found(outlet, title, authorName(item.author), published, feedLanguage, paragraphs, link), sink);
    }
  }

  /** A relative item link resolved against the feed's link. */
  private static String resolve(String base, String link) {
    if (link == null || Urls.httpUrl(link) != null || Urls.httpUrl(base) == null) {
      return link;
    }
    try {
      return java.net.URI.create(base.strip()).resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      return link;  // not a URI reference: kept as is, and then dropped as not http(s)
    }
  }

  /** "jo@example.org (Jo Behr)", as RSS writes authors, to "Jo Behr". */
  private static String authorName(String a) {
    if (a == null) {
      return null;
    }
    java.util.regex.Matcher m = EMAIL_NAME.matcher(a.strip());
    return m.matches() ? m.group(1).strip() : a.strip();
  }

  /** Markup or HTML entities in it: RSS allows entity-encoded HTML anywhere in a description. */
  private static boolean isHtml(String value, String type) {
    return "html".equals(type) || "xhtml".equals(type) || HtmlText.looksLikeHtml(value) || HAS_ENTITY.matcher(value).find();
  }

  private static String textOf(String value, String type) {
    if (isHtml(value, type)) {
      return String.join(" ", HtmlText.paragraphs(value));
    }
    return value.strip();
  }

  private static List<String> toParagraphs(String value, String type) {
    if ("text".equals(type) || !isHtml(value, type)) {
      List<String> out = new ArrayList<>();
      for (String p : value.split("\\n\\s*\\n")) {
        if (!p.isBlank()) {
          out.add(p.strip());
        }
      }
      return out;
    }
    return HtmlText.paragraphs(value);
  }
}
