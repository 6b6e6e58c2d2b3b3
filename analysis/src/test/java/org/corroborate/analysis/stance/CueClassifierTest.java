package org.corroborate.analysis.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.corroborate.analysis.DocText;
import org.corroborate.analysis.TestDocs;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueClassifierTest {
  private static final CueClassifier CUES = new CueClassifier();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The ministry said the bridge fell.|said|speech|ASSERT|false|false",
      "The ministry has denied any role.|has denied|denial|DENY|false|false",
      "The ministry did not confirm the report.|did not confirm|confirmation|CONFIRM|true|false",
      "The ministry has not denied the report.|has not denied|denial|DENY|true|false",
      "The militia claims to have seized the bridge.|claims|claim|CLAIM|false|false",
      "According to Interfax, the bridge fell.|According to|according-to|REPORT|false|false",
      "The governor alleged that saboteurs came.|alleged|accusation|ALLEGE|false|false",
      "Officials believed the raid was a feint.|believed|belief|BELIEVE|false|false",
      "The general warned that more raids will come.|warned|prediction|PREDICT|false|false",
      "The agency reported a second strike.|reported|report|REPORT|false|false",
      "The ministry declined to confirm the report.|confirm|confirmation|CONFIRM|true|false",
      "If the town falls, officials would say so.|would say|speech|ASSERT|false|true",
  })
  void readsCues(String text, String cue, String cls, Stance stance, boolean negated, boolean conditional) {
    DocText dt = new DocText(TestDocs.doc(text));
    int at = text.indexOf(cue);
    int[] t = dt.tokensIn(new Span(at, at + cue.length()));
    CueClassifier.Reading r = CUES.read(dt, t[0], t[1]);
    assertEquals(cls, r.cueClass());
    assertEquals(stance, r.stance());
    assertEquals(negated, r.negated(), "negated");
    assertEquals(conditional, r.conditional(), "conditional");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Footage of the raid showed smoke.|Footage of", "They made the caveat clear.|the caveat"})
  void unknownCuesAreNotCues(String text, String cue) {
    DocText dt = new DocText(TestDocs.doc(text));
    int at = text.indexOf(cue);
    int[] t = dt.tokensIn(new Span(at, at + cue.length()));
    assertFalse(CUES.known(dt, t[0], t[1]));
  }
}
