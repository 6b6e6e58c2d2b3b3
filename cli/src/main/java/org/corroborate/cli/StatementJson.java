package org.corroborate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Claimant;
import org.corroborate.model.Hedge;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;
import org.corroborate.util.Json;

/**
 * One line of statements.jsonl: a statement of an analysed article. Offsets are {@code [start, end)}
 * character offsets into the article's text (articles.jsonl {@code text}); null spans are written as
 * null. Fields: article, outlet, id, sentence, claimant {kind, text, name, entity, start, end}, cue,
 * cue_class, cue_start, cue_end, stance, negated, conditional, direct, content, content_start,
 * content_end, channel {name, text, start, end} or null, hedges [{kind, text, negated, start, end}],
 * parent.
 */
final class StatementJson {
  private StatementJson() {}

  static ObjectNode statement(AnalyzedArticle aa, Statement s) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("article", aa.article().id());
    o.put("outlet", aa.article().outlet().name());
    o.put("id", s.id());
    o.put("sentence", s.sentence());
    Claimant c = s.claimant();
    ObjectNode claimant = o.putObject("claimant");
    claimant.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
    claimant.put("text", c.text());
    claimant.put("name", c.name());
    claimant.put("entity", c.entityId());
    span(claimant, "", c.span());
    o.put("cue", s.cueText());
    o.put("cue_class", s.cueClass());
    span(o, "cue_", s.cue());
    o.put("stance", s.stance() == null ? null : s.stance().name().toLowerCase(Locale.ROOT));
    o.put("negated", s.negated());
    o.put("conditional", s.conditional());
    o.put("direct", s.direct());
    o.put("content", s.contentText());
    span(o, "content_", s.content());
    if (s.channel() == null) {
      o.putNull("channel");
    } else {
      ObjectNode ch = o.putObject("channel");
      ch.put("name", s.channel().name());
      ch.put("text", s.channel().text());
      span(ch, "", s.channel().span());
    }
    ArrayNode hedges = o.putArray("hedges");
    for (Hedge h : s.hedges()) {
      ObjectNode hn = hedges.addObject();
      hn.put("kind", h.kind());
      hn.put("text", h.text());
      hn.put("negated", h.negated());
      span(hn, "", h.span());
    }
    o.put("parent", s.parentId());
    return o;
  }

  private static void span(ObjectNode o, String prefix, Span s) {
    if (s == null) {
      o.putNull(prefix + "start");
      o.putNull(prefix + "end");
    } else {
      o.put(prefix + "start", s.start());
      o.put(prefix + "end", s.end());
    }
  }
}
