package org.corroborate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;
import org.corroborate.util.Json;

/**
 * The JSON shapes the commands write, one object per line. Field names are explicit (snake_case) and
 * stable, independent of the record component names, because other tools read these files.
 */
final class ArticleJson {
  private ArticleJson() {}

  /**
   * An article: id, source (where it was first seen), outlet, outlet_domain, title, published (ISO
   * 8601 instant, or null), published_origin, published_confidence, published_date_only, byline,
   * language, url, text, paragraphs ([start, end) offsets into text), sources, syndication.
   */
  static ObjectNode article(Article a) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", a.id());
    o.put("source", a.sources().get(0).location());
    o.put("outlet", a.outlet().name());
    o.put("outlet_domain", a.outlet().domain());
    o.put("title", a.title());
    if (a.published() == null) {
      o.putNull("published");
      o.putNull("published_origin");
      o.putNull("published_confidence");
      o.putNull("published_date_only");
    } else {
      o.put("published", a.published().time().toString());
      o.put("published_origin", a.published().origin());
      o.put("published_confidence", a.published().confidence().name().toLowerCase(java.util.Locale.ROOT));
      o.put("published_date_only", a.published().dateOnly());
    }
    o.put("byline", a.byline());
    o.put("language", a.language());
    o.put("url", a.url());
    o.put("text", a.text());
    ArrayNode paras = o.putArray("paragraphs");
    for (Span s : a.paragraphs()) {
      paras.addArray().add(s.start()).add(s.end());
    }
    ArrayNode sources = o.putArray("sources");
    for (SourceRef s : a.sources()) {
      ObjectNode so = sources.addObject();
      so.put("kind", s.kind());
      so.put("path", s.path());
      so.put("url", s.url());
      so.put("record", s.recordId());
      so.put("outlet", s.outlet() == null ? null : s.outlet().name());
      so.put("seen_at", s.seenAt() == null ? null : s.seenAt().toString());
    }
    if (a.syndication() == null) {
      o.putNull("syndication");
    } else {
      ObjectNode sy = o.putObject("syndication");
      sy.put("original_id", a.syndication().originalId());
      sy.put("similarity", a.syndication().similarity());
      sy.put("method", a.syndication().method());
    }
    return o;
  }

  static ObjectNode rejection(Rejection r) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("source", r.source());
    o.put("reason", r.reason());
    o.put("detail", r.detail());
    return o;
  }

  static String line(ObjectNode o) {
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }
}
