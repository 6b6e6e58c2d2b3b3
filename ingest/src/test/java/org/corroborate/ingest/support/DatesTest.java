package org.corroborate.ingest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-05-02T10:00:00Z|2024-05-02T10:00:00Z|false",
      "2024-05-02T12:00:00+02:00|2024-05-02T10:00:00Z|false",
      "2024-05-02T12:00:00.123+0200|2024-05-02T10:00:00.123Z|false",
      "2024-05-02 10:00:00|2024-05-02T10:00:00Z|false",
      "2024-05-02|2024-05-02T00:00:00Z|true",
      "Thu, 02 May 2024 10:00:00 GMT|2024-05-02T10:00:00Z|false",
      "Thu, 2 May 2024 06:00:00 EDT|2024-05-02T10:00:00Z|false",
      "02 May 2024 11:00 +0100|2024-05-02T10:00:00Z|false",
      "May 2, 2024|2024-05-02T00:00:00Z|true",
      "2 May 2024|2024-05-02T00:00:00Z|true",
      "Sept. 30, 2023|2023-09-30T00:00:00Z|true",
      "Published May 2, 2024 at 6:00 a.m. EDT|2024-05-02T10:00:00Z|false",
      "Thu 2 May 2024 11.00 BST|2024-05-02T10:00:00Z|false",
      "10:00 PM GMT, May 1, 2024|2024-05-01T22:00:00Z|false",
      "May 2, 2024 10:00|2024-05-02T00:00:00Z|true"})
  void parses(String in, String expected, boolean dateOnly) {
    Dates.When w = Dates.parse(in);
    assertEquals(Instant.parse(expected), w.time(), in);
    assertEquals(dateOnly, w.dateOnly(), in);
  }

  @Test
  void rejectsNonDates() {
    assertNull(Dates.parse("yesterday"));
    assertNull(Dates.parse("2024-13-45"));
    assertNull(Dates.parse("February 30, 2024"));
    assertNull(Dates.parse(null));
    assertNull(Dates.parse("x".repeat(1000)));
  }

  @Test
  void findsADateInALine() {
    Dates.Found f = Dates.find("By Northern Ledger January 17, 2025");
    assertEquals(19, f.start());
    assertTrue(f.when().dateOnly());
    assertFalse(Dates.find("No date, only 2024 as a number") != null);
  }
}
