package org.corroborate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
  private final TermExtractor ex = new TermExtractor(EventConfig.DEFAULTS);

  @Test
  void stemsFoldsAndDropsStopWords() {
    assertEquals("kill", TermExtractor.stem("killed"));
    assertEquals("kill", TermExtractor.stem("kills"));
    assertEquals("kill", TermExtractor.stem("killing"));
    assertEquals("city", TermExtractor.stem("cities"));
    Map<String, Double> t = ex.extract(EventDoc.of("x", "", "The rebels said they killed 1,200 soldiers.", null));
    assertTrue(t.containsKey("rebel"));
    assertTrue(t.containsKey("1200"), t.toString());
    assertFalse(t.containsKey("the"));
    assertFalse(t.containsKey("said"));
  }

  @Test
  void namesNumbersAndTitleWeighMore() {
    Map<String, Double> t = ex.extract(EventDoc.of("x", "Storm hits coast",
        "Officials say the storm hit Varna and damaged 340 houses. Later a storm warning was lifted for Varna.", null));
    assertTrue(t.get("varna") > t.get("damag"), t.toString());
    assertTrue(t.get("340") > t.get("damag"), t.toString());
    assertTrue(t.get("coast") > t.get("damag"), "title word: " + t);
  }
}
