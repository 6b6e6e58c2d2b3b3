package org.corroborate.analysis.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.TestDocs;
import org.corroborate.model.Quantity;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static List<Quantity> extract(String text) {
    return EXTRACTOR.extract(new DocText(TestDocs.doc(text)));
  }

  @Test
  void countsWithWhatTheyCountAndTheEvent() {
    List<Quantity> qs = extract("The governor said eight people were wounded in the shelling.");
    assertEquals(1, qs.size(), qs.toString());
    Quantity q = qs.get(0);
    assertEquals(8, q.value());
    assertEquals("count", q.kind());
    assertEquals("people", q.counts());
    assertEquals("wounded", q.event());
    assertEquals("eight people", q.text());
  }

  @Test
  void countsAcrossAnInsertedListAndParticles() {
    List<Quantity> qs = extract("Last week, three Orvalian military aircraft, including two jets and one helicopter, were shot down.");
    assertEquals(3, qs.size(), qs.toString());
    assertEquals("aircraft", qs.get(0).counts());
    assertEquals("shot down", qs.get(0).event());
    assertEquals(2, qs.get(1).value());
    assertEquals("jets", qs.get(1).counts());
    assertEquals("helicopter", qs.get(2).counts());
  }

  @Test
  void singularOneAndVaguePlurals() {
    List<Quantity> qs = extract("One woman was wounded in her arm. Hundreds of cars were filmed leaving the town.");
    assertEquals(2, qs.size(), qs.toString());
    assertEquals(1, qs.get(0).value());
    assertEquals("woman", qs.get(0).counts());
    assertEquals("wounded", qs.get(0).event());
    assertEquals(200, qs.get(1).value());
    assertEquals("cars", qs.get(1).counts());
    assertEquals("filmed", qs.get(1).event());
  }

  @Test
  void distancesMoneyPercentagesDurations() {
    List<Quantity> qs = extract("The region shares a 300-km border. Aid worth $3.5 million arrived. Turnout fell 12 per cent over three days.");
    assertEquals(4, qs.size(), qs.toString());
    assertEquals("distance", qs.get(0).kind());
    assertEquals(300, qs.get(0).value());
    assertEquals("km", qs.get(0).unit());
    assertEquals("money", qs.get(1).kind());
    assertEquals(3_500_000, qs.get(1).value());
    assertEquals("USD", qs.get(1).unit());
    assertEquals("percent", qs.get(2).kind());
    assertEquals(12, qs.get(2).value());
    assertEquals("duration", qs.get(3).kind());
    assertEquals("day", qs.get(3).unit());
  }

  @Test
  void yearsDaysOfMonthAndModelNamesAreNotQuantities() {
    assertTrue(extract("In 2014, on May 22, a Mi-8 helicopter flew over. It was one of the worst days.").stream()
        .noneMatch(q -> q.value() == 2014 || q.value() == 22 || q.value() == 8 || q.value() == 1), extract("In 2014, on May 22, a Mi-8 helicopter flew over.").toString());
  }

  @Test
  void agesAreNotDurationsAndCountsInsidePhrasesHaveNoEvent() {
    List<Quantity> qs = extract("An 81-year-old man was hurt in Kelvany, a village of about 900 people, which fell.");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(900, qs.get(0).value());
    assertNull(qs.get(0).event());
  }

  @Test
  void objectCountsTakeTheVerbBefore() {
    List<Quantity> qs = extract("The strike killed at least 12 soldiers.");
    assertEquals(1, qs.size());
    assertEquals("killed", qs.get(0).event());
    assertEquals("at least 12 soldiers", qs.get(0).text());
    assertNull(qs.get(0).unit());
  }

  @Test
  void numberWordsAndDigits() {
    assertEquals(25, NumberWords.value("twenty-five"));
    assertEquals(1200, NumberWords.value("1,200"));
    assertEquals(8, NumberWords.value("Eight"));
    assertTrue(Double.isNaN(NumberWords.value("eighth")));
  }
}
