package org.corroborate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ledger.Aliases;
import org.corroborate.ledger.EventGroup;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerBuilder;
import org.corroborate.ledger.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {
  private final Ledger ledger = Scenario.ledger();
  private final String html = ReportRenderer.renderToString(ledger);

  @Test
  void hostileArticleTextIsEscaped() {
    assertFalse(html.contains("<img"), "no element from article text");
    assertFalse(html.contains(Scenario.HOSTILE_TEXT), "no raw script from article text");
    assertTrue(html.contains(Html.text(Scenario.HOSTILE_TITLE)));
    assertTrue(html.contains("&lt;script&gt;window[&#39;__pwned&#39;]=2&lt;/script&gt;"));
    // exactly one script element: ours
    assertEquals(1, count(html, "<script"));
  }

  @Test
  void selfContainedAndLockedDown() {
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no network references");
    assertFalse(html.contains("<link"));
    Matcher csp = Pattern.compile("script-src '(sha256-[^']+)'").matcher(html);
    assertTrue(csp.find());
    Matcher script = Pattern.compile("(?s)<script>(.*?)</script>").matcher(html);
    assertTrue(script.find());
    assertEquals(Format.sha256(script.group(1)), csp.group(1), "the CSP hash allows exactly our script");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
  }

  @Test
  void claimsMatrixRowsInLedgerOrder() {
    List<String> statuses = Pattern.compile("<tr class=\"claim-row\" id=\"[^\"]+\" data-status=\"([a-z-]+)\"")
        .matcher(html).results().map(m -> m.group(1)).toList();
    // background claims are listed apart, under the matrix
    List<org.corroborate.ledger.LedgerClaim> shown = ledger.events().get(0).claims().stream().filter(c -> !c.background()).toList();
    assertTrue(shown.size() < ledger.events().get(0).claims().size(), "the scenario has a background sentence");
    assertEquals(shown.size(), statuses.size());
    assertEquals("contested", statuses.get(0));
    assertEquals(shown.stream().map(c -> c.status().label()).toList(), statuses);
    assertTrue(html.contains("<mark class=\"m-cue\" title=\"cue\">denied</mark>"));
    assertTrue(html.contains("people wounded"));
    assertTrue(html.contains("<strong>Interior Ministry</strong>: <q>rebels had captured the village of Marrow</q>")
        && html.contains("<span class=\"rel-type\">denied by</span>"), "a contested claim shows the denial next to it");
    assertTrue(html.contains("terrorist organisation"));
  }

  @Test
  void emptyLedgerStillRenders(@TempDir Path dir) throws Exception {
    Ledger empty = LedgerBuilder.build(List.of(new EventGroup("e", List.of())), Aliases.none());
    Path f = dir.resolve("sub/report.html");
    ReportRenderer.render(empty, f);
    String s = Files.readString(f);
    assertTrue(s.contains("No claims were found"));
    assertTrue(s.endsWith("</html>\n"));
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aDayOnlyTimeShowsTheDayAndAClockTimeShowsHoursAndMinutes() {
    assertEquals("2023-05-22", Format.when(java.time.Instant.parse("2023-05-22T00:00:00Z")));
    assertEquals("2023-05-22 14:05 UTC", Format.when(java.time.Instant.parse("2023-05-22T14:05:00Z")));
  }
}
