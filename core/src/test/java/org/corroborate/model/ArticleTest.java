package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
  private static final SourceRef SRC = new SourceRef("text", "a.txt", null, null, null, null);

  @Test
  void ofJoinsParagraphsAndKeepsTheirSpans() {
    Article a = Article.of(new Outlet("The Velna Courier", null), "Title", null, null, "en",
        List.of("  First paragraph. ", "", "Second one."), null, SRC);
    assertEquals("First paragraph.\n\nSecond one.", a.text());
    assertEquals(List.of(new Span(0, 16), new Span(18, 29)), a.paragraphs());
    for (Span p : a.paragraphs()) {
      assertEquals(p.of(a.text()).strip(), p.of(a.text()));
    }
  }

  @Test
  void idDependsOnTextOnlyNotOnLineWrapping() {
    Article a = Article.of(null, "T1", null, null, null, List.of("Same words here."), null, SRC);
    Article b = Article.of(null, "T2", null, null, null, List.of("Same   words\nhere."), null, SRC);
    Article c = Article.of(null, "T1", null, null, null, List.of("Other words here."), null, SRC);
    assertEquals(a.id(), b.id());
    assertNotEquals(a.id(), c.id());
    assertEquals(16, a.id().length());
  }

  @Test
  void anArticleNeedsASource() {
    assertThrows(IllegalArgumentException.class, () -> new Article("x", null, null, null, null, null,
        "t", List.of(), null, List.of(), null));
  }

  @Test
  void outletKeyPrefersDomainWithoutWww() {
    assertEquals("courier.example", new Outlet("The Courier", "www.courier.example").key());
    assertEquals("courier", new Outlet("The Courier", null).key());
    assertEquals("courier.example", new Outlet(null, "courier.example").name());
    assertThrows(IllegalArgumentException.class, () -> new Outlet(null, null));
  }

  @Test
  void spansRejectNegativeOrInvertedRanges() {
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
    Span s = new Span(2, 5);
    assertEquals(3, s.length());
    assertEquals(true, s.overlaps(new Span(4, 9)));
    assertEquals(false, s.overlaps(new Span(5, 9)));
    assertEquals(true, new Span(0, 10).contains(s));
  }
}
