package org.corroborate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerClaim;
import org.corroborate.ledger.RelatedScenario;
import org.corroborate.ledger.Scenario;
import org.junit.jupiter.api.Test;

/** The report's claim sections: relations both ways with evidence, principals and speakers, background apart, rank order, bounds. */
class ReportRelationsTest {
  private final Ledger ledger = RelatedScenario.ledger();
  private final List<LedgerClaim> claims = ledger.events().get(0).claims();
  private final String html = ReportRenderer.renderToString(ledger);
  private final LedgerClaim capture = RelatedScenario.find(claims, "they had captured the village");
  private final LedgerClaim denial = RelatedScenario.find(claims, "rebels had captured the village");
  private final LedgerClaim eight = RelatedScenario.find(claims, "eight people were wounded");
  private final LedgerClaim nine = RelatedScenario.find(claims, "nine people were injured");
  private final LedgerClaim placard = RelatedScenario.find(claims, "A placard in Marrow");

  @Test
  void aRelationLinksToItsTargetAndShowsBothSentences() {
    String row = row(html, denial.id());
    String relation = between(row, "<div class=\"relation rel-denies\" data-type=\"denies\" data-claim=\"" + capture.id() + "\">", "</div>\n</div>");
    assertTrue(relation.contains("<a class=\"claim-link\" href=\"#" + Format.anchor(capture.id()) + "\""), relation);
    assertTrue(relation.contains(">C1</a>: <strong>Free Valley Brigade</strong>: <q>they had captured the village of Marrow near the border</q>"), relation);
    assertTrue(relation.contains("The Interior Ministry denies the capture the brigade claims."), relation);
    assertEquals(2, count(relation, "<blockquote class=\"sentence\">"), "both statements' sentences: " + relation);
    assertTrue(relation.contains("<mark class=\"m-content\" title=\"content\">rebels had captured the village of Marrow</mark>"), relation);
    assertTrue(relation.contains("<mark class=\"m-content\" title=\"content\">they had captured the village of Marrow near the border</mark>"), relation);
    assertTrue(relation.indexOf("<span class=\"ev-claim\">C7</span>") < relation.indexOf("<span class=\"ev-claim\">C1</span>"),
        "each sentence is labelled with its claim, the denial's first: " + relation);
    // the summary under the claim text, visible without expanding
    assertTrue(row.contains("<div class=\"rel-summary small\"><span class=\"rel-denies\">denies</span> <a class=\"claim-link\" href=\"#"
        + Format.anchor(capture.id()) + "\""), row);
  }

  @Test
  void theTargetShowsTheReverseDirection() {
    String row = row(html, capture.id());
    assertTrue(row.contains("<div class=\"relation rel-denies\" data-type=\"denied by\" data-claim=\"" + denial.id() + "\">"), row);
    assertTrue(row.contains("<span class=\"rel-denies\">denied by</span> <a class=\"claim-link\" href=\"#" + Format.anchor(denial.id()) + "\""), row);
    assertFalse(row.contains("<p class=\"small contest\">"), "a contest the relation covers is not repeated: " + row);
    String eightRow = row(html, eight.id());
    assertTrue(eightRow.contains("data-type=\"contradicted by\" data-claim=\"" + nine.id() + "\""), eightRow);
  }

  @Test
  void everyInPageLinkResolvesToAnElement() {
    Set<String> ids = new HashSet<>();
    Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().forEach(m -> ids.add(m.group(1)));
    List<String> hrefs = Pattern.compile("href=\"#([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
    assertTrue(hrefs.size() >= 6, hrefs.toString());
    for (String h : hrefs) {
      assertTrue(ids.contains(h), "link #" + h + " has no element");
    }
  }

  @Test
  void backgroundSentencesAreApartAndCollapsed() {
    assertTrue(html.contains("<details class=\"background\" id=\"id-ev1-background\"><summary>"), "a background section");
    assertFalse(html.contains("<details class=\"background\" open"), "collapsed");
    String section = html.substring(html.indexOf("<details class=\"background\""), html.indexOf("<h3>Where outlets disagree</h3>"));
    assertTrue(section.contains("<summary>Background sentences of the outlets (1)</summary>"), section);
    assertTrue(section.contains("<tr class=\"background-row\" id=\"" + Format.anchor(placard.id()) + "\""), section);
    assertTrue(section.contains("&lt;script&gt;window[&#39;__pwned&#39;]=2&lt;/script&gt;"), "escaped in the background too");
    List<String> matrixIds = Pattern.compile("<tr class=\"claim-row\" id=\"id-([^\"]+)\"").matcher(html).results().map(x -> x.group(1)).toList();
    assertEquals(claims.size() - 1, matrixIds.size());
    assertFalse(matrixIds.contains(placard.id()), "a background claim is not in the matrix");
    assertTrue(html.contains("and 1 background sentence</span>"));
  }

  @Test
  void principalWithSpeakersAndHostileFieldsAreEscaped() {
    String row = row(html, RelatedScenario.find(claims, "had been informed of the raid").id());
    assertTrue(row.contains("<span class=\"principal\">Office of the President</span> <span class=\"via small\">via "
        + Html.text(RelatedScenario.FORMULA_SPEAKER + ", " + RelatedScenario.HOSTILE_SPEAKER) + "</span>"), row);
    assertFalse(html.contains("<script>window.__pwned"), "no raw script from a speaker or a reason");
    assertTrue(html.contains(Html.text(RelatedScenario.HOSTILE_REASON)));
    assertEquals(1, count(html, "<script"), "exactly one script element: ours");
    assertFalse(html.contains("href=\"http"), "a speaker's formula makes no link");
  }

  @Test
  void speakersEqualToThePrincipalAreNotRepeated() {
    LedgerClaim c = claims.get(0);
    StringBuilder b = new StringBuilder();
    ClaimRenderer.claimant(b, RelatedScenario.with(c, new LedgerClaim.ClaimantRef("named", "the Kremlin", null,
        List.of("The  Kremlin", "Dmitry Peskov", "Dmitry Peskov")), List.of(), 1, false));
    assertEquals("<span class=\"principal\">the Kremlin</span> <span class=\"via small\">via Dmitry Peskov</span>", b.toString());
  }

  @Test
  void matrixRowsFollowRankWhateverTheListOrder() {
    List<LedgerClaim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(20310402L));
    String page = ReportRenderer.renderToString(RelatedScenario.withClaims(ledger, shuffled));
    List<Integer> ranks = Pattern.compile("<tr class=\"claim-row\" id=\"[^\"]+\" data-status=\"[a-z-]+\" data-rank=\"(\\d+)\"")
        .matcher(page).results().map(m -> Integer.parseInt(m.group(1))).toList();
    List<Integer> sorted = new ArrayList<>(ranks);
    Collections.sort(sorted);
    assertEquals(sorted, ranks);
    assertEquals(claims.size() - 1, ranks.size());
  }

  @Test
  void aLargeEventIsBoundedAndItsLinksStillResolve() {
    // 3,000 claims built from the scenario's, every third relating to the one before, every tenth background
    List<LedgerClaim> base = Scenario.ledger().events().get(0).claims();
    List<LedgerClaim> many = new ArrayList<>();
    int n = 3000;
    for (int i = 1; i <= n; i++) {
      LedgerClaim c = base.get(i % base.size());
      List<LedgerClaim.Relation> rel = i == 3
          ? List.of(new LedgerClaim.Relation("denies", "ev1.C2999", "a claim far down", List.of()))
          : i % 3 == 0
          ? List.of(new LedgerClaim.Relation(i % 2 == 0 ? "denies" : "confirms", "ev1.C" + (i - 1), "reason " + i, List.of()))
          : List.of();
      many.add(RelatedScenario.with(c, "ev1.C" + i, c.claimant(), rel, i, i % 10 == 0));
    }
    ReportConfig small = new ReportConfig(50, 100, 2, 1, 1);
    String page = ReportRenderer.renderToString(RelatedScenario.withClaims(ledger, many), small);
    assertEquals(50, count(page, "<tr class=\"claim-row\""));
    assertEquals(100, count(page, "<li class=\"claim-line\""));
    assertEquals(100, count(page, "<tr class=\"background-row\""));
    assertTrue(page.contains("The matrix shows the 50 claims ranked first of 2700; the others follow one line each."));
    assertTrue(page.contains("2550 more claims are not shown on this page; claims.csv and ledger.json hold every claim."));
    assertTrue(page.contains("200 more background sentences are not shown on this page"));
    assertTrue(page.contains("<th scope=\"col\" class=\"outlet\">Other outlets</th>"));
    assertTrue(page.contains("<span class=\"claim-ref\" title=\"ev1.C2999: not on this page; see claims.csv\">C2999</span>"));
    Set<String> ids = new HashSet<>();
    Pattern.compile(" id=\"([^\"]+)\"").matcher(page).results().forEach(m -> ids.add(m.group(1)));
    Pattern.compile("href=\"#([^\"]+)\"").matcher(page).results()
        .forEach(m -> assertTrue(ids.contains(m.group(1)), "link #" + m.group(1) + " has no element"));
    // with the default bounds the page stays a few megabytes, not one block per claim and outlet
    String full = ReportRenderer.renderToString(RelatedScenario.withClaims(ledger, many));
    assertEquals(300, count(full, "<tr class=\"claim-row\""));
    assertTrue(full.length() < 8_000_000, "page of " + full.length() + " chars");
  }

  @Test
  void configIsValidated() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ReportConfig(0, 1, 1, 1, 1));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ReportConfig(1, -1, 1, 1, 1));
    new ReportConfig(1, 0, 1, 1, 1);
  }

  /** The matrix row of a claim, from its opening tag to its end. */
  static String row(String html, String claimId) {
    return between(html, "<tr class=\"claim-row\" id=\"" + Format.anchor(claimId) + "\"", "</tr>");
  }

  static String between(String s, String start, String end) {
    int i = s.indexOf(start);
    assertTrue(i >= 0, "not found: " + start);
    int j = s.indexOf(end, i);
    assertTrue(j >= 0, "no end after: " + start);
    return s.substring(i, j + end.length());
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }
}
