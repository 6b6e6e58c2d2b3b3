package org.corroborate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import org.corroborate.util.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium against a server started on a free loopback port with the real
 * models: search, open an event, a claim, land on the statement in its article; an article titled
 * {@code <img src=x onerror=alert(1)>} shows as text; a new upload updates the open list live. Skipped,
 * with a message, only when Chromium or ChromeDriver is not installed. Screenshots (desktop and phone
 * width) are left in target&#47;ui-it/.
 */
class UiBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  @TempDir Path dir;

  @Test
  void searchEventClaimArticleLiveAndEscaped() throws Exception {
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium not installed: run `apt-get update && apt-get install -y chromium chromium-driver` to run the browser test");
    Path testClasses = Path.of(UiBrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path shots = testClasses.getParent().resolve("ui-it");
    Files.createDirectories(shots);
    ServerConfig config = new ServerConfig(dir.resolve("data"), "127.0.0.1", 0, null, ServerConfig.DEFAULT_MAX_BODY);
    StringWriter log = new StringWriter();
    ChromeDriver driver = null;
    try (Server server = Server.start(config, new PrintWriter(log))) {
      OpenApiCheck api = new OpenApiCheck(server.url());
      String token = Files.readString(server.tokenFile()).strip();
      String xssId = null;
      for (String[] up : new String[][] {{"application/json", ServeIT.JSON_ARRAY}, {"text/html", ServeIT.HTML},
          {"application/x-ndjson", "{\"title\": \"" + ServerFixture.XSS + "\", \"outlet\": \"Esk Valley Times\","
              + " \"published\": \"2025-05-09T08:00:00Z\", \"text\": \"Engineers began work on the Tarrow bridge piers on"
              + " Friday, council leader Mara Linde said. <script>alert(2)</script> The work will take three months.\"}"}}) {
        HttpResponse<String> r = api.post("/api/articles", "api/articles", up[0], up[1], token);
        assertEquals(202, r.statusCode(), r.body());
        if (up[1].contains(ServerFixture.XSS)) {
          xssId = Json.mapper().readTree(r.body()).path("accepted").path(0).path("id").asText();
        }
      }
      long end = System.currentTimeMillis() + 600_000;
      while (!server.live().idle() && System.currentTimeMillis() < end) {
        Thread.sleep(200);
      }
      assertTrue(server.live().idle(), "analysis did not finish: " + log);

      Path profile = Files.createTempDirectory(dir, "chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--user-data-dir=" + profile, "--window-size=1280,1000");
      driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort().build(), options);
      ChromeDriver d = driver;
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      String base = server.url().toString();

      d.get(base);
      wait.until(x -> x.findElement(By.cssSelector("main h1")).getText().startsWith("Events"));
      shot(d, shots, "list");
      d.findElement(By.id("q")).sendKeys("Linde");
      d.findElement(By.cssSelector("#search button")).click();
      wait.until(x -> x.findElements(By.xpath("//h2[starts-with(., 'Best matches')]")).size() == 1);
      assertTrue(d.getCurrentUrl().endsWith("#/?q=Linde"), d.getCurrentUrl());
      shot(d, shots, "search");
      d.findElement(By.cssSelector("main ul.list li a[href^='#/events/']")).click();
      wait.until(x -> x.findElements(By.xpath("//h2[starts-with(., 'Claims')]")).size() == 1);
      String eventUrl = d.getCurrentUrl();
      shot(d, shots, "event");
      d.findElement(By.cssSelector("main ul.list li a[href^='#/claims/']")).click();
      wait.until(x -> x.findElements(By.xpath("//h2[starts-with(., 'Sentences')]")).size() == 1);
      shot(d, shots, "claim");
      String sentence = d.findElement(By.cssSelector("blockquote mark")).getText();
      d.findElement(By.linkText("in the article")).click();
      wait.until(x -> x.findElements(By.cssSelector("mark.statement")).size() == 1);
      Object focused = ((JavascriptExecutor) d).executeScript("return document.activeElement.id");
      assertEquals("statement", focused, "the view lands on the statement");
      String statement = d.findElement(By.cssSelector("mark.statement")).getText();
      assertTrue(sentence.contains(statement.strip().substring(0, Math.min(20, statement.strip().length()))),
          sentence + " / " + statement);
      shot(d, shots, "article");
      d.manage().window().setSize(new Dimension(390, 844));
      Thread.sleep(300);
      shot(d, shots, "article-phone");

      d.get(base + "#/articles/" + xssId);
      wait.until(x -> x.findElement(By.cssSelector("main h1")).getText().equals(ServerFixture.XSS));
      assertEquals(0, d.findElements(By.cssSelector("main img, main script")).size());
      String apiText = Json.mapper().readTree(api.get("/api/articles/{id}", "api/articles/" + xssId).body()).path("text").asText();
      assertEquals(apiText.replaceAll("\\s+", " ").strip(),
          d.findElement(By.cssSelector(".article-text")).getText().replaceAll("\\s+", " ").strip(), "the text as stored, as text");
      try {
        d.switchTo().alert();
        throw new AssertionError("an alert opened: article text ran as script");
      } catch (NoAlertPresentException expected) {
        // shown as text
      }
      shot(d, shots, "xss-phone");
      d.manage().window().setSize(new Dimension(1280, 1000));

      d.get(eventUrl);
      wait.until(x -> x.findElements(By.xpath("//h2[starts-with(., 'Claims')]")).size() == 1);
      assertEquals("", d.findElement(By.id("live")).getText());
      HttpResponse<String> r = api.post("/api/articles", "api/articles", "text/plain",
          "Tarrow bridge: union repeats warning\n\nQuellmark Herald\nMay 10, 2025\n\nThe engineers' union said on Saturday"
              + " that the cracks in the Tarrow bridge piers had been reported to the ministry in 2023, and council leader"
              + " Mara Linde said the bridge would stay closed.", token);
      assertEquals(202, r.statusCode());
      new WebDriverWait(d, Duration.ofSeconds(120)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(x -> x.findElement(By.id("live")).getText().startsWith("updated"));
      JsonNode health = Json.mapper().readTree(api.get("/api/health", "api/health").body());
      assertFalse(health.path("analysed").asInt() < 5, health.toString());
    } finally {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  private static void shot(ChromeDriver d, Path dir, String name) throws Exception {
    File f = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
