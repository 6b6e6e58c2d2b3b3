package org.corroborate.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.corroborate.ingest.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
  @TempDir Path dir;

  /** Writes a fictional benchmark folder: page a (gzipped), page b (plain), page c missing. */
  private void folder() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/a.html.gz")))) {
      out.write("<html><body><p>one two three four five</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("html/b.html"), "<html><body><p>alpha beta gamma delta</p></body></html>");
    Files.writeString(dir.resolve("ground-truth.json"), """
        {"a": {"articleBody": "one two three four five", "url": "https://example.org/a"},
         "b": {"articleBody": "alpha beta gamma delta epsilon", "url": "https://example.org/b", "extra": 1},
         "c": {"articleBody": "never fetched page text"}}
        """);
  }

  @Test
  void scoresEveryPageOfTheGroundTruth() throws IOException {
    folder();
    // a stand-in extractor that returns the page's markup without tags: the evaluation is under test here
    ExtractionReport r = new ExtractionEvaluation((html, cs, url) -> {
      String text = new String(html, StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ").strip();
      return new HtmlPage(null, null, null, null, null, url, List.of(text), null);
    }).run(dir);
    assertEquals(3, r.pages().size());
    PageResult a = r.pages().get(0);
    assertEquals("a", a.id());
    assertEquals(1.0, a.f1(), 1e-12);
    assertEquals(FailureKind.GOOD, a.kind());
    PageResult b = r.pages().get(1);
    assertEquals(1.0, b.precision(), 1e-12);
    assertEquals(0.5, b.recall(), 1e-12); // {abgd} of {abgd, bgde}
    assertEquals(FailureKind.TOO_LITTLE, b.kind());
    PageResult c = r.pages().get(2);
    assertEquals(FailureKind.EMPTY, c.kind());
    assertNotNull(c.problem());
    // precision over a and b (c predicted nothing), recall over all three
    assertEquals(1.0, r.overall().precision(), 1e-12);
    assertEquals(0.5, r.overall().recall(), 1e-12);
    assertEquals(3, r.overall().pages());
    assertEquals(1, r.byKind().get(FailureKind.EMPTY).pages());
  }

  @Test
  void aFolderWithoutGroundTruthIsAnError() {
    assertThrows(IOException.class, () -> new ExtractionEvaluation((h, c, u) -> null).run(dir));
  }
}
