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
import org.corroborate.ledger.RelatedScenario;
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
 * in rank order, expands a claim to its sentences, follows a relation link to the claim it names,
 * keeps the background sentences apart and collapsed (opened when a link leads into them), and shows
 * hostile article text as text. Skipped, with a message, only when Chromium or ChromeDriver is not installed. Leaves the page
 * and a screenshot in target*&#47;report-it/.
 */
class ReportBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver driver;
  private static Path outDir;
  private static Path profile;
  private static final Ledger LEDGER = RelatedScenario.ledger();
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

    // the claims matrix: one row per claim that is not background, in rank order, the contested claim first
    List<LedgerClaim> claims = LEDGER.events().get(0).claims();
    List<LedgerClaim> ranked = claims.stream().filter(c -> !c.background()).toList();
    List<WebElement> rows = driver.findElements(By.cssSelector("table.matrix tr.claim-row"));
    assertEquals(ranked.size(), rows.size());
    assertEquals("contested", rows.get(0).getAttribute("data-status"));
    int lastRank = 0;
    for (int i = 0; i < rows.size(); i++) {
      int rank = Integer.parseInt(rows.get(i).getAttribute("data-rank"));
      assertTrue(rank > lastRank, "row " + i + " has rank " + rank + " after " + lastRank);
      lastRank = rank;
      assertTrue(rows.get(i).getText().contains(ranked.get(i).claimant().name().split(";")[0]), rows.get(i).getText());
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
    assertEquals(3, first.findElements(By.cssSelector("details.claim > div.evidence blockquote.sentence")).size(),
        "its own three sentences");
    assertEquals(2, first.findElements(By.cssSelector("details.claim div.relation blockquote.sentence")).size(),
        "and the two of the relation to the claim that denies it");
    assertTrue(first.findElement(By.cssSelector("mark.m-content")).isDisplayed());
    assertFalse(first.findElements(By.cssSelector("mark.m-cue")).isEmpty());
    assertFalse(first.findElements(By.cssSelector("mark.m-claimant")).isEmpty());

    // the inline script runs (the CSP hash matches): "Expand all" opens every claim
    driver.findElement(By.cssSelector("button[data-toggle=open]")).click();
    Number open = (Number) js("return document.querySelectorAll('details.claim[open]').length");
    assertEquals(claims.size(), open.intValue());

    // a relation link, visible without expanding, leads to the claim it names, which opens
    LedgerClaim denial = RelatedScenario.find(claims, "rebels had captured the village");
    LedgerClaim capture = RelatedScenario.find(claims, "they had captured the village");
    driver.findElement(By.cssSelector("button[data-toggle=close]")).click();
    WebElement link = driver.findElement(By.id(Format.anchor(denial.id())))
        .findElement(By.cssSelector(".rel-summary a.claim-link"));
    assertEquals("C1", link.getText());
    String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
    assertEquals(Format.anchor(capture.id()), target);
    link.click();
    assertTrue(driver.getCurrentUrl().endsWith("#" + target), driver.getCurrentUrl());
    WebElement captureRow = driver.findElement(By.id(target));
    assertTrue(captureRow.findElement(By.cssSelector("details.claim")).getAttribute("open") != null, "the target claim opens");
    WebElement reverse = captureRow.findElement(By.cssSelector("div.relation[data-type='denied by']"));
    assertTrue(reverse.isDisplayed());
    String denialId = denial.id().substring(denial.id().lastIndexOf('.') + 1);
    assertTrue(reverse.getText().contains("denied by " + denialId + ": Interior Ministry: rebels had captured the village of Marrow"),
        reverse.getText());
    assertEquals(2, reverse.findElements(By.cssSelector("blockquote.sentence mark.m-content")).size());
    // a principal with its speakers
    WebElement informed = driver.findElement(By.id(Format.anchor(RelatedScenario.find(claims, "had been informed of the raid").id())));
    assertEquals(RelatedScenario.PRINCIPAL, informed.findElement(By.cssSelector("span.principal")).getText());
    assertEquals("via " + RelatedScenario.FORMULA_SPEAKER + ", " + RelatedScenario.HOSTILE_SPEAKER,
        informed.findElement(By.cssSelector("span.via")).getText(), "the speakers as written, shown as text");

    // the background sentences: apart, collapsed, opened by a link into them
    WebElement background = driver.findElement(By.cssSelector("details.background"));
    assertEquals(null, background.getAttribute("open"), "collapsed at first");
    assertTrue(background.findElement(By.tagName("summary")).getText().startsWith("Background sentences of the outlets (1)"));
    LedgerClaim placard = RelatedScenario.find(claims, "A placard in Marrow");
    WebElement placardRow = driver.findElement(By.id(Format.anchor(placard.id())));
    assertFalse(placardRow.isDisplayed(), "hidden while the section is collapsed");
    js("location.hash = '" + Format.anchor(placard.id()) + "'");
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> placardRow.isDisplayed());
    assertTrue(background.getAttribute("open") != null, "opened by the link");

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
