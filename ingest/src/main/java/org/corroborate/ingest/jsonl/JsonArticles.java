package org.corroborate.ingest.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.support.Dates;
import org.corroborate.ingest.support.Emit;
import org.corroborate.ingest.support.HtmlText;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.ingest.support.Urls;
import org.corroborate.ingest.web.HtmlArticles;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Rejection;

/**
 * One JSON object to one article. The field names (first one present wins; other fields are
 * ignored, so records from other tools can be read as they are):
 * <dl>
 *   <dt>{@code id}</dt><dd>optional record id, kept as the SourceRef record id (the article id is
 *       always the content hash)</dd>
 *   <dt>{@code url}, {@code link}, {@code canonical_url}</dt><dd>the article URL; gives the outlet domain</dd>
 *   <dt>{@code outlet}, {@code source}, {@code site}, {@code site_name}, {@code publisher}</dt>
 *       <dd>the outlet: a name, or an object with {@code name} and {@code domain} or {@code url}</dd>
 *   <dt>{@code domain}</dt><dd>the outlet's web domain</dd>
 *   <dt>{@code title}, {@code headline}</dt><dd>the headline</dd>
 *   <dt>{@code byline}, {@code author}, {@code authors}</dt><dd>a string, or an array of strings or
 *       objects with {@code name}</dd>
 *   <dt>{@code published}, {@code date}, {@code datePublished}, {@code pubDate}, {@code published_at},
 *       {@code publishedAt}, {@code publish_date}, {@code date_publish}, {@code pub_date}, {@code date_published}</dt><dd>ISO 8601 (date, date-time, with or without
 *       zone), RFC 822, a written date ("May 22, 2023"), or a number of epoch seconds (milliseconds
 *       when above 10^11)</dd>
 *   <dt>{@code language}, {@code lang}</dt><dd>ISO 639-1 code ("en", "en-GB")</dd>
 *   <dt>{@code paragraphs}, {@code body-paragraphs}, {@code body_paragraphs}</dt><dd>an array of
 *       paragraph strings (an inner array of sentences is joined into one paragraph)</dd>
 *   <dt>{@code text}, {@code body}, {@code content}, {@code maintext}, {@code articleBody}, {@code article},
 *       {@code full_text}</dt>
 *       <dd>the body as one string: paragraphs split at blank lines, or at line breaks when there is
 *       no blank line; HTML in it is cleaned</dd>
 *   <dt>{@code html}</dt><dd>the page or fragment as HTML: a whole page goes through the HTML
 *       extractor, a fragment is cleaned to paragraphs</dd>
 *   <dt>{@code description}, {@code summary}, {@code abstract}</dt><dd>the body when nothing above is there</dd>
 * </dl>
 * The first of paragraphs, text, html, description present gives the body. A record without any is
 * "no-text". (This reads NewsAPI-style records, news-please and BASIL files as they are.)
 */
public final class JsonArticles {
  private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\n[ \t\u00a0]*\n");

  private JsonArticles() {}

  /** A JSON factory bounded by the config: nesting depth and the longest string. */
  static JsonFactory factory(ReadContext ctx) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(ctx.config().maxNestingDepth())
            .maxStringLength(Math.max(ctx.config().maxDocumentBytes(), ctx.config().maxLineBytes()))
            .build())
        .build();
  }

  /** Emits the article in {@code node}, or a rejection named {@code where}. */
  static void emit(ReadContext ctx, String kind, String where, String recordFallback, JsonNode node, ReadSink sink) {
    if (!node.isObject()) {
      sink.reject(new Rejection(where, "malformed-json", "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT)));
      return;
    }
    String url = Urls.httpUrl(str(node, "url", "link", "canonical_url"));
    String outletName = null;
    String domain = str(node, "domain");
    JsonNode o = first(node, "outlet", "source", "site", "site_name", "publisher");
    if (o != null && o.isTextual()) {
      outletName = o.asText().strip();
    } else if (o != null && o.isObject()) {
      outletName = str(o, "name", "title");
      domain = domain != null ? domain : str(o, "domain");
      if (domain == null) {
        domain = Urls.domain(str(o, "url"));
      }
    }
    if (outletName != null && outletName.isEmpty()) {
      outletName = null;
    }
    if (domain == null) {
      domain = Urls.domain(url);
    } else {
      domain = domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
    Outlet outlet = outletName != null || domain != null ? new Outlet(outletName, domain) : null;
    String title = str(node, "title", "headline");
    String byline = byline(first(node, "byline", "author", "authors"));
    Published published = published(node);
    String language = str(node, "language", "lang");
    String id = str(node, "id");
    String recordId = id != null ? id : recordFallback;
    List<String> paragraphs = null;
    JsonNode paras = first(node, "paragraphs", "body-paragraphs", "body_paragraphs");
    if (paras != null && paras.isArray()) {
      paragraphs = new ArrayList<>();
      for (JsonNode p : paras) {
        if (p.isArray()) {
          List<String> parts = new ArrayList<>();
          p.forEach(x -> parts.add(x.asText()));
          paragraphs.add(String.join(" ", parts));
        } else if (p.isValueNode()) {
          paragraphs.add(p.asText());
        }
      }
    }
    if (paragraphs == null || paragraphs.isEmpty()) {
      String text = str(node, "text", "body", "content", "maintext", "articleBody", "article", "full_text");
      if (text != null) {
        paragraphs = HtmlText.looksLikeHtml(text) ? HtmlText.paragraphs(text) : splitText(text);
      }
    }
    if (paragraphs == null || paragraphs.isEmpty()) {
      String html = str(node, "html");
      if (html != null) {
        String lower = html.substring(0, Math.min(html.length(), 2000)).toLowerCase(Locale.ROOT);
        if (lower.contains("<html") || lower.contains("<body")) {
          HtmlArticles.emit(ctx, html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, kind, where, url,
              recordId, published, sink);
          return;
        }
        paragraphs = HtmlText.paragraphs(html);
      }
    }
    if (paragraphs == null || paragraphs.isEmpty()) {
      String summary = str(node, "description", "summary", "abstract");
      if (summary != null) {
        paragraphs = HtmlText.looksLikeHtml(summary) ? HtmlText.paragraphs(summary) : splitText(summary);
      }
    }
    Emit.article(ctx, ctx.source(kind, where, url, recordId, outlet), where,
        new Emit.Found(outlet, title, byline, published, language, paragraphs == null ? List.of() : paragraphs, url), sink);
  }

  static List<String> splitText(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    String[] parts = BLANK_LINE.matcher(t).find() ? BLANK_LINE.split(t) : t.split("\n");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private static Published published(JsonNode node) {
    for (String f : new String[] {"published", "date", "datePublished", "pubDate", "published_at", "publishedAt",
        "publish_date", "date_publish", "pub_date", "date_published"}) {
      JsonNode v = node.get(f);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isNumber()) {
        long n = v.asLong();
        Instant t = n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return new Published(t, "json:" + f, Confidence.HIGH, false);
      }
      Dates.When w = Dates.parse(v.asText());
      if (w != null) {
        return new Published(w.time(), "json:" + f, Confidence.HIGH, w.dateOnly());
      }
    }
    return null;
  }

  private static String byline(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode a : v) {
        String n = a.isObject() ? str(a, "name") : a.asText();
        if (n != null && !n.isBlank()) {
          names.add(n.strip());
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (v.isObject()) {
      return str(v, "name");
    }
    return v.asText();
  }

  private static JsonNode first(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && !v.isNull()) {
        return v;
      }
    }
    return null;
  }

  private static String str(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && v.isValueNode() && !v.isNull()) {
        String s = v.asText();
        if (!s.isBlank()) {
          return s.strip();
        }
      }
    }
    return null;
  }
}
