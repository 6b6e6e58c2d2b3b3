package org.corroborate.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HashingEmbedderTest {
  private final HashingEmbedder e = new HashingEmbedder(64);

  @Test
  void unitLengthAndDeterministic() {
    float[] a = e.embed("The governor said eight people were wounded.");
    assertEquals(1.0, Vectors.dot(a, a), 1e-5);
    assertArrayEquals(a, e.embed("The governor said eight people were wounded."));
  }

  @Test
  void sharedWordsAreCloserThanOtherWords() {
    float[] a = e.embed("eight people were wounded in the town");
    float[] b = e.embed("eight people were wounded in Marrow");
    float[] c = e.embed("the ferry timetable changes on Sunday");
    assertTrue(Vectors.dot(a, b) > Vectors.dot(a, c));
  }

  @Test
  void noWordIsTheZeroVector() {
    assertTrue(Vectors.isZero(e.embed(" ,.; ")));
    assertEquals(0.0, Vectors.dot(e.embed(""), e.embed("word")));
  }

  @Test
  void badDimensionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new HashingEmbedder(2));
    assertThrows(IllegalArgumentException.class, () -> Vectors.dot(new float[2], new float[3]));
  }
}
