package org.corroborate.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.corroborate.analysis.nlp.CoreNlpEngine;
import org.corroborate.analysis.nlp.NlpDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model on a fictional article: said, told + quote over two sentences, according to, claims, denied. */
class AttributionExtractorIT {
  static final String TEXT = "Belmora bridge to reopen\n\n"
      + "Mayor Ines Odell said on Monday that the river bridge would reopen next week.\n\n"
      + "“We have checked every bolt. The steel is sound,” Odell told reporters at the town hall.\n\n"
      + "The repairs cost four million crowns, according to the Harbor Authority.\n\n"
      + "The contractor claims to have finished the work ahead of schedule.\n\n"
      + "Harbor Authority chief Tomas Rell denied that any inspection had been skipped.\n";

  static List<Attribution> found;

  @BeforeAll
  static void extract() {
    NlpDocument doc = CoreNlpEngine.shared().annotate(TEXT);
    found = AttributionExtractor.shared().extract(doc);
  }

  static Attribution withCue(String cue) {
    for (Attribution a : found) {
      if (Attribution.text(a.cue(), TEXT).equals(cue)) {
        return a;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Attribution a : found) {
      sb.append("\n  [").append(Attribution.text(a.source(), TEXT)).append("] [").append(Attribution.text(a.cue(), TEXT))
          .append("] [").append(Attribution.text(a.content(), TEXT)).append(']');
    }
    return fail("no attribution with cue '" + cue + "'; found:" + sb);
  }

  @Test
  void indirectSpeechWithSaid() {
    Attribution a = withCue("said");
    assertEquals("Mayor Ines Odell", Attribution.text(a.source(), TEXT));
    assertEquals("that the river bridge would reopen next week", Attribution.text(a.content(), TEXT));
    assertTrue(!a.direct());
  }

  @Test
  void quoteOverTwoSentencesWithTheSpeakerAfterIt() {
    Attribution a = withCue("told");
    assertEquals("Odell", Attribution.text(a.source(), TEXT));
    String content = Attribution.text(a.content(), TEXT);
    assertTrue(content.startsWith("“We have checked every bolt. The steel is sound"), content);
    assertTrue(a.direct());
  }

  @Test
  void accordingTo() {
    // sentence-final, the common form in news; sentence-initial "According to X, ..." is a known
    // weakness (the source runs on past the comma)
    Attribution a = withCue("according to");
    assertEquals("the Harbor Authority", Attribution.text(a.source(), TEXT));
    assertEquals("The repairs cost four million crowns", Attribution.text(a.content(), TEXT));
  }

  @Test
  void claimsToHave() {
    Attribution a = found.stream().filter(x -> Attribution.text(x.cue(), TEXT).startsWith("claims")).findFirst()
        .orElseGet(() -> withCue("claims"));
    assertEquals("The contractor", Attribution.text(a.source(), TEXT));
    assertTrue(Attribution.text(a.content(), TEXT).endsWith("finished the work ahead of schedule"));
  }

  @Test
  void denied() {
    Attribution a = withCue("denied");
    assertEquals("Harbor Authority chief Tomas Rell", Attribution.text(a.source(), TEXT));
    assertEquals("that any inspection had been skipped", Attribution.text(a.content(), TEXT));
  }

  @Test
  void offsetsPointIntoTheText() {
    for (Attribution a : found) {
      assertTrue(a.cueSpan().end() <= TEXT.length());
      assertTrue(a.contentSpan() == null || a.contentSpan().end() <= TEXT.length());
    }
  }
}
