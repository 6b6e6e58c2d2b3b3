package org.corroborate.util;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemonymsTest {
  @Test
  void anAdjectiveNamesItsCountry() {
    assertTrue(Demonyms.names(Demonyms.stem("Ukrainian"), "Ukraine"));
    assertTrue(Demonyms.names(Demonyms.stem("Russian"), "Russia"));
    assertTrue(Demonyms.names(Demonyms.stem("Mirevian"), "Mirevia"));
    assertFalse(Demonyms.names(Demonyms.stem("Russian"), "Russell Square"));
    assertFalse(Demonyms.names(Demonyms.stem("Ukrainian"), "Uganda"));
  }
}
