package org.corroborate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.corroborate.ledger.ClaimStatus;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerClaim;
import org.corroborate.ledger.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The report in a real headless Chromium (Debian's chromium and chromium-driver): it loads from
 * file://, logs no console error (a blocked script or CSP violation would), shows the claims matrix
 * with contested claims first, expands a claim to its sentences, and shows hostile article text as
 * text. Skipped, with a message, only when Chromium or ChromeDriver is not installed. Leaves the page
 * and a screenshot in target*&#47;report-it/.
 */
class ReportBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver driver;
  private static Path outDir;
  private static Path profile;
  private static final Ledger LEDGER = Scenario.ledger();
  /** Kept so the level holds: Selenium warns that it has no CDP module for this Chromium, which we do not use. */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  @BeforeAll
  static void start() throws Exception {
    SELENIUM_LOG.setLevel(Level.SEVERE);
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium not installed: run `apt-get update && apt-get install -y chromium chromium-driver` to run the browser test");
    Path testClasses = Path.of(ReportBrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    outDir = testClasses.getParent().resolve("report-it");
    Files.createDirectories(outDir);
    profile = Files.createTempDirectory("corroborate-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,2200");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static Path load() throws Exception {
    Path page = outDir.resolve("report.html");
    ReportRenderer.render(LEDGER, page);
    driver.get(page.toUri().toString());
    return page;
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  @Test
  void theReportWorksInABrowser() throws Exception {
    Path page = load();
    assertTrue(driver.getCurrentUrl().startsWith("file:"), driver.getCurrentUrl());
    assertEquals("Corroborate ledger", driver.getTitle());

    // the claims matrix: one row per claim, in the ledger's order, contested first
    List<LedgerClaim> claims = LEDGER.events().get(0).claims();
    List<WebElement> rows = driver.findElements(By.cssSelector("table.matrix tr.claim-row"));
    assertEquals(claims.size(), rows.size());
    assertEquals("contested", rows.get(0).getAttribute("data-status"));
    int lastRank = -1;
    for (int i = 0; i < rows.size(); i++) {
      String status = rows.get(i).getAttribute("data-status");
      int rank = List.of(ClaimStatus.values()).stream().map(ClaimStatus::label).toList().indexOf(status);
      assertTrue(rank >= lastRank, "row " + i + " (" + status + ") comes after a lower-precedence status");
      lastRank = rank;
      assertTrue(rows.get(i).getText().contains(claims.get(i).claimant().name().split(";")[0]), rows.get(i).getText());
    }
    // outlet columns: the four outlets
    List<String> headers = driver.findElements(By.cssSelector("table.matrix thead th")).stream().map(WebElement::getText).toList();
    assertTrue(headers.containsAll(List.of("Northern Herald", "Valley Times", "Coast Daily", "Lakeside Post")), headers.toString());

    // expanding the first (contested) claim shows its sentences with the parts highlighted
    WebElement first = rows.get(0);
    WebElement sentence = first.findElement(By.cssSelector("blockquote.sentence"));
    assertFalse(sentence.isDisplayed(), "collapsed at first");
    first.findElement(By.cssSelector("details.claim > summary")).click();
    assertTrue(sentence.isDisplayed(), "expanded after a click");
    assertTrue(sentence.getText().contains("captured the village of Marrow"), sentence.getText());
    assertEquals(3, first.findElements(By.cssSelector("blockquote.sentence")).size());
    assertTrue(first.findElement(By.cssSelector("mark.m-content")).isDisplayed());
    assertFalse(first.findElements(By.cssSelector("mark.m-cue")).isEmpty());
    assertFalse(first.findElements(By.cssSelector("mark.m-claimant")).isEmpty());

    // the inline script runs (the CSP hash matches): "Expand all" opens every claim
    driver.findElement(By.cssSelector("button[data-toggle=open]")).click();
    Number open = (Number) js("return document.querySelectorAll('details.claim[open]').length");
    assertEquals(claims.size(), open.intValue());

    // hostile text is shown as text; nothing from it ran or became an element
    List<String> titles = driver.findElements(By.cssSelector(".article-title")).stream().map(WebElement::getText).toList();
    assertTrue(titles.contains(Scenario.HOSTILE_TITLE), titles.toString());
    assertEquals(0L, ((Number) js("return document.querySelectorAll('img, iframe, object, embed').length")).longValue());
    assertEquals(1L, ((Number) js("return document.scripts.length")).longValue());
    assertEquals(Boolean.TRUE, js("return typeof window.__pwned === 'undefined'"));
    assertTrue(driver.findElement(By.tagName("body")).getText().contains(Scenario.HOSTILE_TEXT));

    // disagreements and framing are there
    assertFalse(driver.findElements(By.cssSelector("li.disagreement[data-kind=number]")).isEmpty());
    assertTrue(driver.findElement(By.cssSelector("table.framing")).getText().contains("terrorist organisation"));

    // no console errors (a CSP violation, a script error or a failed load would log one)
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertTrue(errors.isEmpty(), errors.toString());

    // a screenshot of the expanded page, for a person to look at
    driver.manage().window().setSize(new Dimension(1400, 2200));
    Path png = outDir.resolve("report.png");
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);
    js("document.querySelector('ul.disagreements').scrollIntoView()");
    Path bottom = outDir.resolve("report-disagreements.png");
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), bottom, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(page) > 0);
  }
}
