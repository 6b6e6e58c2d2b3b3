package org.corroborate.eval.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {
  // offsets: “We won,” 0-9; Mayor Odell 10-21; said 22-26; “and early.” 28-40; It was reported 41-56; that the dam held 57-74
  static final String TEXT = "“We won,” Mayor Odell said, “and early.” It was reported that the dam held.";

  static final String ANN = String.join("\n",
      "T1\tSource 10 21\tMayor Odell",
      "T2\tCue 22 26\tsaid",
      "T3\tContent 0 9;28 40\t“We won,” “and early.”",
      "T4\tAttribution 22 26\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tCue 41 56\tIt was reported",
      "T6\tContent 56 74\tthat the dam held",
      "T7\tAttribution-no-source 44 47\twas",
      "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
      "#1\tAnnotatorNotes T1\ta note",
      "T8\tContent 70 900\tbeyond the end",
      "E3\tAttribution:T4 Content:T99 Cue:T2",
      "T9\tAttribution-no-source 1 2\tW",
      "E4\tAttribution-no-source:T9",
      "garbage line",
      "");

  @Test
  void readsRelationsDiscontinuousContentAndRelationsWithoutSource() {
    BratReader.Result r = BratReader.read("x.ann", ANN, TEXT);
    assertEquals(2, r.relations().size());
    Attribution mayor = r.relations().get(0);
    assertEquals(List.of(new Span(10, 21)), mayor.source());
    assertEquals(List.of(new Span(22, 26)), mayor.cue());
    assertEquals(List.of(new Span(0, 9), new Span(28, 40)), mayor.content());
    assertTrue(mayor.direct());
    Attribution dam = r.relations().get(1);
    assertTrue(dam.source().isEmpty());
    assertEquals(List.of(new Span(41, 56)), dam.cue());
    assertEquals(List.of(new Span(57, 74)), dam.content()); // leading space trimmed
    assertFalse(dam.direct());
  }

  @Test
  void badLinesBecomeRejectionsWithReasons() {
    BratReader.Result r = BratReader.read("x.ann", ANN, TEXT);
    List<String> reasons = r.rejections().stream().map(x -> x.reason()).sorted().toList();
    assertEquals(List.of("bad-offsets", "empty-relation", "malformed-line", "unknown-id"), reasons);
    assertTrue(r.rejections().stream().anyMatch(x -> x.source().equals("x.ann:11")));
  }

  @Test
  void corpusUsesTheFirstAnnotationFileBySortedName(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), TEXT);
    Files.writeString(dir.resolve("text/b.txt"), "Nothing here.");
    Files.writeString(dir.resolve("attributions/a_zz99.ann"), "");
    Files.writeString(dir.resolve("attributions/a_aa01.ann"), ANN);
    PolnearCorpus.Corpus c = PolnearCorpus.read(dir, 0);
    assertEquals(1, c.articles().size());
    assertEquals(2, c.articles().get(0).annotationFiles());
    assertEquals("a_aa01.ann", c.articles().get(0).annotationFile().getFileName().toString());
    assertEquals(2, c.articles().get(0).gold().size());
    assertEquals(1, c.multiplyAnnotated());
    assertTrue(c.rejections().stream().anyMatch(x -> x.reason().equals("no-annotation")));
  }
}
