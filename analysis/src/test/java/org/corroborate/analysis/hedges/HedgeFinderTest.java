package org.corroborate.analysis.hedges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.model.Hedge;
import org.corroborate.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HedgeFinderTest {
  private static final HedgeFinder FINDER = new HedgeFinder();

  private static List<Hedge> find(String text) {
    return FINDER.find(text, new Span(0, text.length()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The capture of the bridge had not been independently confirmed by reporters.|not been independently confirmed|unverified",
      "There has been no independent confirmation of the claim.|no independent confirmation|unverified",
      "Smoke rose after unconfirmed reports of a strike.|unconfirmed|unverified",
      "The claims could not be verified.|could not be verified|unverified",
      "The Brigade is not known to have fought before.|is not known to|unverified",
      "Footage, purportedly from the checkpoint, showed a fire.|purportedly|hedge",
      "The village has reportedly fallen.|reportedly|hedge",
      "Videos appear to show three vehicles.|appear to|hedge",
      "He blamed the alleged loss of the town.|alleged|hedge",
      "The strike was independently confirmed by two agencies.|independently confirmed|verified",
      "Neither video could be independently verified.|Neither video could be independently verified|unverified",
  })
  void findsMarkers(String text, String marker, String kind) {
    List<Hedge> hs = find(text);
    assertEquals(1, hs.size(), hs.toString());
    assertEquals(marker, hs.get(0).text());
    assertEquals(kind, hs.get(0).kind());
    assertEquals(marker, hs.get(0).span().of(text));
  }

  @Test
  void negatedHedgeAndAllegationVerbAreNotHedges() {
    List<Hedge> hs = find("The footage did not appear to show soldiers.");
    assertEquals(1, hs.size());
    assertTrue(hs.get(0).negated());
    assertTrue(find("The governor alleged that a group was responsible.").isEmpty());
    assertTrue(find("Officials said the bridge was hit.").isEmpty());
  }

  @Test
  void offsetsAreRelativeToTheWholeText() {
    String text = "First sentence. The post was reportedly seized.";
    List<Hedge> hs = FINDER.find(text, new Span(16, text.length()));
    assertEquals("reportedly", hs.get(0).span().of(text));
    assertFalse(hs.get(0).negated());
  }
}
