package org.corroborate.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.corroborate.model.Confidence;
import org.corroborate.model.DateMention;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
  private static final DateResolver RESOLVER = new DateResolver();
  /** A Tuesday. */
  private static final LocalDate PUB = LocalDate.of(2025, 10, 14);

  private static List<DateMention> resolve(String text) {
    return RESOLVER.resolve(text, PUB, Confidence.HIGH, List.of(new Span(0, text.length())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The raid began on Monday.|on Monday|2025-10-13|2025-10-13|day",
      "Late on Monday it released a video.|Late on Monday|2025-10-13|2025-10-13|day",
      "Sirens sounded on Monday evening.|on Monday evening|2025-10-13|2025-10-13|day",
      "The talks ended yesterday.|yesterday|2025-10-13|2025-10-13|day",
      "A drone hit the depot earlier this month.|earlier this month|2025-10-01|2025-10-14|month",
      "Shelling intensified last week.|last week|2025-10-06|2025-10-12|week",
      "In March, a commander claimed a raid.|In March|2025-03-01|2025-03-31|month",
      "In November, a commander claimed a raid.|In November|2024-11-01|2024-11-30|month",
      "The region was annexed in 2014.|in 2014|2014-01-01|2014-12-31|year",
      "It was founded on 3 April 2024.|3 April 2024|2024-04-03|2024-04-03|day",
      "It was founded on April 3, 2024.|April 3, 2024|2024-04-03|2024-04-03|day",
      "The vote will be held on Friday.|on Friday|2025-10-17|2025-10-17|day",
      "The bridge fell two days ago.|two days ago|2025-10-12|2025-10-12|day",
      "In April 2024 the court ruled.|April 2024|2024-04-01|2024-04-30|month",
      "The court ruled in April last year.|in April last year|2024-04-01|2024-04-30|month",
  })
  void resolvesAgainstPublicationDate(String text, String expr, String start, String end, String granularity) {
    List<DateMention> ds = resolve(text);
    assertEquals(1, ds.size(), ds.toString());
    DateMention d = ds.get(0);
    assertEquals(expr, d.text());
    assertEquals(expr, d.span().of(text));
    assertEquals(LocalDate.parse(start), d.start());
    assertEquals(LocalDate.parse(end), d.end());
    assertEquals(granularity, d.granularity());
  }

  @Test
  void withoutPublicationDateOnlyAbsoluteDatesResolve() {
    String text = "On Monday the group said it had entered the town, as it did in 2014 and on 3 April 2024.";
    List<DateMention> ds = RESOLVER.resolve(text, null, null, List.of());
    assertEquals(2, ds.size(), ds.toString());
    assertTrue(ds.stream().allMatch(d -> d.confidence() == Confidence.HIGH));
  }

  @Test
  void confidenceFollowsThePublicationDate() {
    String text = "The raid began on Monday.";
    assertEquals(Confidence.MEDIUM, resolve(text).get(0).confidence());
    assertEquals(Confidence.LOW, RESOLVER.resolve(text, PUB, Confidence.LOW, List.of()).get(0).confidence());
  }

  @Test
  void relativeDatesInsideQuotesAreLowConfidence() {
    String text = "\u201cToday we crossed the river,\u201d the commander said on Monday.";
    List<DateMention> ds = resolve(text);
    assertEquals(2, ds.size(), ds.toString());
    assertEquals(Confidence.LOW, ds.get(0).confidence());
    assertEquals(Confidence.MEDIUM, ds.get(1).confidence());
  }

  @Test
  void modalMayIsNotAMonth() {
    assertTrue(resolve("The group may attack again.").isEmpty());
  }
}
