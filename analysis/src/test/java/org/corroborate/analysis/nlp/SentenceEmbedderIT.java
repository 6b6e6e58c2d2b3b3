package org.corroborate.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corroborate.meaning.Vectors;
import org.junit.jupiter.api.Test;

/** The real sentence encoder on fictional sentences: a paraphrase is nearer than another statement on the same topic. */
class SentenceEmbedderIT {
  private final SentenceEmbedder e = SentenceEmbedder.shared();

  @Test
  void aParaphraseIsNearerThanAnotherClaimOnTheSameTopic() {
    float[] a = e.embed("A sabotage group sent by Mirevia has entered the Belmora district");
    float[] b = e.embed("a Mirevian sabotage group had entered the district");
    float[] c = e.embed("the bridge over the Velna river will reopen on Monday");
    float[] d = e.embed("Mirevia denied that it had sent anyone across the border");
    assertEquals(1.0, Vectors.dot(a, a), 1e-4);
    assertTrue(Vectors.dot(a, b) > 0.7, "paraphrase: " + Vectors.dot(a, b));
    assertTrue(Vectors.dot(a, b) > Vectors.dot(a, d) && Vectors.dot(a, d) > Vectors.dot(a, c),
        Vectors.dot(a, b) + " " + Vectors.dot(a, d) + " " + Vectors.dot(a, c));
  }

  @Test
  void deterministicAndZeroForNoWord() {
    assertArrayEquals(e.embed("The enemy will be destroyed."), e.embed("The enemy will be destroyed."));
    assertTrue(Vectors.isZero(e.embed("   ")));
    assertEquals(384, e.dimension());
  }

  @Test
  void aVeryLongTextIsCutNotRefused() {
    String longText = "The council met again. ".repeat(500);
    assertEquals(1.0, Vectors.dot(e.embed(longText), e.embed(longText)), 1e-4);
  }
}
