package org.corroborate.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.corroborate.analysis.nlp.NlpDocument;
import org.junit.jupiter.api.Test;

class FeaturesTest {
  static final CueLexicon LEX = new CueLexicon(Map.of("said", 0.9f, "claim", 0.4f));

  @Test
  void segmentsStartAtParagraphs() {
    NlpDocument doc = TestDocs.doc("Odell said rain .\n\nIvers said snow .\nHail fell .", Map.of());
    assertArrayEquals(new int[] {0, 4, 8, 11}, Features.segments(doc));
  }

  @Test
  void quoteMarksAndShapes() {
    assertEquals(1, Features.quoteMark("“"));
    assertEquals(2, Features.quoteMark("''"));
    assertEquals(3, Features.quoteMark("\""));
    assertEquals(0, Features.quoteMark("said"));
    assertEquals("Xx", Features.shape("Odell"));
    assertEquals("d,d", Features.shape("4,000"));
  }

  @Test
  void extractionIsDeterministicAndStackedFeaturesAddToTheBase() {
    NlpDocument doc = TestDocs.doc("Odell said that “ rain fell ” .", Map.of("said", "VBD"));
    Features f = new Features(LEX);
    List<List<Long>> a = f.extract(doc);
    List<List<Long>> b = f.extract(doc);
    assertEquals(a, b);
    Tag[] prior = new Tag[doc.tokens().size()];
    java.util.Arrays.fill(prior, Tag.O);
    prior[1] = Tag.B_CUE;
    int[] stacked = new int[doc.tokens().size()];
    f.extract(doc, prior, (t, x) -> stacked[t]++);
    for (int i = 0; i < stacked.length; i++) {
      assertEquals(true, stacked[i] > a.get(i).size(), "token " + i);
    }
    // quote state: outside (0) for "Odell", inside (2) for "rain"
    assertEquals(true, a.get(0).contains(Hash.of("q=", "0")));
    assertEquals(true, a.get(4).contains(Hash.of("q=", "2")));
    assertNotEquals(Hash.of("q=", "0"), Hash.of("q=", "2"));
  }
}
