package org.corroborate.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corroborate.meaning.Vectors;
import org.junit.jupiter.api.Test;

/** The real claim encoder on fictional statements of one speaker: its paraphrase is nearer than its other statement. */
class ClaimEncoderIT {
  private final ClaimEncoder e = ClaimEncoder.shared();

  @Test
  void aParaphraseIsNearerThanTheSameSpeakersOtherStatement() {
    float[] a = e.embed("A sabotage group sent by Mirevia has entered the Belmora district");
    float[] b = e.embed("a Mirevian sabotage group had entered the district");
    float[] c = e.embed("eight people had been wounded when Belmora came under shelling");
    assertEquals(1.0, Vectors.dot(a, a), 1e-4);
    assertTrue(Vectors.dot(a, b) > Vectors.dot(a, c) + 0.03, Vectors.dot(a, b) + " vs " + Vectors.dot(a, c));
  }

  @Test
  void deterministicAndZeroForNoWord() {
    assertArrayEquals(e.embed("The enemy will be destroyed."), e.embed("The enemy will be destroyed."));
    assertTrue(Vectors.isZero(e.embed("  ")));
    assertEquals(384, e.dimension());
    float[] longText = e.embed("The council met again. ".repeat(400));
    assertEquals(1.0, Vectors.dot(longText, longText), 1e-4);
  }
}
