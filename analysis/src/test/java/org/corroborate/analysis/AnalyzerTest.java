package org.corroborate.analysis;

import static org.corroborate.analysis.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzerTest {
  private static final Analyzer ANALYZER = new Analyzer(t -> TestDocs.doc(t, Map.of("Irena Kostal", "PERSON")),
      doc -> List.of(), AnalyzerConfig.DEFAULT.withParallelism(2));

  @Test
  void analyzeAllKeepsInputOrder() {
    List<Article> in = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      in.add(article("Outlet " + i, LocalDate.of(2025, 10, 14), "Irena Kostal visited " + (i + 2) + " villages on Monday."));
    }
    List<AnalyzedArticle> out = ANALYZER.analyzeAll(in);
    assertEquals(in.size(), out.size());
    for (int i = 0; i < in.size(); i++) {
      assertEquals(in.get(i).id(), out.get(i).article().id());
      assertEquals(i + 2, out.get(i).quantities().get(0).value());
      assertEquals(LocalDate.of(2025, 10, 13), out.get(i).dates().get(0).start());
    }
    assertTrue(ANALYZER.analyzeAll(List.of()).isEmpty());
  }

  @Test
  void annotationOfAnotherTextFailsFast() {
    Article a = article("X", null, "One text.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ANALYZER.analyze(a, TestDocs.doc("Another text.")));
    assertTrue(e.getMessage().contains(a.id()));
  }

  @Test
  void configParsesKnownKeysAndRejectsOthers() {
    AnalyzerConfig c = AnalyzerConfig.parse(Map.of("authorStatements", "false", "parallelism", "3"));
    assertEquals(false, c.authorStatements());
    assertEquals(3, c.parallelism());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> AnalyzerConfig.parse(Map.of("authorStatement", "false")));
    assertTrue(unknown.getMessage().contains("authorStatement"));
    assertThrows(IllegalArgumentException.class, () -> AnalyzerConfig.parse(Map.of("corefWindow", "0")));
    assertThrows(IllegalArgumentException.class, () -> AnalyzerConfig.parse(Map.of("parallelism", "many")));
  }

  @Test
  void printerEscapesControlCharacters() {
    Article a = article("Bad\u001b[2JOutlet", null, "Irena Kostal said 3 things.");
    StringWriter sw = new StringWriter();
    AnalysisPrinter.print(ANALYZER.analyze(a), new PrintWriter(sw));
    assertTrue(sw.toString().contains("Bad\\u001b[2JOutlet"), sw.toString());
    assertTrue(!sw.toString().contains("\u001b"));
  }

  /** Random text must never break the readers, and every span must lie inside the text. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomTextKeepsSpansInBounds(long seed) {
    Random r = new Random(seed);
    String[] words = {"said", "Irena", "Kostal", "the", "governor", ",", ".", "\"", "on", "Monday", "three", "people",
        "were", "wounded", "reportedly", "not", "independently", "confirmed", "in", "March", "2024", "$", "5", "km",
        "-", "it", "he", "she", "they", "Kyiv", "has", "denied", "according", "to", "TASS", "citing", "\n\n", "“", "”"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    Article a = article("Fuzz", LocalDate.of(2025, 10, 14), sb.toString().split("\n\n"));
    String text = a.text();
    Analyzer withAttributions = new Analyzer(t -> TestDocs.doc(t, Map.of("Irena Kostal", "PERSON", "Kyiv", "LOCATION")),
        doc -> randomAttributions(doc.text(), r), AnalyzerConfig.DEFAULT.withParallelism(1));
    AnalyzedArticle out = withAttributions.analyze(a);
    out.statements().forEach(s -> {
      inBounds(s.content(), text);
      if (s.cue() != null) {
        inBounds(s.cue(), text);
      }
      s.hedges().forEach(h -> inBounds(h.span(), text));
    });
    out.entities().forEach(e -> e.mentions().forEach(m -> {
      inBounds(m.span(), text);
      assertEquals(m.text(), m.span().of(text));
    }));
    out.quantities().forEach(q -> assertEquals(q.text(), q.span().of(text)));
    out.dates().forEach(d -> assertEquals(d.text(), d.span().of(text)));
  }

  private static List<org.corroborate.analysis.attribution.Attribution> randomAttributions(String text, Random r) {
    List<org.corroborate.analysis.attribution.Attribution> out = new ArrayList<>();
    int at = text.indexOf("said");
    while (at >= 0) {
      int s = Math.max(0, at - 1 - r.nextInt(15));
      int e = Math.min(text.length(), at + 5 + r.nextInt(30));
      out.add(new org.corroborate.analysis.attribution.Attribution(List.of(new Span(s, at)), List.of(new Span(at, at + 4)),
          List.of(new Span(Math.min(at + 5, e), e)), false, 0));
      at = text.indexOf("said", at + 4);
    }
    return out;
  }

  private static void inBounds(Span s, String text) {
    assertTrue(s.end() <= text.length(), s + " beyond " + text.length());
  }
}
