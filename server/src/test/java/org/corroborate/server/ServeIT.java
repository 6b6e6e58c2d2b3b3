package org.corroborate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.pipeline.LedgerRun;
import org.corroborate.store.SqliteArticleStore;
import org.corroborate.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} end to end with the real models: fictional articles posted in four formats over
 * loopback, analysed in the background, read back through every route, each response checked against
 * the OpenAPI document; then a restart that analyses nothing again.
 */
class ServeIT {
  @TempDir Path dir;

  static final String JSON_ARRAY = """
      [{"title": "Tarrow bridge closed after inspectors find cracks", "outlet": "Quellmark Herald",
        "url": "https://quellmark-herald.example/2025/05/06/tarrow-bridge",
        "published": "2025-05-06T07:00:00Z",
        "text": "The old Tarrow bridge in Quellmark was closed to traffic on Monday after inspectors found cracks in two of its piers.\\n\\nCouncil leader Mara Linde said the bridge would stay closed until the piers were repaired. \\"We will not take any risk with people's lives,\\" Linde told reporters.\\n\\nThe transport minister, Oskar Feld, denied that the ministry had ignored warnings about the bridge. A spokesman for the engineers' union said the cracks had been reported in 2023."},
       {"title": "Quellmark shuts Tarrow bridge; minister rejects blame", "outlet": "Esk Valley Times",
        "url": "https://eskvalley-times.example/news/tarrow-bridge-shut",
        "published": "2025-05-06T10:15:00Z",
        "text": "Quellmark council closed the Tarrow bridge on Monday after cracks were found in its piers, leaving commuters with a long detour.\\n\\nMara Linde, the council leader, said the bridge would remain closed until repairs were finished.\\n\\nTransport minister Oskar Feld denied that his ministry had ignored earlier warnings. The engineers' union said the cracks were first reported two years ago."}]
      """;

  static final String HTML = """
      <!doctype html><html lang="en"><head><title>Detour chaos as Tarrow bridge stays shut | Pellan Courier</title>
      <meta property="og:site_name" content="Pellan Courier">
      <meta property="article:published_time" content="2025-05-07T06:30:00Z"></head>
      <body><nav>Home | News | Sport</nav><article><h1>Detour chaos as Tarrow bridge stays shut</h1>
      <p>Drivers faced long queues on Tuesday as the Tarrow bridge in Quellmark stayed closed after inspectors found cracks in its piers.</p>
      <p>Council leader Mara Linde said the bridge would stay closed until the piers were repaired, and asked drivers to use the northern ring road.</p>
      <p>The engineers' union said the cracks had been reported to the ministry in 2023. Transport minister Oskar Feld denied that warnings had been ignored.</p>
      </article><footer>Pellan Courier</footer></body></html>
      """;

  static final String TEXT = """
      Tarrow bridge repairs to take three months, council says

      Quellmark Gazette
      May 8, 2025

      Repairs to the cracked piers of the Tarrow bridge will take about three months, council leader Mara Linde said on Wednesday.

      Linde said the council would ask the ministry to pay for the work. Transport minister Oskar Feld said the ministry would review the request.
      """;

  @Test
  void postedArticlesAreAnalysedAndServedThroughEveryRoute() throws Exception {
    ServerConfig config = new ServerConfig(dir.resolve("data"), "127.0.0.1", 0, null, ServerConfig.DEFAULT_MAX_BODY);
    StringWriter log = new StringWriter();
    List<String> articleIds = new ArrayList<>();
    OpenApiCheck api;
    try (Server server = Server.start(config, new PrintWriter(log))) {
      assertTrue(server.url().getHost().equals("127.0.0.1"));
      api = new OpenApiCheck(server.url());
      String token = Files.readString(server.tokenFile()).strip();
      for (String[] up : new String[][] {{"application/json", JSON_ARRAY}, {"text/html", HTML}, {"text/plain", TEXT}}) {
        HttpResponse<String> r = api.post("/api/articles", "api/articles", up[0], up[1], token);
        assertEquals(202, r.statusCode(), r.body());
        JsonNode res = Json.mapper().readTree(r.body());
        assertEquals(0, res.path("rejected").size(), r.body());
        res.path("accepted").forEach(a -> articleIds.add(a.path("id").asText()));
      }
      assertEquals(4, articleIds.size());
      assertEquals(401, api.post("/api/articles", "api/articles", "text/plain", TEXT, null).statusCode());
      long end = System.currentTimeMillis() + 600_000;
      while (!server.live().idle() && System.currentTimeMillis() < end) {
        Thread.sleep(200);
      }
      assertTrue(server.live().idle(), "analysis did not finish: " + log);
      assertNotNull(api.get("/api/health", "api/health"));
      JsonNode health = Json.mapper().readTree(api.get("/api/health", "api/health").body());
      assertEquals(4, health.path("analysed").asInt(), health + " " + log);

      JsonNode events = Json.mapper().readTree(api.get("/api/events", "api/events?limit=10").body());
      assertTrue(events.path("total").asInt() >= 1);
      String eventId = null;
      int most = -1;
      for (JsonNode e : events.path("items")) {
        if (e.path("claims").asInt() > most) {
          most = e.path("claims").asInt();
          eventId = e.path("id").asText();
        }
      }
      assertTrue(most > 0, "no claims in any event: " + events);
      JsonNode event = Json.mapper().readTree(api.get("/api/events/{id}", "api/events/" + eventId).body());
      assertEquals(eventId, event.path("event").path("id").asText());
      JsonNode ledger = Json.mapper().readTree(api.get("/api/events/{id}/ledger.json", "api/events/" + eventId + "/ledger.json").body());
      assertEquals(most, ledger.path("events").path(0).path("claims").size());
      String csv = api.get("/api/events/{id}/claims.csv", "api/events/" + eventId + "/claims.csv").body();
      assertEquals(most + 1, csv.lines().filter(l -> l.startsWith(ledger.path("events").path(0).path("id").asText() + ",")).count() + 1);

      JsonNode claims = Json.mapper().readTree(api.get("/api/claims", "api/claims?event=" + eventId + "&limit=500").body());
      assertEquals(most, claims.path("total").asInt());
      JsonNode light = Json.mapper().readTree(api.get("/api/events/{id}", "api/events/" + eventId + "?claims=false").body());
      assertEquals(0, light.path("event").path("claims").size());
      assertEquals(most, light.path("event").path("claims_total").asInt());
      JsonNode attention = Json.mapper().readTree(api.get("/api/claims",
          "api/claims?event=" + eventId + "&order=attention&background=false&limit=500").body());
      int lastContested = 1;
      int lastIndependent = Integer.MAX_VALUE;
      for (JsonNode c : attention.path("items")) {
        assertFalse(c.path("background").asBoolean());
        int contested = c.path("status").asText().equals("contested") ? 1 : 0;
        assertTrue(contested <= lastContested, "contested first");
        if (contested == lastContested) {
          assertTrue(c.path("independent_outlets").asInt() <= lastIndependent, "then most independent outlets");
        }
        lastIndependent = contested == lastContested ? c.path("independent_outlets").asInt() : c.path("independent_outlets").asInt();
        lastContested = contested;
      }
      String claimId = claims.path("items").path(0).path("id").asText();
      JsonNode claim = Json.mapper().readTree(api.get("/api/claims/{id}", "api/claims/" + claimId).body());
      JsonNode st = claim.path("statements").path(0);
      assertFalse(st.path("sentence_text").asText().isBlank());
      assertTrue(st.path("context").has("before"));

      String entityId = null;
      for (JsonNode c : claims.path("items")) {
        if (!c.path("entity_id").isNull()) {
          entityId = c.path("entity_id").asText();
        }
      }
      assertNotNull(entityId, claims.toString());
      JsonNode byEntity = Json.mapper().readTree(api.get("/api/claims", "api/claims?entity=" + entityId).body());
      assertTrue(byEntity.path("total").asInt() >= 1);
      JsonNode entity = Json.mapper().readTree(api.get("/api/entities/{id}", "api/entities/" + entityId).body());
      assertTrue(entity.path("claims").size() >= 1);
      assertTrue(Json.mapper().readTree(api.get("/api/events", "api/events?actor=" + entityId).body()).path("total").asInt() >= 1);
      JsonNode ents = Json.mapper().readTree(api.get("/api/entities", "api/entities?q=linde").body());
      assertTrue(ents.path("total").asInt() >= 1, ents.toString());

      for (String id : articleIds) {
        JsonNode a = Json.mapper().readTree(api.get("/api/articles/{id}", "api/articles/" + id).body());
        assertTrue(a.path("analysed").asBoolean());
        int len = a.path("text").asText().length();
        for (JsonNode s : a.path("statements")) {
          assertTrue(s.path("content").path("end").asInt() <= len);
        }
      }
      JsonNode hits = Json.mapper().readTree(api.get("/api/search", "api/search?q=cracks+piers").body());
      assertTrue(hits.path("total").asInt() >= 4, hits.toString());
      assertTrue(Json.mapper().readTree(api.get("/api/search", "api/search?q=Feld&kind=claim").body()).path("total").asInt() >= 1);
      assertTrue(Json.mapper().readTree(api.get("/api/events", "api/events?status=" + claims.path("items").path(0).path("status").asText()).body()).path("total").asInt() >= 1);

      // Every error response of every route, against the document too.
      assertEquals(400, api.get("/api/events", "api/events?limit=0").statusCode());
      assertEquals(400, api.get("/api/claims", "api/claims?offset=x").statusCode());
      assertEquals(400, api.get("/api/entities", "api/entities?limit=501").statusCode());
      assertEquals(400, api.get("/api/search", "api/search?q=%28%29").statusCode());
      assertEquals(400, api.get("/api/health", "api/health?x=1").statusCode());
      assertEquals(404, api.get("/api/events/{id}", "api/events/ev-0").statusCode());
      assertEquals(400, api.get("/api/events/{id}", "api/events/.hidden").statusCode());
      assertEquals(404, api.get("/api/events/{id}/ledger.json", "api/events/ev-0/ledger.json").statusCode());
      assertEquals(404, api.get("/api/events/{id}/claims.csv", "api/events/ev-0/claims.csv").statusCode());
      assertEquals(404, api.get("/api/claims/{id}", "api/claims/ev-0.C1").statusCode());
      assertEquals(404, api.get("/api/entities/{id}", "api/entities/A0").statusCode());
      assertEquals(404, api.get("/api/articles/{id}", "api/articles/0").statusCode());
      assertEquals(415, api.post("/api/articles", "api/articles", "image/png", "x", token).statusCode());
      api.get("/api/openapi.json", "api/openapi.json");
      assertEquals(": connected", api.stream("/api/stream", "api/stream"));
      assertTrue(api.get("/", "").body().contains("/assets/app.js"));
      api.get("/assets/app.js", "assets/app.js");
      api.get("/assets/app.css", "assets/app.css");
    }
    assertEquals(api.documented(), api.called, "every documented operation is tested");

    // Restarted on the same folder: nothing pending, nothing analysed again.
    try (Server again = Server.start(config, new PrintWriter(log))) {
      assertEquals(0, again.live().status().pending());
      Thread.sleep(1500);
      assertEquals(0, again.live().status().articlesDone());
    }
    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      for (String id : articleIds) {
        assertTrue(store.getDerived(LedgerRun.ANALYSIS_KIND, id).isPresent());
      }
    }
  }
}
