package org.corroborate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RouterTest {
  private final Router router = new Router()
      .add("GET", "/api/events", r -> Response.text(200, "text/plain", "list"))
      .add("GET", "/api/events/{id}", r -> Response.text(200, "text/plain", r.var("id")))
      .add("GET", "/api/events/{id}/claims.csv", r -> Response.text(200, "text/plain", "csv"))
      .add("POST", "/api/articles", r -> Response.text(202, "text/plain", "ok"));

  @Test
  void matchesLiteralAndVariableSegments() {
    assertEquals("/api/events", router.match("GET", "/api/events").route().pattern());
    assertEquals("/api/events", router.match("GET", "/api/events/").route().pattern());
    Router.Match m = router.match("GET", "/api/events/ev-0123abcd");
    assertEquals("ev-0123abcd", m.vars().get("id"));
    assertEquals("/api/events/{id}/claims.csv", router.match("GET", "/api/events/ev-1/claims.csv").route().pattern());
  }

  @Test
  void unknownPathIs404WrongMethodIs405() {
    assertEquals(404, assertThrows(ApiException.class, () -> router.match("GET", "/api/nothing")).status());
    assertEquals(404, assertThrows(ApiException.class, () -> router.match("GET", "/api/events/a/b/c")).status());
    ApiException e = assertThrows(ApiException.class, () -> router.match("DELETE", "/api/events"));
    assertEquals(405, e.status());
    assertEquals(405, assertThrows(ApiException.class, () -> router.match("GET", "/api/articles")).status());
  }

  @Test
  void idsWithTraversalOrOddCharactersAre400() {
    for (String id : new String[] {"..", ".hidden", "a;b", "a b", "%2e%2e", "x".repeat(201)}) {
      assertEquals(400, assertThrows(ApiException.class, () -> router.match("GET", "/api/events/" + id)).status(), id);
    }
  }
}
