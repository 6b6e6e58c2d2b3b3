package org.corroborate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {
  private static ApiException bad(Runnable r) {
    ApiException e = assertThrows(ApiException.class, r::run);
    assertEquals(400, e.status());
    return e;
  }

  @Test
  void pagingDefaultsAndBounds() {
    Params p = Params.parse("");
    assertEquals(Params.DEFAULT_LIMIT, p.limit());
    assertEquals(0, p.offset());
    assertEquals(500, Params.parse("limit=500").limit());
    assertEquals(7, Params.parse("offset=7").offset());
    for (String q : new String[] {"limit=0", "limit=501", "limit=-1", "limit=abc", "limit=", "limit=1e3",
        "limit=99999999999", "offset=-1", "offset=1000001", "offset=x"}) {
      String name = q.substring(0, q.indexOf('='));
      ApiException e = bad(() -> {
        Params p2 = Params.parse(q);
        if (name.equals("limit")) {
          p2.limit();
        } else {
          p2.offset();
        }
      });
      assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
    }
  }

  @Test
  void filtersAreValidated() {
    assertEquals("contested", Params.parse("status=contested").status());
    assertTrue(bad(() -> Params.parse("status=true").status()).getMessage().contains("single-source"));
    assertEquals(Instant.parse("2025-03-01T00:00:00Z"), Params.parse("from=2025-03-01").time("from", false));
    assertEquals(Instant.parse("2025-03-01T23:59:59.999Z"), Params.parse("to=2025-03-01").time("to", true));
    assertEquals(Instant.parse("2025-03-01T10:00:00Z"), Params.parse("from=2025-03-01T10:00:00Z").time("from", false));
    bad(() -> Params.parse("from=yesterday").time("from", false));
    bad(() -> Params.parse("actor=../etc").id("actor"));
    bad(() -> Params.parse("q=" + "x".repeat(501)).text("q"));
    assertNull(Params.parse("q=%20%20").text("q"));
    assertEquals("a b", Params.parse("q=a+b").text("q"));
  }

  @Test
  void duplicateUnknownAndMalformedParametersAre400() {
    bad(() -> Params.parse("limit=1&limit=2"));
    bad(() -> Params.parse("q=%zz"));
    assertTrue(bad(() -> Params.parse("limt=5").allow(Set.of("limit", "offset"))).getMessage().contains("limt"));
  }

  @Test
  void searchWordsNeverReachFts5Syntax() {
    assertEquals("\"river\"*", Search.matchExpression("river"));
    assertEquals("\"flood\" \"NEAR\" \"bridge\"*", Search.matchExpression("flood NEAR( bridge"));
    assertEquals("\"a\" \"OR\" \"b\"*", Search.matchExpression("\"a\" OR b*"));
    bad(() -> Search.matchExpression("*\"()^:"));
  }

  @Test
  void snippetMarksBecomeSegments() {
    var segs = Search.segments("x \u0002river\u0003 <b>y</b>");
    assertEquals(3, segs.size());
    assertEquals(true, segs.get(1).get("match"));
    assertEquals("river", segs.get(1).get("text"));
    assertEquals(" <b>y</b>", segs.get(2).get("text"));
  }
}
