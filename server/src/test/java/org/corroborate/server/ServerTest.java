package org.corroborate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.ledger.LedgerBuilder;
import org.corroborate.ledger.LedgerConfig;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.pipeline.ArticleAnalyzer;
import org.corroborate.util.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with {@link ServerFixture}'s light analyser: routing, error mapping, the token, limits,
 * uploads, and every response checked against the OpenAPI document.
 */
class ServerTest extends ServerFixture {
  @Test
  void tokenIsMadeOnceWithOwnerOnlyMode() throws Exception {
    String t = token();
    assertTrue(t.matches("[0-9a-f]{64}"), t);
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(server.tokenFile());
    assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), perms);
    server.close();
    server = start();
    assertEquals(t, token());
  }

  @Test
  void writesNeedTheTokenAndBodiesAreBounded() throws Exception {
    HttpResponse<String> r = api.post("/api/articles", "api/articles", "text/plain", "Hello", null);
    assertEquals(401, r.statusCode());
    assertEquals("unauthorized", Json.mapper().readTree(r.body()).path("error").asText());
    assertEquals(401, api.post("/api/articles", "api/articles", "text/plain", "Hello", "0".repeat(64)).statusCode());
    assertEquals(415, api.post("/api/articles", "api/articles", "application/pdf", "%PDF", token()).statusCode());
    assertEquals(413, api.post("/api/articles", "api/articles", "text/plain", "x".repeat(70_000), token()).statusCode());
    assertEquals(400, api.post("/api/articles", "api/articles", "text/plain", "", token()).statusCode());
    assertEquals(0, server.live().status().articlesDone());
  }

  @Test
  void uploadIsReadLikeIngestAndServedBack() throws Exception {
    HttpResponse<String> r = api.post("/api/articles", "api/articles", "application/x-ndjson", jsonl(), token());
    assertEquals(202, r.statusCode(), r.body());
    JsonNode up = Json.mapper().readTree(r.body());
    assertEquals(2, up.path("accepted").size());
    assertEquals(1, up.path("rejected").size());
    assertEquals("malformed-json", up.path("rejected").path(0).path("reason").asText());
    waitIdle(server);
    assertEquals(2, analysed.get());

    JsonNode events = Json.mapper().readTree(api.get("/api/events", "api/events").body());
    assertTrue(events.path("total").asInt() >= 1, events.toString());
    String eventId = events.path("items").path(0).path("id").asText();
    api.get("/api/events/{id}", "api/events/" + eventId);
    api.get("/api/events/{id}/ledger.json", "api/events/" + eventId + "/ledger.json");
    HttpResponse<String> csv = api.get("/api/events/{id}/claims.csv", "api/events/" + eventId + "/claims.csv");
    assertTrue(csv.body().startsWith("event_id,claim_id"), csv.body());
    assertEquals(1, Json.mapper().readTree(api.get("/api/events", "api/events?outlet=harbour%20bell").body()).path("total").asInt());
    assertEquals(0, Json.mapper().readTree(api.get("/api/events", "api/events?from=2026-01-01").body()).path("total").asInt());
    assertEquals(0, Json.mapper().readTree(api.get("/api/events", "api/events?to=2025-04-01").body()).path("total").asInt());
    assertTrue(Json.mapper().readTree(api.get("/api/events", "api/events?q=ostrel+ferry").body()).path("total").asInt() >= 1);

    String xssId = null;
    for (JsonNode a : up.path("accepted")) {
      if (a.path("title").asText().equals(XSS)) {
        xssId = a.path("id").asText();
      }
    }
    HttpResponse<String> art = api.get("/api/articles/{id}", "api/articles/" + xssId);
    assertTrue(art.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("nosniff", art.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(art.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    JsonNode a = Json.mapper().readTree(art.body());
    assertEquals(XSS, a.path("title").asText());
    assertFalse(a.path("event_id").isNull());

    JsonNode hits = Json.mapper().readTree(api.get("/api/search", "api/search?q=landing+stag").body());
    assertTrue(hits.path("total").asInt() >= 2, hits.toString());
    boolean marked = false;
    for (JsonNode seg : hits.path("items").path(0).path("snippet")) {
      marked |= seg.path("match").asBoolean() && seg.path("text").asText().toLowerCase().startsWith("stag");
    }
    assertTrue(marked, hits.toString());
    assertEquals(0, Json.mapper().readTree(api.get("/api/search", "api/search?q=landing&kind=entity").body()).path("total").asInt());
    api.get("/api/claims", "api/claims?event=" + eventId);
    api.get("/api/entities", "api/entities?q=x");
    api.get("/api/health", "api/health");

    // A restart finds every article in its event: nothing is analysed again.
    server.close();
    server = start();
    assertEquals(0, server.live().status().pending());
    waitIdle(server);
    assertEquals(2, analysed.get());
  }

  @Test
  void badValuesAre400sUnknownItems404s() throws Exception {
    for (String q : List.of("limit=0", "limit=abc", "offset=-3", "status=maybe", "from=tomorrow", "to=2025-13-01",
        "from=2025-02-01&to=2025-01-01", "colour=red", "actor=..", "limit=1&limit=2", "q=%22%28")) {
      HttpResponse<String> r = api.get("/api/events", "api/events?" + q);
      assertEquals(400, r.statusCode(), q + ": " + r.body());
      JsonNode e = Json.mapper().readTree(r.body());
      assertEquals("bad-request", e.path("error").asText());
      assertFalse(e.path("detail").asText().isBlank());
    }
    assertEquals(400, api.get("/api/claims", "api/claims?status=all").statusCode());
    assertEquals(400, api.get("/api/claims", "api/claims?order=newest").statusCode());
    assertEquals(400, api.get("/api/claims", "api/claims?background=yes").statusCode());
    assertEquals(400, api.get("/api/events/{id}", "api/events/ev-1?claims=0").statusCode());
    assertEquals(400, api.get("/api/search", "api/search").statusCode());
    assertEquals(400, api.get("/api/search", "api/search?q=x&kind=file").statusCode());
    assertEquals(400, api.get("/api/entities", "api/entities?limit=100000").statusCode());
    assertEquals(404, api.get("/api/events/{id}", "api/events/ev-none").statusCode());
    assertEquals(404, api.get("/api/claims/{id}", "api/claims/ev-none.C1").statusCode());
    assertEquals(404, api.get("/api/entities/{id}", "api/entities/A000000000000").statusCode());
    assertEquals(404, api.get("/api/articles/{id}", "api/articles/0123456789abcdef").statusCode());
    assertEquals(404, api.get("/api/events/{id}/ledger.json", "api/events/ev-x/ledger.json").statusCode());
    assertEquals(404, api.get("/api/events/{id}/claims.csv", "api/events/ev-x/claims.csv").statusCode());

    HttpClient c = HttpClient.newHttpClient();
    URI base = server.url();
    for (String path : List.of("api/articles/..%2F..%2Fetc%2Fpasswd", "api/articles/%2e%2e", "api/articles/.git",
        "api/events/a;b")) {
      HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(400, r.statusCode(), path + ": " + r.body());
    }
    HttpResponse<String> none = c.send(HttpRequest.newBuilder(base.resolve("api/nothing")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(404, none.statusCode());
    assertEquals("not-found", Json.mapper().readTree(none.body()).path("error").asText());
    HttpResponse<String> del = c.send(HttpRequest.newBuilder(base.resolve("api/events")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, del.statusCode());
  }

  @Test
  void openapiDocumentIsServedAndListsEveryRoute() throws Exception {
    JsonNode doc = Json.mapper().readTree(api.get("/api/openapi.json", "api/openapi.json").body());
    assertEquals("3.1.0", doc.path("openapi").asText());
    Set<String> routes = new java.util.TreeSet<>();
    for (Router.Route r : server.router().routes()) {
      routes.add(r.method() + " " + r.pattern());
    }
    assertEquals(api.documented(), routes);
  }
}
