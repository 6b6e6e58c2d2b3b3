package org.corroborate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "</script><img src=x onerror=alert(1)>",
      "\"><svg onload=alert(1)>",
      "' onmouseover='alert(1)",
      "<!-- --><script>alert(1)</script>",
      "&lt;already escaped&gt; & raw <b>",
      "<style>body{display:none}</style>",
      "]]><![CDATA[<x>"})
  void hostileStringsCannotOpenOrCloseMarkup(String hostile) {
    String out = Html.text(hostile);
    assertFalse(out.contains("<"), out);
    assertFalse(out.contains(">"), out);
    assertFalse(out.contains("\""), out);
    assertFalse(out.contains("'"), out);
    assertEquals(hostile, unescape(out), "escaping must lose nothing");
  }

  @Test
  void exactEntities() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", Html.text("<a href=\"x\">Tom & Jerry's</a>"));
    assertEquals("", Html.text(null));
    assertEquals("ab\tc\n", Html.text("a\u0000b\tc\n\u0007"));
    assertEquals("x\uD83D\uDE00y", Html.text("x\uD83D\uDE00y"), "valid surrogate pairs stay");
    assertEquals("xy", Html.text("x\uD800y"), "lone surrogates go");
  }

  @Test
  void highlightEscapesEverySegmentAndPrefersHigherPriority() {
    String s = "Gov <X> said \"8 hurt\" reportedly";
    String out = Html.highlight(s, List.of(
        new Html.Mark(0, 7, "m-claimant", "claimant", 2),
        new Html.Mark(8, 12, "m-cue", "cue", 3),
        new Html.Mark(13, 32, "m-content", "content", 1),
        new Html.Mark(22, 32, "m-hedge", "hedge", 4),
        new Html.Mark(-5, 999, "m-x", "clipped<\"", 0)));
    assertTrue(out.startsWith("<mark class=\"m-claimant\" title=\"claimant\">Gov &lt;X&gt;</mark>"), out);
    assertTrue(out.contains("<mark class=\"m-cue\" title=\"cue\">said</mark>"), out);
    assertTrue(out.contains("<mark class=\"m-hedge\" title=\"hedge\">reportedly</mark>"), out);
    assertTrue(out.contains("&quot;8 hurt&quot;"), out);
    assertEquals(s, unescape(out.replaceAll("<[^>]*>", "")));
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 17, 99})
  void randomTextWithRandomMarksRoundTrips(long seed) {
    Random r = new Random(seed);
    String alphabet = "ab <>&\"'\n\u00e9\u2019";
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(30);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      List<Html.Mark> marks = List.of(
          new Html.Mark(r.nextInt(n + 1), r.nextInt(n + 1) + n / 2, "a", "a", r.nextInt(3)),
          new Html.Mark(r.nextInt(n + 1), r.nextInt(n + 1), "b", "b", r.nextInt(3)));
      String out = Html.highlight(s, marks);
      assertEquals(s, unescape(out.replaceAll("<[^>]*>", "")), "seed " + seed + " text " + s);
      assertEquals(count(out, "<mark"), count(out, "</mark>"));
    }
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
