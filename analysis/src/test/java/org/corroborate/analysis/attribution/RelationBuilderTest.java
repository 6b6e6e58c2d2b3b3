package org.corroborate.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class RelationBuilderTest {
  // 0 “ 1 We 2 will 3 win 4 , 5 ” 6 Mayor 7 Odell 8 said 9 , 10 “ 11 and 12 soon 13 . 14 ”
  static final String TEXT = "“ We will win , ” Mayor Odell said , “ and soon . ” Later that day Police denied it .";

  @Test
  void goldTagsRoundTripThroughTheBuilder() {
    NlpDocument doc = TestDocs.doc(TEXT, Map.of());
    Span content1 = new Span(0, TestDocs.find(TEXT, "”", 0).end());
    Span content2 = new Span(TestDocs.find(TEXT, "“", 1).start(), TestDocs.find(TEXT, "”", 1).end());
    Attribution mayor = new Attribution(List.of(TestDocs.find(TEXT, "Mayor Odell", 0)),
        List.of(TestDocs.find(TEXT, "said", 0)), List.of(content1, content2), true, 0);
    Attribution police = new Attribution(List.of(TestDocs.find(TEXT, "Police", 0)),
        List.of(TestDocs.find(TEXT, "denied", 0)), List.of(TestDocs.find(TEXT, "it", 0)), false, 1);
    Tag[] tags = GoldTags.of(doc, List.of(mayor, police));
    assertEquals(Tag.B_CONTENT, tags[0]);
    assertEquals(Tag.I_CONTENT, tags[5]);
    assertEquals(Tag.B_SOURCE, tags[6]);
    assertEquals(Tag.I_SOURCE, tags[7]);
    assertEquals(Tag.B_CUE, tags[8]);
    assertEquals(Tag.O, tags[9]);
    assertEquals(Tag.B_CONTENT, tags[10]);
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(2, built.size());
    assertEquals(mayor.source(), built.get(0).source());
    assertEquals(mayor.cue(), built.get(0).cue());
    assertEquals(mayor.content(), built.get(0).content());
    assertTrue(built.get(0).direct());
    assertEquals(police.content(), built.get(1).content());
    assertFalse(built.get(1).direct());
    assertEquals(1, built.get(1).sentence());
  }

  /** Tags tokens {@code from..to} (inclusive) as one fragment of {@code role}. */
  static void mark(Tag[] tags, int from, int to, Tag.Role role) {
    for (int i = from; i <= to; i++) {
      tags[i] = i == from ? Tag.begin(role) : Tag.inside(role);
    }
  }

  @Test
  void aFragmentStartingOrEndingInsideAHyphenatedWordTakesTheWholeWord() {
    // the engine splits "far-right" into far / - / right; a source tagged from "-" is "far-right ..."
    String text = "the far-right leader Nikitin claimed a raid on pro-";
    java.util.List<org.corroborate.analysis.nlp.Token> toks = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]+|-").matcher(text);
    while (m.find()) {
      toks.add(new org.corroborate.analysis.nlp.Token(toks.size(), new Span(m.start(), m.end()), m.group(), m.group(),
          "NN", "O", 0, -2, null));
    }
    NlpDocument doc = new NlpDocument(text, toks,
        List.of(new org.corroborate.analysis.nlp.NlpSentence(0, new Span(0, text.length()), 0, toks.size())));
    Tag[] tags = new Tag[toks.size()];
    java.util.Arrays.fill(tags, Tag.O);
    tags[2] = Tag.B_SOURCE; // -
    tags[3] = Tag.I_SOURCE; // right
    tags[4] = Tag.I_SOURCE; // leader
    tags[5] = Tag.I_SOURCE; // Nikitin
    tags[6] = Tag.B_CUE; // claimed
    tags[7] = Tag.B_CONTENT; // a raid on pro
    tags[8] = Tag.I_CONTENT;
    tags[9] = Tag.I_CONTENT;
    tags[10] = Tag.I_CONTENT;
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(1, built.size());
    assertEquals("far-right leader Nikitin", Attribution.text(built.get(0).source(), text));
    assertEquals("a raid on pro-", Attribution.text(built.get(0).content(), text));
  }

  @Test
  void anUnquotedContentRunThatNothingBridgesToTheCueIsLeftOut() {
    String text = "Local authorities announced a regime on Monday , was a rare case of a war that their army has unleashed .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    Tag[] tags = new Tag[doc.tokens().size()];
    java.util.Arrays.fill(tags, Tag.O);
    tags[0] = Tag.B_SOURCE; // Local authorities
    tags[1] = Tag.I_SOURCE;
    tags[2] = Tag.B_CUE; // announced
    tags[3] = Tag.B_CONTENT; // a regime
    tags[4] = Tag.I_CONTENT;
    mark(tags, 15, 19, Tag.Role.CONTENT); // that their army has unleashed
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(1, built.size());
    assertEquals("a regime", Attribution.text(built.get(0).content(), text));
  }

  @Test
  void contentRunsJoinAcrossAConjunction() {
    String text = "The militia claims to have crossed the border and that it took the village .";
    NlpDocument doc = TestDocs.doc(text, Map.of("and", "CC"));
    Tag[] tags = new Tag[doc.tokens().size()];
    java.util.Arrays.fill(tags, Tag.O);
    tags[0] = Tag.B_SOURCE; // The militia
    tags[1] = Tag.I_SOURCE;
    tags[2] = Tag.B_CUE; // claims
    mark(tags, 3, 7, Tag.Role.CONTENT); // to have crossed the border
    mark(tags, 9, 13, Tag.Role.CONTENT); // that it took the village
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(1, built.size());
    assertEquals("to have crossed the border … that it took the village",
        Attribution.text(built.get(0).content(), text));
    String where = "The militia claims to have crossed the border , where it took the village .";
    Tag[] whereTags = tags.clone();
    whereTags[8] = Tag.O; // ,
    whereTags[9] = Tag.O; // where
    mark(whereTags, 10, 13, Tag.Role.CONTENT); // it took the village
    List<Attribution> built2 = RelationBuilder.build(TestDocs.doc(where, Map.of("where", "WRB")), whereTags);
    assertEquals("to have crossed the border … it took the village", Attribution.text(built2.get(0).content(), where));
  }

  @Test
  void contentRunsJoinAcrossTheCueAcrossPunctuationAndWithinQuotedSpeech() {
    // (this test splitter ends a sentence at ".", so the periods stand outside the quotation marks)
    String text = "“ We will win , ” Odell said , “ and soon ” . “ Very soon ” . Then rain fell .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    Tag[] tags = new Tag[doc.tokens().size()];
    java.util.Arrays.fill(tags, Tag.O);
    mark(tags, 0, 5, Tag.Role.CONTENT); // “ We will win , ”
    tags[6] = Tag.B_SOURCE; // Odell
    tags[7] = Tag.B_CUE; // said
    mark(tags, 9, 12, Tag.Role.CONTENT); // “ and soon ”
    mark(tags, 14, 17, Tag.Role.CONTENT); // “ Very soon ”
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(1, built.size());
    assertEquals("“ We will win , ” … “ and soon ” … “ Very soon ”", Attribution.text(built.get(0).content(), text));
  }

  @Test
  void aCueWithoutSourceSharesTheSourceBeforeItInTheSentence() {
    String text = "Odell said rain , adding snow . Later it was reported hail .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    Tag[] tags = new Tag[doc.tokens().size()];
    java.util.Arrays.fill(tags, Tag.O);
    tags[0] = Tag.B_SOURCE; // Odell
    tags[1] = Tag.B_CUE; // said
    tags[2] = Tag.B_CONTENT; // rain
    tags[4] = Tag.B_CUE; // adding
    tags[5] = Tag.B_CONTENT; // snow
    tags[8] = Tag.B_CUE; // it was reported
    tags[9] = Tag.I_CUE;
    tags[10] = Tag.I_CUE;
    tags[11] = Tag.B_CONTENT; // hail
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(3, built.size());
    assertEquals(built.get(0).source(), built.get(1).source());
    assertEquals("Odell", Attribution.text(built.get(1).source(), text));
    assertTrue(built.get(2).source().isEmpty(), "no source borrowed across sentences");
    assertEquals("it was reported", Attribution.text(built.get(2).cue(), text));
  }

  @Test
  void fragmentsWithoutAnyCueAreNoRelation() {
    NlpDocument doc = TestDocs.doc("Police said nothing .", Map.of());
    Tag[] tags = {Tag.B_SOURCE, Tag.O, Tag.B_CONTENT, Tag.O};
    assertTrue(RelationBuilder.build(doc, tags).isEmpty());
  }

  @Test
  void runsSplitAtBeginTags() {
    Tag[] tags = {Tag.B_CONTENT, Tag.I_CONTENT, Tag.B_CONTENT, Tag.O, Tag.B_CUE};
    List<RelationBuilder.Run> runs = RelationBuilder.runs(tags);
    assertEquals(List.of(new RelationBuilder.Run(Tag.Role.CONTENT, 0, 2), new RelationBuilder.Run(Tag.Role.CONTENT, 2, 3),
        new RelationBuilder.Run(Tag.Role.CUE, 4, 5)), runs);
  }

  private static Tag[] tags(NlpDocument doc, Object... at) {
    Tag[] tags = new Tag[doc.tokens().size()];
    java.util.Arrays.fill(tags, Tag.O);
    for (int k = 0; k < at.length; k += 2) {
      tags[(Integer) at[k]] = (Tag) at[k + 1];
    }
    return tags;
  }

  @Test
  void unquotedContentInAnotherSentenceDoesNotJoinTheCue() {
    // 0 Odell 1 said 2 rain 3 . 4 Snow 5 fell 6 .
    String text = "Odell said rain . Snow fell .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    List<Attribution> built = RelationBuilder.build(doc,
        tags(doc, 0, Tag.B_SOURCE, 1, Tag.B_CUE, 2, Tag.B_CONTENT, 4, Tag.B_CONTENT, 5, Tag.I_CONTENT));
    assertEquals(1, built.size());
    assertEquals("rain", Attribution.text(built.get(0).content(), text));
  }

  @Test
  void quotedContentInTheNextSentenceJoinsTheCue() {
    // 0 “ 1 Rain 2 , 3 ” 4 Odell 5 said 6 . 7 “ 8 Snow 9 . 10 ”
    String text = "“ Rain , ” Odell said . “ Snow . ”";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    List<Attribution> built = RelationBuilder.build(doc, tags(doc, 0, Tag.B_CONTENT, 1, Tag.I_CONTENT, 2, Tag.I_CONTENT,
        3, Tag.I_CONTENT, 4, Tag.B_SOURCE, 5, Tag.B_CUE, 7, Tag.B_CONTENT, 8, Tag.I_CONTENT, 9, Tag.I_CONTENT,
        10, Tag.I_CONTENT));
    assertEquals(1, built.size());
    assertEquals(2, built.get(0).content().size());
    assertEquals("“ Snow . ”", text.substring(built.get(0).content().get(1).start(), built.get(0).content().get(1).end()));
  }

  @Test
  void aClosedQuotationContinuesTheSpeakerBeforeRatherThanJoiningALaterCueWithContentOfItsOwn() {
    // PolNeAR dev: “...,” said Plouffe, the architect of ... “I think ...” went to the next
    // sentence's cue (“... weren't too concerned about ...”), which is nearer by tokens
    // 0 “ 1 Rain 2 , 3 ” 4 said 5 Odell 6 , 7 a 8 farmer 9 . 10 “ 11 Snow 12 is 13 coming 14 ” 15 .
    // 16 Mayor 17 Bell 18 noted 19 that 20 roads 21 are 22 shut 23 .
    String text = "“ Rain , ” said Odell , a farmer . “ Snow is coming ” . Mayor Bell noted that roads are shut .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    Tag[] tags = tags(doc);
    mark(tags, 0, 3, Tag.Role.CONTENT);
    mark(tags, 4, 4, Tag.Role.CUE);
    mark(tags, 5, 8, Tag.Role.SOURCE);
    mark(tags, 10, 14, Tag.Role.CONTENT);
    mark(tags, 16, 17, Tag.Role.SOURCE);
    mark(tags, 18, 18, Tag.Role.CUE);
    mark(tags, 19, 22, Tag.Role.CONTENT);
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(2, built.size());
    assertEquals("“ Rain , ” … “ Snow is coming ”", Attribution.text(built.get(0).content(), text));
    assertEquals("that roads are shut", Attribution.text(built.get(1).content(), text));
  }

  @Test
  void aQuotationWithWordsBesideItIsNotTakenForTheSpeakerBefore() {
    // example article: “...,” a woman can be heard saying in one clip: the tagger missed "saying",
    // but the quotation is hers, not the video's in the sentence before
    // 0 Video 1 showed 2 cars 3 leaving 4 . 5 “ 6 They 7 shoot 8 , 9 ” 10 a 11 woman 12 is 13 heard 14 saying 15 .
    // 16 Mayor 17 Bell 18 noted 19 that 20 roads 21 are 22 shut 23 .
    String text = "Video showed cars leaving . “ They shoot , ” a woman is heard saying . Mayor Bell noted that roads are shut .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    Tag[] tags = tags(doc);
    mark(tags, 0, 0, Tag.Role.SOURCE);
    mark(tags, 1, 1, Tag.Role.CUE);
    mark(tags, 2, 3, Tag.Role.CONTENT);
    mark(tags, 5, 9, Tag.Role.CONTENT);
    mark(tags, 16, 17, Tag.Role.SOURCE);
    mark(tags, 18, 18, Tag.Role.CUE);
    mark(tags, 19, 22, Tag.Role.CONTENT);
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals("cars leaving", Attribution.text(built.get(0).content(), text));
  }

  @Test
  void aClosedQuotationStillJoinsALaterCueThatHasNoContentOfItsOwn() {
    // a list of voices: “...” ― Name; the dash after each quotation is its cue
    // 0 “ 1 Rain 2 , 3 ” 4 said 5 Bell 6 . 7 “ 8 Snow 9 is 10 coming 11 ” 12 . 13 ― 14 Odell 15 , 16 farmer 17 .
    String text = "“ Rain , ” said Bell . “ Snow is coming ” . ― Odell , farmer .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    Tag[] tags = tags(doc);
    mark(tags, 0, 3, Tag.Role.CONTENT);
    mark(tags, 4, 4, Tag.Role.CUE);
    mark(tags, 5, 5, Tag.Role.SOURCE);
    mark(tags, 7, 11, Tag.Role.CONTENT);
    mark(tags, 13, 13, Tag.Role.CUE);
    mark(tags, 14, 16, Tag.Role.SOURCE);
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(2, built.size());
    assertEquals("“ Rain , ”", Attribution.text(built.get(0).content(), text));
    assertEquals("“ Snow is coming ”", Attribution.text(built.get(1).content(), text));
  }

  @Test
  void aVoxPopBylineIsARelationWhateverTheTaggerSaid() {
    // “...” ― Name at the end of a paragraph: the dash is the cue, the name the source, the
    // paragraph's quotation the content (PolNeAR dev: a page of 25 such voices)
    String text = "“ We want peace . ” ― Ana Lima .\n“ No more war ” ― Rui Costa , 34\nThe mayor spoke .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    Tag[] tags = tags(doc);
    mark(tags, 0, 3, Tag.Role.CONTENT); // the tagger's partial content of the first voice
    mark(tags, 6, 6, Tag.Role.SOURCE); // and "―" missed
    List<Attribution> built = RelationBuilder.build(doc, tags);
    assertEquals(2, built.size(), built.toString());
    assertEquals("Ana Lima", Attribution.text(built.get(0).source(), text));
    assertEquals("―", Attribution.text(built.get(0).cue(), text));
    assertEquals("“ We want peace . ”", Attribution.text(built.get(0).content(), text));
    assertEquals("Rui Costa", Attribution.text(built.get(1).source(), text));
    assertEquals("“ No more war ”", Attribution.text(built.get(1).content(), text));
  }

  @Test
  void aDashInsideAParagraphIsNoByline() {
    String text = "Odell said “ rain ” ― Ana Lima disagreed .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    assertTrue(RelationBuilder.build(doc, tags(doc)).isEmpty());
  }

  @Test
  void aHeadlineLabelAndTranscriptSpeakersAreRelations() {
    String text = "Poll : Flowers will not be at the debate .\nThe transcript follows .\n"
        + "\" WALLACE : Let us start with the news .\n\" PENCE : Well , look , we will win .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    List<Attribution> built = RelationBuilder.build(doc, tags(doc));
    assertEquals(3, built.size(), built.toString());
    assertEquals("Poll", Attribution.text(built.get(0).source(), text));
    assertEquals(":", Attribution.text(built.get(0).cue(), text));
    assertEquals("Flowers will not be at the debate", Attribution.text(built.get(0).content(), text));
    assertEquals("WALLACE", Attribution.text(built.get(1).source(), text));
    assertEquals("Let us start with the news .", Attribution.text(built.get(1).content(), text));
    assertEquals("PENCE", Attribution.text(built.get(2).source(), text));
  }

  @Test
  void labelsThatNameNoSpeakerAreNoRelations() {
    // "Update:" heads an item, and so does a title-case label with no actor in it; a mixed-case label in
    // the body is no transcript speaker; "on Monday:" is no label
    for (String headline : List.of("Update : the bridge is open again today .", "Bridge War : List Of Key Events Today")) {
      NlpDocument doc = TestDocs.doc(headline + "\nThe end .", Map.of());
      assertTrue(RelationBuilder.build(doc, tags(doc)).isEmpty(), headline);
    }
    String text = "The bridge opened .\nMayor Odell : the bridge is open again .\n"
        + "We learned on Monday : the bridge is open .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    assertTrue(RelationBuilder.build(doc, tags(doc)).isEmpty());
  }

  @Test
  void aSourceAfterItsCueTakesInTheDescriptionThatEndsTheSentence() {
    // 0 “ 1 Rain 2 , 3 ” 4 said 5 Ana 6 Lima 7 , 8 a 9 farmer 10 from 11 Velna 12 .
    String text = "“ Rain , ” said Ana Lima , a farmer from Velna .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    Tag[] tags = tags(doc);
    mark(tags, 0, 3, Tag.Role.CONTENT);
    mark(tags, 4, 4, Tag.Role.CUE);
    mark(tags, 5, 6, Tag.Role.SOURCE);
    assertEquals("Ana Lima , a farmer from Velna", Attribution.text(RelationBuilder.build(doc, tags).get(0).source(), text));
    // not when something else is tagged there, nor across a plain sentence end
    Tag[] other = tags.clone();
    mark(other, 10, 11, Tag.Role.CONTENT);
    assertEquals("Ana Lima", Attribution.text(RelationBuilder.build(doc, other).get(0).source(), text));
    String two = "“ Rain , ” said Ana Lima . A farmer from Velna agreed .";
    NlpDocument doc2 = TestDocs.doc(two, Map.of());
    Tag[] tags2 = tags(doc2);
    mark(tags2, 0, 3, Tag.Role.CONTENT);
    mark(tags2, 4, 4, Tag.Role.CUE);
    mark(tags2, 5, 6, Tag.Role.SOURCE);
    assertEquals("Ana Lima", Attribution.text(RelationBuilder.build(doc2, tags2).get(0).source(), two));
  }

  @Test
  void aCueEndingInAColonTakesTheTextAfterIt() {
    // 0 Report 1 concludes 2 : 3 costs 4 rose 5 . 6 Wages 7 fell 8 .
    String text = "Report concludes : costs rose . Wages fell .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    List<Attribution> built = RelationBuilder.build(doc, tags(doc, 0, Tag.B_SOURCE, 1, Tag.B_CUE, 3, Tag.B_CONTENT,
        4, Tag.I_CONTENT, 5, Tag.I_CONTENT, 6, Tag.B_CONTENT, 7, Tag.I_CONTENT, 8, Tag.I_CONTENT));
    assertEquals(1, built.size());
    assertEquals("costs rose . … Wages fell .", Attribution.text(built.get(0).content(), text));
  }

  @Test
  void aCueKeepsOneSourceAndTheOtherGoesToACueWithoutOne() {
    // 0 Odell 1 Police 2 said 3 rain 4 and 5 denied 6 it 7 .
    String text = "Odell Police said rain and denied it .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    List<Attribution> built = RelationBuilder.build(doc, tags(doc, 0, Tag.B_SOURCE, 1, Tag.B_SOURCE, 2, Tag.B_CUE,
        3, Tag.B_CONTENT, 5, Tag.B_CUE, 6, Tag.B_CONTENT));
    assertEquals(2, built.size());
    assertEquals("Police", Attribution.text(built.get(0).source(), text));
    assertEquals("Odell", Attribution.text(built.get(1).source(), text));
  }

  @Test
  void anExtraSourceWithNoFreeCueIsLeftOut() {
    // 0 Odell 1 told 2 Police 3 rain 4 .
    String text = "Odell told Police rain .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    List<Attribution> built = RelationBuilder.build(doc, tags(doc, 0, Tag.B_SOURCE, 1, Tag.B_CUE, 2, Tag.B_SOURCE,
        3, Tag.B_CONTENT));
    assertEquals(1, built.size());
    assertEquals("Odell", Attribution.text(built.get(0).source(), text));
  }

  @Test
  void aQuotationBeforeTheCueWinsOverAnUnquotedRunAfterIt() {
    // 0 “ 1 Rain 2 , 3 ” 4 Odell 5 said 6 , 7 adding 8 snow 9 .
    String text = "“ Rain , ” Odell said , adding snow .";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    List<Attribution> built = RelationBuilder.build(doc, tags(doc, 0, Tag.B_CONTENT, 1, Tag.I_CONTENT, 2, Tag.I_CONTENT,
        3, Tag.I_CONTENT, 4, Tag.B_SOURCE, 5, Tag.B_CUE, 8, Tag.B_CONTENT));
    assertEquals(1, built.size());
    assertEquals("“ Rain , ”", Attribution.text(built.get(0).content(), text));
  }

  @Test
  void aQuotationSplitByItsCueKeepsBothParts() {
    // 0 “ 1 Rain 2 , 3 ” 4 Odell 5 said 6 , 7 “ 8 snow 9 . 10 ”
    String text = "“ Rain , ” Odell said , “ snow . ”";
    NlpDocument doc = TestDocs.doc(text, Map.of());
    List<Attribution> built = RelationBuilder.build(doc, tags(doc, 0, Tag.B_CONTENT, 1, Tag.I_CONTENT, 2, Tag.I_CONTENT,
        3, Tag.I_CONTENT, 4, Tag.B_SOURCE, 5, Tag.B_CUE, 7, Tag.B_CONTENT, 8, Tag.I_CONTENT, 9, Tag.I_CONTENT,
        10, Tag.I_CONTENT));
    assertEquals(2, built.get(0).content().size());
  }
}
