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
 * A server on an ephemeral loopback port with a light analyser (no models: an empty analysis per
 * article) and the word-only ledger, started before and closed after each test; fictional uploads.
 */
abstract class ServerFixture {
  static final String XSS = "<img src=x onerror=alert(1)>";
  @TempDir Path dir;
  Server server;
  OpenApiCheck api;
  final AtomicInteger analysed = new AtomicInteger();

  ArticleAnalyzer light() {
    return new ArticleAnalyzer() {
      @Override
      public AnalyzedArticle analyze(Article a) {
        analysed.incrementAndGet();
        return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of());
      }

      @Override
      public int parallelism() {
        return 1;
      }
    };
  }

  Server start() throws Exception {
    ServerConfig config = new ServerConfig(dir.resolve("data"), "127.0.0.1", 0, null, 64 * 1024);
    return Server.start(config, this::light, (g, al) -> new LedgerBuilder(LedgerConfig.defaults()).buildLedger(g, al),
        new PrintWriter(new StringWriter()));
  }

  @BeforeEach
  void up() throws Exception {
    server = start();
    api = new OpenApiCheck(server.url());
  }

  @AfterEach
  void down() {
    server.close();
  }

  String token() throws Exception {
    return Files.readString(server.tokenFile()).strip();
  }

  static String jsonl() {
    return String.join("\n",
        "{\"title\": \"Ferry service to Ostrel island suspended after storm\", \"outlet\": \"Harbour Bell\","
            + " \"published\": \"2025-04-02T08:00:00Z\", \"text\": \"The ferry link between Pellan and Ostrel island"
            + " was suspended on Wednesday after a storm damaged the landing stage. The harbour master said repairs"
            + " would take at least a week. Islanders queued at the quay for news of the supply boat.\"}",
        "{\"title\": \"" + XSS + "\", \"outlet\": \"Pellan Courier\", \"published\": \"2025-04-02T09:30:00Z\","
            + " \"text\": \"Storm damage closed the Ostrel ferry landing stage, the harbour master said on Wednesday."
            + " <script>alert(2)</script> Repairs to the landing stage at Pellan will take a week, he said.\"}",
        "{not json at all");
  }

  static void waitIdle(Server s) throws InterruptedException {
    long end = System.currentTimeMillis() + 60_000;
    while (!s.live().idle() && System.currentTimeMillis() < end) {
      Thread.sleep(50);
    }
    assertTrue(s.live().idle(), "the pipeline did not finish in time");
  }

}
