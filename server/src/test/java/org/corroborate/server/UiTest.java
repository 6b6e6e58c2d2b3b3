package org.corroborate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled UI (policy, no inline script, no markup built from data) and the live-update stream. */
class UiTest extends ServerFixture {
  @Test
  void pageAndAssetsAreServedUnderAStrictPolicy() throws Exception {
    HttpResponse<String> page = api.get("/", "");
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
    String html = page.body();
    assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(html).find(), "inline script");
    assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "inline handler");
    assertFalse(html.contains("http://") || html.contains("https://"), "every asset is bundled");
    String js = api.get("/assets/app.js", "assets/app.js").body();
    for (String sink : new String[] {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("}) {
      assertFalse(js.contains(sink), "the script builds markup with " + sink);
    }
    assertTrue(api.get("/assets/app.css", "assets/app.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
  }

  @Test
  void anUploadIsAnnouncedOnTheStream() throws Exception {
    HttpResponse<InputStream> resp = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.url().resolve("api/stream")).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, resp.statusCode());
    BlockingQueue<String> lines = new ArrayBlockingQueue<>(100);
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
        String l;
        while ((l = in.readLine()) != null) {
          lines.offer(l);
        }
      } catch (Exception e) {
        // closed at the end of the test
      }
    });
    reader.setDaemon(true);
    reader.start();
    assertEquals(": connected", lines.poll(10, TimeUnit.SECONDS));
    String token = Files.readString(server.tokenFile()).strip();
    assertEquals(202, api.post("/api/articles", "api/articles", "application/x-ndjson", jsonl(), token).statusCode());
    String line;
    do {
      line = lines.poll(30, TimeUnit.SECONDS);
    } while (line != null && !line.startsWith("data: "));
    assertTrue(line != null && line.startsWith("data: {\"events\":[\"ev-"), String.valueOf(line));
  }
}
