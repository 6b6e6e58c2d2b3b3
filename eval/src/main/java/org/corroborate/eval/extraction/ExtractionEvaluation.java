package org.corroborate.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.corroborate.ingest.html.HtmlExtractor;
import org.corroborate.ingest.html.HtmlPage;
import org.corroborate.util.Json;

/**
 * Runs an {@link HtmlExtractor} over an article-extraction folder and scores it with
 * {@link ShingleMetric}. The folder holds {@code ground-truth.json} (page id to an object with
 * {@code articleBody} and {@code url}) and {@code html/ID.html.gz} (or {@code html/ID.html}). The
 * gold text is only compared with, never shown to the extractor; the page URL is passed as a crawler
 * would know it. A page whose file is missing or unreadable is scored as an empty extraction and its
 * reason kept in {@link PageResult#problem()}.
 */
public final class ExtractionEvaluation {
  private final HtmlExtractor extractor;

  public ExtractionEvaluation(HtmlExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * @throws IOException if the folder or its ground-truth.json cannot be read or parsed
   */
  public ExtractionReport run(Path dir) throws IOException {
    Path truth = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) {
      throw new IOException("no ground-truth.json in " + dir);
    }
    JsonNode root = Json.mapper().readTree(truth.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(truth + " is not a JSON object of page ids");
    }
    Map<String, JsonNode> byId = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      byId.put(e.getKey(), e.getValue());
    }
    List<PageResult> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
      String id = e.getKey();
      String expected = e.getValue().path("articleBody").asText("");
      String url = e.getValue().path("url").isTextual() ? e.getValue().path("url").asText() : null;
      byte[] html;
      try {
        html = readPage(dir.resolve("html"), id);
      } catch (IOException ex) {
        pages.add(PageResult.of(id, url, expected, "", "unreadable page: " + ex.getMessage()));
        continue;
      }
      if (html == null) {
        pages.add(PageResult.of(id, url, expected, "", "no html file for this id"));
        continue;
      }
      HtmlPage page = extractor.extract(html, null, url);
      pages.add(PageResult.of(id, url, expected, String.join("\n\n", page.paragraphs()), page.problem()));
    }
    return ExtractionReport.of(pages);
  }

  private static byte[] readPage(Path htmlDir, String id) throws IOException {
    Path gz = htmlDir.resolve(id + ".html.gz");
    if (Files.isRegularFile(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    Path plain = htmlDir.resolve(id + ".html");
    if (Files.isRegularFile(plain)) {
      return Files.readAllBytes(plain);
    }
    return null;
  }
}
