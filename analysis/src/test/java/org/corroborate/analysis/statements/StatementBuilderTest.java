package org.corroborate.analysis.statements;

import static org.corroborate.analysis.Fixtures.article;
import static org.corroborate.analysis.Fixtures.att;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.corroborate.analysis.Analyzer;
import org.corroborate.analysis.AnalyzerConfig;
import org.corroborate.analysis.TestDocs;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.Entity;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;
import org.junit.jupiter.api.Test;

class StatementBuilderTest {
  private static final Map<String, String> NER = Map.ofEntries(
      Map.entry("Irena Kostal", "PERSON"), Map.entry("Kostal", "PERSON"), Map.entry("Tomas Brel", "PERSON"),
      Map.entry("Radomir Halvar", "PERSON"), Map.entry("Velna", "LOCATION"), Map.entry("Warsaw", "LOCATION"),
      Map.entry("Interfax", "ORGANIZATION"), Map.entry("Free Orvalia Brigade", "ORGANIZATION"),
      Map.entry("Mirevia", "LOCATION"), Map.entry("Telegram", "ORGANIZATION"), Map.entry("Dorsk", "LOCATION"));

  private static AnalyzedArticle analyze(Article a, Function<String, List<Attribution>> atts) {
    NlpDocument doc = TestDocs.doc(a.text(), NER);
    Analyzer an = new Analyzer(t -> TestDocs.doc(t, NER), d -> atts.apply(d.text()), AnalyzerConfig.DEFAULT.withParallelism(1));
    return an.analyze(a, doc);
  }

  private static Statement byCue(AnalyzedArticle r, String cue) {
    for (Statement s : r.statements()) {
      if (cue.equals(s.cueText())) {
        return s;
      }
    }
    throw new AssertionError("no statement with cue " + cue + " in " + r.statements());
  }

  private static Statement byId(AnalyzedArticle r, String id) {
    return r.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void trailingOutletFrameNestsTheStatementAndBecomesItsChannel() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "The Velna governor, Irena Kostal, said six people were hurt after the shelling, news agencies reported.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "The Velna governor, Irena Kostal,", "said",
        "six people were hurt after the shelling, news agencies reported")));
    Statement kostal = byCue(r, "said");
    Statement frame = byCue(r, "reported");
    assertEquals("six people were hurt after the shelling", kostal.contentText());
    assertEquals("Irena Kostal", kostal.claimant().name());
    assertEquals(frame.id(), kostal.parentId());
    assertEquals(Stance.REPORT, frame.stance());
    assertEquals("news agencies", frame.claimant().text());
    assertEquals("news agencies", kostal.channel().name());
    assertEquals(kostal.contentText(), kostal.content().of(a.text()));
  }

  @Test
  void accordingToCitingGivesAChildWithTheAgencyAsChannel() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "According to the state-run Interfax news agency, citing defence spokesman Tomas Brel, President Radomir Halvar has been briefed.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "the state-run Interfax news agency", "According to")));
    Statement agency = byCue(r, "According to");
    Statement brel = byCue(r, "citing");
    assertEquals(Stance.REPORT, agency.stance());
    assertEquals("Interfax", agency.claimant().name());
    assertEquals("Tomas Brel", brel.claimant().name());
    assertEquals(agency.id(), brel.parentId());
    assertEquals("Interfax", brel.channel().name());
    assertEquals("President Radomir Halvar has been briefed", brel.contentText());
    assertEquals("President Radomir Halvar has been briefed", agency.contentText());
  }

  @Test
  void denialWithoutContentTakesTheRestOfTheClauseAndCapitalActsForGovernment() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "Warsaw has denied being behind the raid, while the army stayed silent.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "Warsaw", "has denied")));
    Statement s = byCue(r, "has denied");
    assertEquals(Stance.DENY, s.stance());
    assertEquals("denial", s.cueClass());
    assertEquals("being behind the raid", s.contentText());
    Entity warsaw = r.entity(s.claimant().entityId());
    assertTrue(warsaw.descriptors().contains("acting as the Polish government"), warsaw.toString());
  }

  @Test
  void negatedConfirmationSelfClaimAndPronounSpeaker() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "The Free Orvalia Brigade said it had seized the bridge at Dorsk.",
        "Irena Kostal did not confirm the seizure. \"The bridge is ours,\" she added.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "The Free Orvalia Brigade", "said", "it had seized the bridge at Dorsk"),
        att(t, "Irena Kostal", "did not confirm", "the seizure"),
        att(t, "she", "added", "\"The bridge is ours,\"")));
    Statement claim = r.statements().get(0);
    assertEquals(Stance.CLAIM, claim.stance());
    Statement confirm = byCue(r, "did not confirm");
    assertEquals(Stance.CONFIRM, confirm.stance());
    assertTrue(confirm.negated());
    Statement quote = r.statements().stream().filter(Statement::direct).findFirst().orElseThrow();
    assertEquals("Irena Kostal", quote.claimant().name());
    assertEquals(confirm.claimant().entityId(), quote.claimant().entityId());
  }

  @Test
  void channelsOnPlatformsAndToMedia() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "Irena Kostal wrote on Telegram that the shelling had stopped.",
        "Tomas Brel told Mirevian media that the raid was over.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "Irena Kostal", "wrote", "that the shelling had stopped"),
        att(t, "Tomas Brel", "told", "that the raid was over")));
    assertEquals("Telegram", byCue(r, "wrote").channel().name());
    assertEquals("writing", byCue(r, "wrote").cueClass());
    assertEquals("Mirevian media", byCue(r, "told").channel().name());
  }

  @Test
  void authorVoiceWithHedgesAndUnknownCuesDropped() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "Velna shares a 300-km border with Mirevia. The capture of Dorsk could not be verified.",
        "Footage of the raid showed smoke over Dorsk.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, null, "Footage of", "the raid")));
    assertTrue(r.statements().stream().noneMatch(s -> "Footage of".equals(s.cueText())));
    Statement border = r.statements().get(0);
    assertEquals(ClaimantKind.AUTHOR, border.claimant().kind());
    assertEquals("Test Ledger", border.claimant().name());
    assertEquals("none", border.cueClass());
    assertNull(border.cue());
    Statement unverified = r.statements().stream()
        .filter(s -> s.contentText().startsWith("The capture of Dorsk")).findFirst().orElseThrow();
    assertEquals("unverified", unverified.hedges().get(0).kind());
    assertEquals(1, r.quantities().size());
  }

  @Test
  void passiveByAgentAndRelativePronoun() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "The attack was confirmed by Irena Kostal, who alleged that a Mirevian unit was responsible.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "The attack", "was confirmed"),
        att(t, "who", "alleged", "that a Mirevian unit was responsible")));
    Statement confirm = byCue(r, "was confirmed");
    assertEquals("Irena Kostal", confirm.claimant().name());
    assertEquals("The attack", confirm.contentText());
    assertEquals(Stance.CONFIRM, confirm.stance());
    Statement allege = byCue(r, "alleged");
    assertEquals(Stance.ALLEGE, allege.stance());
    assertEquals(confirm.claimant().entityId(), allege.claimant().entityId());
    assertNull(allege.parentId());
  }

  @Test
  void invertedQuoteTakesTheSpeakerAfterTheCue() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "\"We are leaving now,\" said one resident carrying a bag.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, null, "said", "\"We are leaving now,\"", "one resident carrying a bag")));
    Statement s = byCue(r, "said");
    assertTrue(s.direct());
    assertEquals("one resident", s.claimant().text());
    assertEquals("\"We are leaving now,\"", s.contentText());
    assertNotNull(s.claimant().entityId());
    assertFalse(s.negated());
  }

  @Test
  void selfBeliefNestsAndAddresseeIsNotContent() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "The Orvalian presidency said it believed the raid was a feint.",
        "Tomas Brel told Mirevian media that the border was calm.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "The Orvalian presidency", "said", "it believed the raid was a feint"),
        att(t, "Tomas Brel", "told", "Mirevian media that the border was calm")));
    Statement outer = byCue(r, "said");
    Statement belief = byCue(r, "believed");
    assertEquals(outer.id(), belief.parentId());
    assertEquals(Stance.BELIEVE, belief.stance());
    assertEquals(Stance.ASSERT, outer.stance());
    assertEquals(outer.claimant().entityId(), belief.claimant().entityId());
    assertEquals("the raid was a feint", belief.contentText());
    Statement told = byCue(r, "told");
    assertEquals("that the border was calm", told.contentText());
    assertEquals("Mirevian media", told.channel().name());
  }

  @Test
  void agentlessPassiveReportKeepsItsSubjectAndReportNounsNameNoOne() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "Shelling has been reported near Dorsk.",
        "Unconfirmed reports on local messaging channels said a depot had burned.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, null, "has been reported", "near Dorsk"),
        att(t, "Unconfirmed reports on local messaging channels", "said", "a depot had burned")));
    Statement passive = byCue(r, "has been reported");
    assertEquals(ClaimantKind.UNNAMED, passive.claimant().kind());
    assertTrue(passive.contentText().startsWith("Shelling"), passive.contentText());
    Statement rumour = byCue(r, "said");
    assertEquals(ClaimantKind.UNNAMED, rumour.claimant().kind());
    assertEquals(Stance.REPORT, rumour.stance());
    assertEquals("local messaging channels", rumour.channel().name());
    assertEquals("unverified", rumour.hedges().get(0).kind());
  }

  @Test
  void participlesThatModifyNounsAreNotCues() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "The claim could not be verified, but videos posted on Telegram appear to show a fire at Dorsk.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "videos", "posted", "not be verified")));
    assertTrue(r.statements().stream().noneMatch(s -> "posted".equals(s.cueText())), r.statements().toString());
    Statement author = r.statements().get(0);
    assertEquals(ClaimantKind.AUTHOR, author.claimant().kind());
    assertEquals(2, author.hedges().size(), author.hedges().toString());
  }

  @Test
  void quoteOverTwoParagraphsIsOneStatement() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "\u201cWe are your neighbours,\u201d the Free Orvalia Brigade said. \u201cWe took up arms because we had to.",
        "\u201cStay at home and no harm will come to you.\u201d",
        "Irena Kostal said the town was calm.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "the Free Orvalia Brigade", "said", "\u201cWe are your neighbours,\u201d", "\u201cWe took up arms because we had to."),
        att(t, "Irena Kostal", "said the", "the town was calm")));
    Statement quote = r.statements().stream().filter(Statement::direct).findFirst().orElseThrow();
    assertTrue(quote.contentText().endsWith("no harm will come to you.\u201d"), quote.contentText());
    assertEquals("Free Orvalia Brigade", quote.claimant().name());
  }

  @Test
  void aQuotationOfADroppedCueJoinsTheDirectSpeechBeforeIt() {
    // the tagger takes "put out" for a cue and gives it the next quotation; "put out" is no cue word,
    // so its statement is dropped, and the quotation goes on the brigade's speech instead of being lost
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "\u201cWe are your neighbours,\u201d said a statement put out by the Free Orvalia Brigade. "
            + "\u201cWe took up arms because we had to.\u201d Irena Kostal said the town was calm, \u201cquiet\u201d even.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "a statement", "said", "\u201cWe are your neighbours,\u201d"),
        att(t, null, "put out", "\u201cWe took up arms because we had to.\u201d"),
        att(t, "Irena Kostal", "said the", "the town was calm")));
    Statement quote = r.statements().stream().filter(Statement::direct).findFirst().orElseThrow();
    assertTrue(quote.contentText().startsWith("\u201cWe are your neighbours,\u201d"), quote.contentText());
    assertTrue(quote.contentText().endsWith("because we had to.\u201d"), quote.contentText());
    assertEquals("said", quote.cueText());
    assertTrue(r.statements().stream().noneMatch(x -> "put out".equals(x.cueText())));
  }

  @Test
  void aDroppedCuesQuotationThatSharesItsSentenceIsNotAdopted() {
    // “...,” the mayor-elect quipped: the words around the quotation say it is someone else's
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "\u201cWe are your neighbours,\u201d said the Free Orvalia Brigade. "
            + "\u201cNo, you are not,\u201d a farmer put out. Irena Kostal said the town was calm.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "the Free Orvalia Brigade", "said", "\u201cWe are your neighbours,\u201d"),
        att(t, "a farmer", "put out", "\u201cNo, you are not,\u201d"),
        att(t, "Irena Kostal", "said the", "the town was calm")));
    Statement quote = r.statements().stream().filter(Statement::direct).findFirst().orElseThrow();
    assertEquals("\u201cWe are your neighbours,\u201d", quote.contentText());
  }

  @Test
  void aShortContentRunsToItsClauseEndButNotIntoAParticipleAfterAComma() {
    // Guardian seed: "confirmed an attack on Monday, writing that ..." took the writing clause too
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "The Velna governor, Irena Kostal, confirmed an attack on Monday, writing that the town was shelled.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "The Velna governor, Irena Kostal,", "confirmed", "an attack"),
        att(t, "The Velna governor, Irena Kostal,", "writing", "that the town was shelled")));
    assertEquals("an attack on Monday", byCue(r, "confirmed").contentText());
    assertEquals("that the town was shelled", byCue(r, "writing").contentText());
  }

  @Test
  void whatItSaidWasIsTheSpeakersAccountAndTheAuthorsSentenceStopsBeforeIt() {
    // Guardian seed: "Late on Monday it released video footage showing what it said was a fighter ..."
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "The Free Orvalia Brigade said it had joined the raid. "
            + "Late on Monday it released video footage showing what it said was a fighter inspecting a captured tank.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "The Free Orvalia Brigade", "said", "it had joined the raid")));
    Statement account = r.statements().stream().filter(x -> "said".equals(x.cueText()) && x.contentText().startsWith("a fighter"))
        .findFirst().orElseThrow(() -> new AssertionError(r.statements().toString()));
    assertEquals("a fighter inspecting a captured tank", account.contentText());
    assertEquals("it", account.claimant().text());
    assertTrue(r.statements().stream().anyMatch(x -> x.claimant().kind() == ClaimantKind.AUTHOR
        && x.contentText().equals("Late on Monday it released video footage")), r.statements().toString());
  }

  @Test
  void byAfterAnActiveParticipleIsAMeansNotAnAgent() {
    // example article: "Mila Doran, 54, a teacher ..., said by phone that ..." had "phone" for its claimant
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "Irena Kostal has said by phone that she heard gunfire. The deaths were confirmed by Tomas Brel.");
    AnalyzedArticle r = analyze(a, t -> List.of(
        att(t, "Irena Kostal", "has said", "by phone that she heard gunfire"),
        att(t, null, "were confirmed", "The deaths")));
    assertEquals("Irena Kostal", byCue(r, "has said").claimant().name());
    assertEquals("Tomas Brel", byCue(r, "were confirmed").claimant().name());
  }

  @Test
  void noAttributionsAndEmptyTextAreFine() {
    Article a = article("Test Ledger", null, "Nothing happened.");
    AnalyzedArticle r = analyze(a, t -> List.of());
    assertTrue(r.statements().isEmpty());
    assertTrue(r.dates().isEmpty());
  }

  @Test
  void claimedToHaveInsideAnotherClauseIsAClaimOfTheNounPhraseBeforeIt() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "Fighting spread after self-described Orvalian partisan forces claimed to have seized a village near Dorsk.");
    AnalyzedArticle r = analyze(a, t -> List.of());
    Statement claim = byCue(r, "claimed");
    assertEquals(Stance.CLAIM, claim.stance());
    assertEquals("to have seized a village near Dorsk", claim.contentText());
    assertTrue(claim.claimant().text().endsWith("Orvalian partisan forces"), claim.claimant().text());
    assertEquals(ClaimantKind.NAMED, claim.claimant().kind());
  }

  @Test
  void aSourceEndingInWhoIsItsAntecedent() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "The shelling was also confirmed by Irena Kostal, the governor of Velna, who alleged that a Mirevian unit was responsible.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "The shelling was also confirmed by Irena Kostal, the governor of Velna, who",
        "alleged", "that a Mirevian unit was responsible")));
    Statement alleged = byCue(r, "alleged");
    assertEquals("Irena Kostal", alleged.claimant().name());
    assertEquals("who", alleged.claimant().text());
  }

  @Test
  void twoActorsJoinedByAndEachMakeTheStatement() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "Dorsk sent troops to Mirevia in May. Both Dorskian and Mirevian officials have confirmed fighting at the border.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "Both Dorskian and Mirevian officials", "have confirmed",
        "fighting at the border")));
    List<Statement> confirmed = r.statements().stream().filter(s -> "have confirmed".equals(s.cueText())).toList();
    assertEquals(2, confirmed.size(), confirmed.toString());
    assertEquals(List.of("Dorsk", "Mirevia"), confirmed.stream().map(s -> s.claimant().name()).toList());
    assertEquals(confirmed.get(0).contentText(), confirmed.get(1).contentText());
    assertFalse(confirmed.get(0).id().equals(confirmed.get(1).id()));
  }

  @Test
  void aSourceNamingNoActorIsNamedByItsHeadPhrase() {
    assertEquals("Footage of the march", StatementBuilder.headPhrase("Footage of the march, purportedly from Velna"));
    assertEquals("The video", StatementBuilder.headPhrase("The video"));
  }

  @Test
  void aSpeakerAfterTheCueOfAQuotationIsTheClaimant() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "“Something terrible is happening,” said one woman filming from her window.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, null, "said", "“Something terrible is happening,”")));
    Statement s = byCue(r, "said");
    assertEquals(ClaimantKind.NAMED, s.claimant().kind());
    assertEquals("one woman", s.claimant().text());
  }

  @Test
  void aPassiveConfirmationIsAboutItsSubject() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "Two guards were killed, a local official said. The deaths have not been officially confirmed.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "The deaths", "have not been officially confirmed")));
    Statement s = byCue(r, "have not been officially confirmed");
    assertEquals("The deaths", s.contentText());
    assertEquals(ClaimantKind.UNNAMED, s.claimant().kind());
    assertTrue(s.negated());
  }

  @Test
  void aTrailingFrameWithoutContentTakesTheClauseBeforeIt() {
    Article a = article("Test Ledger", LocalDate.of(2025, 10, 14),
        "More than 30,000 people visited the fair in Velna on Saturday, the organisers said, as growers celebrated.");
    AnalyzedArticle r = analyze(a, t -> List.of(att(t, "the organisers", "said")));
    Statement s = byCue(r, "said");
    assertEquals("More than 30,000 people visited the fair in Velna on Saturday", s.contentText());
    assertEquals("the organisers", s.claimant().text());
  }
}
