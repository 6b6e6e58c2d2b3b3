package org.corroborate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Sentence;
import org.corroborate.pipeline.LedgerRun;
import org.corroborate.store.ArticleStore;
import org.corroborate.util.Json;

/**
 * The read routes of the API (events, claims, entities, articles, search, exports, health). Each
 * handler validates its parameters through {@link Params} and reads the {@link ReadModel} (and the
 * article store for article text); uploads are in {@link Uploads}. Responses follow
 * {@code /api/openapi.json}.
 */
final class Api {
  private final ReadModel model;
  private final ArticleStore store;
  private final LiveLedger live;

  Api(ReadModel model, ArticleStore store, LiveLedger live) {
    this.model = model;
    this.store = store;
    this.live = live;
  }

  void register(Router r, Uploads uploads) {
    r.add("GET", "/api/health", this::health);
    r.add("GET", "/api/openapi.json", this::openapi);
    r.add("GET", "/api/events", this::events);
    r.add("GET", "/api/events/{id}", this::event);
    r.add("GET", "/api/events/{id}/ledger.json", this::ledgerJson);
    r.add("GET", "/api/events/{id}/claims.csv", this::claimsCsv);
    r.add("GET", "/api/claims", this::claims);
    r.add("GET", "/api/claims/{id}", this::claim);
    r.add("GET", "/api/entities", this::entities);
    r.add("GET", "/api/entities/{id}", this::entity);
    r.add("GET", "/api/articles/{id}", this::article);
    r.add("POST", "/api/articles", uploads::post);
    r.add("GET", "/api/search", this::search);
  }

  private Response health(Request req) {
    req.params().allow(Set.of());
    LiveLedger.Status s = live.status();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("articles", store.articleCount());
    m.put("events", model.count("SELECT COUNT(*) FROM ev", List.of()));
    m.put("pending", s.pending());
    m.put("analysed", s.articlesDone());
    m.put("last_error", s.lastError());
    return Response.ok(m);
  }

  private Response openapi(Request req) {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      return new Response(200, Response.JSON, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response events(Request req) {
    Params p = req.params().allow(Set.of("q", "from", "to", "outlet", "actor", "status", "limit", "offset"));
    int limit = p.limit();
    int offset = p.offset();
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    List<Object> args = new ArrayList<>();
    String q = p.text("q");
    if (q != null) {
      where.append(" AND id IN (SELECT event_id FROM fts WHERE fts MATCH ?)");
      args.add(Search.matchExpression(q));
    }
    Instant from = p.time("from", false);
    Instant to = p.time("to", true);
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("'to' is before 'from'");
    }
    if (from != null) {
      where.append(" AND latest_ms >= ?");
      args.add(from.toEpochMilli());
    }
    if (to != null) {
      where.append(" AND first_ms <= ?");
      args.add(to.toEpochMilli());
    }
    String outlet = p.text("outlet");
    if (outlet != null) {
      where.append(" AND id IN (SELECT event_id FROM ev_outlet WHERE outlet = ?)");
      args.add(outlet.toLowerCase(java.util.Locale.ROOT));
    }
    String actor = p.id("actor");
    if (actor != null) {
      where.append(" AND id IN (SELECT event_id FROM entity_event WHERE entity_id = ?)");
      args.add(actor);
    }
    String status = p.status();
    if (status != null) {
      where.append(" AND id IN (SELECT event_id FROM claim WHERE status = ?)");
      args.add(status);
    }
    long total = model.count("SELECT COUNT(*) FROM ev" + where, args);
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(limit);
    pageArgs.add(offset);
    List<Map<String, Object>> items = model.query("SELECT id, title, start_time, end_time, latest_ms, articles, claims,"
        + " contested, unconfirmed, corroborated, single_source FROM ev" + where
        + " ORDER BY latest_ms IS NULL, latest_ms DESC, id LIMIT ? OFFSET ?", pageArgs, rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", rs.getString(1));
          m.put("title", rs.getString(2));
          m.put("start", rs.getString(3));
          m.put("end", rs.getString(4));
          long latest = rs.getLong(5);
          m.put("latest_article", rs.wasNull() ? null : Instant.ofEpochMilli(latest).toString());
          m.put("articles", rs.getInt(6));
          m.put("claims", rs.getInt(7));
          Map<String, Object> counts = new LinkedHashMap<>();
          counts.put("contested", rs.getInt(8));
          counts.put("unconfirmed", rs.getInt(9));
          counts.put("corroborated", rs.getInt(10));
          counts.put("single-source", rs.getInt(11));
          m.put("status_counts", counts);
          return m;
        });
    return Response.ok(page(items, total, limit, offset));
  }

  static Map<String, Object> page(List<?> items, long total, int limit, int offset) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", total);
    m.put("limit", limit);
    m.put("offset", offset);
    m.put("items", items);
    return m;
  }

  private JsonNode ledgerDoc(String eventId) {
    List<String> rows = model.query("SELECT ledger FROM ev WHERE id = ?", List.of(eventId), rs -> rs.getString(1));
    if (rows.isEmpty()) {
      throw ApiException.notFound("no event " + eventId);
    }
    return ReadModel.parse(rows.get(0));
  }

  private Response event(Request req) {
    Params p = req.params().allow(Set.of("claims"));
    Boolean withClaims = p.bool("claims");
    String id = req.var("id");
    JsonNode doc = ledgerDoc(id);
    Map<String, String> global = globalIds(id);
    ObjectNode out = Json.mapper().createObjectNode();
    ObjectNode ev = doc.path("events").path(0).deepCopy();
    ev.put("claims_total", ev.path("claims").size());
    if (Boolean.FALSE.equals(withClaims)) {
      ev.putArray("claims");
    }
    for (JsonNode c : ev.path("claims")) {
      globalise(c.path("claimant"), global);
    }
    for (JsonNode a : ev.path("actors")) {
      globalise(a, global);
    }
    for (JsonNode a : ev.path("places")) {
      globalise(a, global);
    }
    for (JsonNode f : ev.path("framing")) {
      globalise(f, global);
    }
    out.set("event", ev);
    out.set("articles", doc.path("articles"));
    ArrayNode entities = out.putArray("entities");
    for (JsonNode e : doc.path("entities")) {
      ObjectNode en = entities.addObject();
      en.put("id", global.getOrDefault(e.path("id").asText(), e.path("id").asText()));
      en.put("name", e.path("name").asText());
      en.set("type", e.path("type"));
      en.set("aliases", e.path("aliases"));
    }
    out.set("problems", doc.path("problems"));
    return Response.ok(out);
  }

  private Map<String, String> globalIds(String eventId) {
    Map<String, String> m = new LinkedHashMap<>();
    model.query("SELECT local_id, entity_id FROM entity_event WHERE event_id = ?", List.of(eventId), rs -> {
      m.put(rs.getString(1), rs.getString(2));
      return null;
    });
    return m;
  }

  private static void globalise(JsonNode holder, Map<String, String> global) {
    if (holder instanceof ObjectNode o && o.hasNonNull("entity_id")) {
      String g = global.get(o.path("entity_id").asText());
      if (g != null) {
        o.put("entity_id", g);
      }
    }
  }

  private Response ledgerJson(Request req) {
    req.params().allow(Set.of());
    String id = req.var("id");
    JsonNode doc = ledgerDoc(id);
    return new Response(200, Response.JSON, (doc.toString() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private Response claimsCsv(Request req) {
    req.params().allow(Set.of());
    String id = req.var("id");
    List<String> rows = model.query("SELECT csv FROM ev WHERE id = ?", List.of(id), rs -> rs.getString(1));
    if (rows.isEmpty()) {
      throw ApiException.notFound("no event " + id);
    }
    return Response.text(200, "text/csv; charset=utf-8", rows.get(0));
  }

  private Response claims(Request req) {
    Params p = req.params().allow(Set.of("event", "entity", "status", "background", "order", "limit", "offset"));
    int limit = p.limit();
    int offset = p.offset();
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    List<Object> args = new ArrayList<>();
    String event = p.id("event");
    if (event != null) {
      where.append(" AND event_id = ?");
      args.add(event);
    }
    String entity = p.id("entity");
    if (entity != null) {
      where.append(" AND entity_id = ?");
      args.add(entity);
    }
    String status = p.status();
    if (status != null) {
      where.append(" AND status = ?");
      args.add(status);
    }
    Boolean background = p.bool("background");
    if (background != null) {
      where.append(" AND background = ?");
      args.add(background ? 1 : 0);
    }
    String order = p.oneOf("order", Set.of("rank", "attention"), "rank");
    String orderBy = order.equals("rank") ? " ORDER BY event_id, rank, id"
        : " ORDER BY event_id, status = 'contested' DESC, independent_outlets DESC, rank, id";
    long total = model.count("SELECT COUNT(*) FROM claim" + where, args);
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(limit);
    pageArgs.add(offset);
    List<Map<String, Object>> items = model.query("SELECT id, event_id, claimant, entity_id, status, stance, rank, text,"
        + " outlets, independent_outlets, background FROM claim" + where + orderBy + " LIMIT ? OFFSET ?", pageArgs,
        Api::claimRow);
    return Response.ok(page(items, total, limit, offset));
  }

  static Map<String, Object> claimRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", rs.getString(1));
    m.put("event_id", rs.getString(2));
    m.put("claimant", rs.getString(3));
    m.put("entity_id", rs.getString(4));
    m.put("status", rs.getString(5));
    m.put("stance", rs.getString(6));
    m.put("rank", rs.getInt(7));
    m.put("text", rs.getString(8));
    m.put("outlets", rs.getInt(9));
    m.put("independent_outlets", rs.getInt(10));
    m.put("background", rs.getInt(11) != 0);
    return m;
  }

  private Response claim(Request req) {
    req.params().allow(Set.of());
    String id = req.var("id");
    List<String> rows = model.query("SELECT json FROM claim WHERE id = ?", List.of(id), rs -> rs.getString(1));
    if (rows.isEmpty()) {
      throw ApiException.notFound("no claim " + id);
    }
    ObjectNode claim = (ObjectNode) ReadModel.parse(rows.get(0));
    Map<String, Optional<AnalyzedArticle>> analyses = new LinkedHashMap<>();
    for (JsonNode s : claim.path("statements")) {
      String articleId = s.path("article_id").asText();
      Optional<AnalyzedArticle> aa = analyses.computeIfAbsent(articleId,
          k -> store.get(k).flatMap(a -> LedgerRun.storedAnalysis(store, a)));
      ObjectNode ctx = ((ObjectNode) s).putObject("context");
      ctx.putNull("before");
      ctx.putNull("after");
      if (aa.isPresent()) {
        String text = aa.get().article().text();
        List<Sentence> sents = aa.get().sentences();
        int i = s.path("sentence_index").asInt(-1);
        for (int k = 0; k < sents.size(); k++) {
          if (sents.get(k).index() == i) {
            if (k > 0) {
              ctx.put("before", slice(text, sents.get(k - 1)));
            }
            if (k + 1 < sents.size()) {
              ctx.put("after", slice(text, sents.get(k + 1)));
            }
          }
        }
      }
    }
    return Response.ok(claim);
  }

  private static String slice(String text, Sentence s) {
    int a = Math.max(0, Math.min(text.length(), s.span().start()));
    int b = Math.max(a, Math.min(text.length(), s.span().end()));
    return text.substring(a, b);
  }

  private Response entities(Request req) {
    Params p = req.params().allow(Set.of("q", "limit", "offset"));
    int limit = p.limit();
    int offset = p.offset();
    String q = p.text("q");
    String where = " WHERE id IN (SELECT entity_id FROM entity_event)";
    List<Object> args = new ArrayList<>();
    if (q != null) {
      where += " AND name LIKE ? ESCAPE '\\'";
      args.add("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    long total = model.count("SELECT COUNT(*) FROM entity" + where, args);
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(limit);
    pageArgs.add(offset);
    List<Map<String, Object>> items = model.query("SELECT id, name, type,"
        + " (SELECT COUNT(*) FROM entity_event x WHERE x.entity_id = entity.id),"
        + " (SELECT COUNT(*) FROM claim c WHERE c.entity_id = entity.id) AS n FROM entity" + where
        + " ORDER BY n DESC, name, id LIMIT ? OFFSET ?", pageArgs, rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", rs.getString(1));
          m.put("name", rs.getString(2));
          m.put("type", rs.getString(3));
          m.put("events", rs.getInt(4));
          m.put("claims", rs.getInt(5));
          return m;
        });
    return Response.ok(page(items, total, limit, offset));
  }

  private Response entity(Request req) {
    req.params().allow(Set.of());
    String id = req.var("id");
    List<Map<String, Object>> rows = model.query("SELECT name, type FROM entity WHERE id = ?", List.of(id), rs -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("name", rs.getString(1));
      m.put("type", rs.getString(2));
      return m;
    });
    if (rows.isEmpty()) {
      throw ApiException.notFound("no entity " + id);
    }
    Map<String, Object> out = rows.get(0);
    List<Map<String, Object>> events = new ArrayList<>();
    List<Map<String, Object>> labels = new ArrayList<>();
    model.query("SELECT x.event_id, x.local_id, e.title, e.ledger FROM entity_event x JOIN ev e ON e.id = x.event_id"
        + " WHERE x.entity_id = ? ORDER BY e.latest_ms DESC, e.id LIMIT 200", List.of(id), rs -> {
          Map<String, Object> ev = new LinkedHashMap<>();
          ev.put("id", rs.getString(1));
          ev.put("title", rs.getString(3));
          events.add(ev);
          String local = rs.getString(2);
          for (JsonNode f : ReadModel.parse(rs.getString(4)).path("events").path(0).path("framing")) {
            if (local.equals(f.path("entity_id").asText())) {
              for (JsonNode o : f.path("outlets")) {
                List<String> words = new ArrayList<>();
                o.path("words").forEach(w -> words.add(w.asText()));
                if (!words.isEmpty()) {
                  Map<String, Object> l = new LinkedHashMap<>();
                  l.put("event_id", rs.getString(1));
                  l.put("outlet", o.path("outlet").asText());
                  l.put("words", words);
                  labels.add(l);
                }
              }
            }
          }
          return null;
        });
    out.put("events", events);
    out.put("claims", model.query("SELECT id, event_id, claimant, entity_id, status, stance, rank, text, outlets,"
        + " independent_outlets, background FROM claim WHERE entity_id = ? ORDER BY event_id, rank LIMIT 500", List.of(id),
        Api::claimRow));
    out.put("labels", labels);
    return Response.ok(out);
  }

  private Response article(Request req) {
    req.params().allow(Set.of());
    String id = req.var("id");
    Article a = store.get(id).orElseThrow(() -> ApiException.notFound("no article " + id));
    ObjectNode out = Json.mapper().createObjectNode();
    out.put("id", a.id());
    out.put("title", a.title());
    out.put("outlet", a.outlet() == null ? null : a.outlet().name());
    out.put("published", a.published() == null ? null : a.published().time().toString());
    out.put("byline", a.byline());
    out.put("language", a.language());
    out.put("url", a.url());
    List<String> ev = model.query("SELECT event_id FROM article_event WHERE article_id = ?", List.of(id), rs -> rs.getString(1));
    out.put("event_id", ev.isEmpty() ? null : ev.get(0));
    out.put("text", a.text());
    out.put("analysed", false);
    ArrayNode statements = out.putArray("statements");
    Optional<AnalyzedArticle> aa = LedgerRun.storedAnalysis(store, a);
    if (aa.isPresent()) {
      out.put("analysed", true);
      Map<Integer, Sentence> sentences = new java.util.HashMap<>();
      for (Sentence sen : aa.get().sentences()) {
        sentences.put(sen.index(), sen);
      }
      for (var s : aa.get().statements()) {
        ObjectNode sn = statements.addObject();
        sn.put("id", s.id());
        sn.put("sentence_index", s.sentence());
        Sentence sen = sentences.get(s.sentence());
        sn.set("sentence", sen == null ? null : Json.mapper().valueToTree(sen.span()));
        sn.set("claimant", Json.mapper().valueToTree(s.claimant()));
        sn.set("cue", Json.mapper().valueToTree(s.cue()));
        sn.set("content", Json.mapper().valueToTree(s.content()));
        sn.put("content_text", s.contentText());
        sn.set("stance", Json.mapper().valueToTree(s.stance()));
      }
    }
    return Response.ok(out);
  }

  private Response search(Request req) {
    Params p = req.params().allow(Set.of("q", "kind", "limit", "offset"));
    return Response.ok(new Search(model).run(p.requiredText("q"), p.text("kind"), p.limit(), p.offset()));
  }
}
