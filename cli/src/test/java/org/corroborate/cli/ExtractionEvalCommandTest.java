package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalCommandTest {
  @TempDir Path dir;

  @Test
  void printsKindsAndEndsWithTheFiguresLine() throws Exception {
    Files.createDirectories(dir.resolve("html"));
    String html = "<html><head><title>Ferry | Courier</title></head><body><nav><a href='/'>Home</a></nav>"
        + "<article><p>The night ferry to Orwen ran late again on Sunday, the operator said, blaming fog.</p>"
        + "<p>Passengers waited two hours at the pier, and some slept in their cars until dawn.</p></article></body></html>";
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"The night ferry to Orwen ran late again"
        + " on Sunday, the operator said, blaming fog.\\nPassengers waited two hours at the pier, and some slept in their"
        + " cars until dawn.\", \"url\": \"https://courier.example/ferry\"}}");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path json = dir.resolve("fig.json");
    Path perPage = dir.resolve("pages.tsv");
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(
        "eval", "extraction", dir.toString(), "--json", json.toString(), "--per-page", perPage.toString());
    assertEquals(0, code, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals("extraction: f1=1.000 precision=1.000 recall=1.000 pages=1", lines.get(lines.size() - 1));
    assertTrue(out.toString().contains("GOOD"), out.toString());
    assertTrue(Files.readString(json).contains("\"f1\""));
    assertEquals(2, Files.readAllLines(perPage).size());
  }

  @Test
  void aMissingFolderIsBadUsage() {
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .execute("eval", "extraction", dir.resolve("nope").toString());
    assertEquals(2, code);
  }
}
