package org.corroborate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.EntityType;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

class LedgerBuilderTest {
  private final Ledger ledger = Scenario.ledger();
  private final LedgerEvent event = ledger.events().get(0);
  private final Map<String, AnalyzedArticle> articles = Scenario.all().stream()
      .collect(Collectors.toMap(a -> a.article().id(), Function.identity()));

  private LedgerClaim claim(String claimant, String textPart) {
    return event.claims().stream()
        .filter(c -> c.claimant().name().equals(claimant) && c.text().contains(textPart))
        .findFirst().orElseThrow(() -> new AssertionError("no claim by " + claimant + " with " + textPart + " in " + event.claims()));
  }

  private LedgerEntity entity(String name) {
    return ledger.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + ledger.entities()));
  }

  @Test
  void versionAndArticlesInTimeOrder() {
    assertEquals(Ledger.SCHEMA_VERSION, ledger.schemaVersion());
    assertEquals(List.of("Northern Herald", "Valley Times", "Coast Daily", "Lakeside Post"),
        ledger.articles().stream().map(LedgerArticle::outlet).toList());
    assertEquals(ledger.articles().get(0).id(), ledger.articles().get(1).syndicationOf());
    assertEquals(Instant.parse("2031-04-02T08:00:00Z"), event.start());
    assertEquals(Instant.parse("2031-04-03T07:00:00Z"), event.end());
    assertEquals("Militia says it took Marrow", event.title());
    assertTrue(ledger.problems().isEmpty(), ledger.problems().toString());
  }

  @Test
  void mergesActorsByNameRoleAndAlias() {
    LedgerEntity danner = entity("Ilse Danner");
    assertEquals(EntityType.PERSON, danner.type());
    // the role-only mention "The governor of the Lakeview region" joins Ilse Danner by the role key
    assertTrue(danner.members().contains(new LedgerEntity.Member(Scenario.lakeside().article().id(), "E1")), danner.toString());
    assertEquals(4, danner.members().size());
    LedgerEntity guard = entity("National Guard of Lakeview");
    assertEquals(List.of("Valley Guard"), guard.aliases());
    assertEquals(3, guard.members().size());
    assertEquals(List.of("Marrow"), event.places().stream().map(LedgerEvent.Actor::name).toList());
    assertTrue(event.actors().stream().noneMatch(a -> a.type() == EntityType.GPE));
  }

  @Test
  void withoutTheAliasTheGuardsStayApart() {
    Ledger plain = LedgerBuilder.build(List.of(new EventGroup("ev1", Scenario.all())), Aliases.none());
    assertTrue(plain.entities().stream().anyMatch(e -> e.name().equals("Valley Guard")));
    assertTrue(plain.entities().stream().anyMatch(e -> e.name().equals("National Guard of Lakeview") && e.aliases().isEmpty()));
  }

  @Test
  void lastNameJoinsTheFullName() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Mayor Olga Brand spoke. Brand said the bridge was closed.")
        .entity("E1", "Olga Brand", EntityType.PERSON, List.of("Olga Brand"), List.of(), List.of());
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T01:00:00Z", "t",
        "Brand said the bridge had been closed for repairs.")
        .entity("E1", "Brand", EntityType.PERSON, List.of("Brand"), List.of(), List.of())
        .statement("S1").by("Brand", "E1", "Brand").cue("said", "speech").content("the bridge had been closed for repairs").add();
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build()))), Aliases.none());
    assertEquals(1, l.entities().size(), l.entities().toString());
    assertEquals("Olga Brand", l.events().get(0).claims().get(0).claimant().name());
    assertEquals("E1", l.events().get(0).claims().get(0).claimant().entityId());
  }

  @Test
  void twoFullNamesWithOneLastNameStayApart() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", null, "t", "Olga Brand and Piet Brand met.")
        .entity("E1", "Olga Brand", EntityType.PERSON, List.of("Olga Brand"), List.of(), List.of())
        .entity("E2", "Piet Brand", EntityType.PERSON, List.of("Piet Brand"), List.of(), List.of());
    ArticleFixture b = ArticleFixture.article("B", "b.example", null, "t", "Brand spoke.")
        .entity("E1", "Brand", EntityType.PERSON, List.of("Brand"), List.of(), List.of());
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build()))), Aliases.none());
    assertEquals(3, l.entities().size(), l.entities().toString());
  }

  @Test
  void paraphrasedQuoteIsOneCorroboratedClaim() {
    LedgerClaim quote = claim("Free Valley Brigade", "valley people");
    assertEquals(3, quote.statements().size());
    assertEquals(List.of("Northern Herald", "Valley Times", "Coast Daily"), quote.outlets());
    assertEquals(2, quote.independentOutlets(), "the syndicated copy counts once");
    assertEquals(List.of(List.of("Northern Herald", "Valley Times"), List.of("Coast Daily")), quote.sourceGroups());
    assertEquals(ClaimStatus.CORROBORATED, quote.status());
    assertEquals(Instant.parse("2031-04-02T08:00:00Z"), quote.firstSeen());
  }

  @Test
  void oneClaimThroughTwoAgencies() {
    LedgerClaim informed = claim("Piet Varga", "informed");
    assertEquals(List.of("Wire One", "Wire Two"), informed.channels());
    assertEquals(ClaimStatus.CORROBORATED, informed.status());
    assertEquals("E" + (ledger.entities().indexOf(entity("Piet Varga")) + 1), informed.claimant().entityId());
    // the agency quoting him is a channel, not a claim of its own
    assertTrue(event.claims().stream().noneMatch(c -> c.claimant().name().equals("Wire Two")));
  }

  @Test
  void deniedClaimIsContestedAndListedFirst() {
    LedgerClaim capture = claim("Free Valley Brigade", "captured");
    LedgerClaim denial = claim("Interior Ministry", "captured");
    assertEquals(ClaimStatus.CONTESTED, capture.status());
    assertEquals(3, capture.statements().size(), "'taken Marrow village' is the same claim as 'captured the village'");
    assertEquals(List.of(denial.id()), capture.contestedBy());
    assertEquals(List.of(capture.id()), denial.contests());
    assertEquals(Stance.DENY, denial.stance());
    assertEquals(ClaimStatus.SINGLE_SOURCE, denial.status(), "a caveat does not weaken a denial; syndicated copy counts once");
    assertTrue(capture.statusReason().contains("not verified"), capture.statusReason());
    assertEquals(capture, event.claims().get(0));
    for (int i = 1; i < event.claims().size(); i++) {
      assertTrue(event.claims().get(i - 1).status().ordinal() <= event.claims().get(i).status().ordinal());
    }
  }

  @Test
  void unverifiedHedgesMakeUnconfirmed() {
    LedgerClaim drone = claim("unnamed source", "drone");
    assertEquals(ClaimStatus.UNCONFIRMED, drone.status());
    assertEquals("unnamed", drone.claimant().kind());
    assertEquals("unverified", drone.statements().get(0).hedges().get(0).kind());
    // a caveat in one statement does not spill onto another claimant's statement in the same sentence area
    assertEquals(ClaimStatus.SINGLE_SOURCE, claim("Ilse Danner", "attack").status());
  }

  @Test
  void authorVoiceClaimHasTheOutletsAsClaimant() {
    LedgerClaim caveat = claim("Northern Herald; Valley Times", "capture of the village");
    assertEquals("author", caveat.claimant().kind());
    assertNull(caveat.claimant().entityId());
    assertEquals(ClaimStatus.UNCONFIRMED, caveat.status());
  }

  @Test
  void conflictingNumbersStayTwoClaimsAndAreADisagreement() {
    LedgerClaim eight = claim("Ilse Danner", "eight");
    LedgerClaim nine = claim("Ilse Danner", "nine");
    assertNotEquals(eight.id(), nine.id());
    Disagreement numbers = event.disagreements().stream().filter(d -> d.kind().equals("number")).findFirst().orElseThrow();
    assertEquals("people wounded", numbers.subject());
    assertEquals(List.of("8", "8", "9"), numbers.items().stream().map(Disagreement.Item::value).toList());
    Disagreement dates = event.disagreements().stream().filter(d -> d.kind().equals("date")).findFirst().orElseThrow();
    assertEquals(List.of("2031-03-31", "2031-03-31", "2031-04-01"), dates.items().stream().map(Disagreement.Item::value).toList());
    assertTrue(event.disagreements().stream().anyMatch(d -> d.kind().equals("single-outlet") && d.subject().equals("Lakeside Post")));
  }

  @Test
  void attributionToDifferentClaimantsIsADisagreement() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Officer Jan Roe said the bridge over the Tarn river collapsed at noon.")
        .entity("E1", "Jan Roe", EntityType.PERSON, List.of("Jan Roe"), List.of(), List.of())
        .statement("S1").by("Officer Jan Roe", "E1", "Jan Roe").cue("said", "speech")
        .content("the bridge over the Tarn river collapsed at noon").add();
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T02:00:00Z", "t",
        "The bridge over the Tarn river collapsed at noon, the fire service said.")
        .entity("E1", "fire service", EntityType.ORGANIZATION, List.of(), List.of("the fire service"), List.of())
        .statement("S1").by("the fire service", "E1", "fire service").cue("said", "speech")
        .content("The bridge over the Tarn river collapsed at noon").add();
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build()))), Aliases.none());
    Disagreement d = l.events().get(0).disagreements().stream().filter(x -> x.kind().equals("attribution"))
        .findFirst().orElseThrow(() -> new AssertionError(l.events().get(0).disagreements().toString()));
    assertEquals(List.of("Jan Roe", "fire service"), d.items().stream().map(Disagreement.Item::value).toList());
    assertEquals(2, d.claims().size());
  }

  @Test
  void framingShowsEachOutletsWords() {
    Framing brigade = event.framing().stream().filter(f -> f.name().equals("Free Valley Brigade")).findFirst().orElseThrow();
    Map<String, List<String>> byOutlet = brigade.outlets().stream()
        .collect(Collectors.toMap(Framing.OutletWords::outlet, Framing.OutletWords::words));
    assertTrue(byOutlet.get("Northern Herald").contains("self-described rebel militia"));
    assertTrue(byOutlet.get("Coast Daily").contains("terrorist organisation"));
    assertEquals(List.of(), byOutlet.get("Lakeside Post"));
  }

  @Test
  void everyEvidenceSpanPointsIntoItsArticle() {
    for (LedgerClaim c : event.claims()) {
      for (Evidence e : c.statements()) {
        String text = articles.get(e.articleId()).article().text();
        assertEquals(e.contentText(), e.content().of(text));
        assertEquals(e.sentenceText(), e.sentence().of(text));
        assertTrue(e.sentence().contains(e.content()), e.toString());
        if (e.cue() != null) {
          assertEquals(e.cueText(), e.cue().of(text));
          assertTrue(e.sentence().contains(e.cue()));
        }
        if (e.claimant() != null) {
          assertEquals(e.claimantText(), e.claimant().of(text));
        }
      }
    }
  }

  @Test
  void aDenialWhoseDenierIsTheSubjectContestsClaimsNamingIt() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Governor Ilse Danner alleged that a Valdorian sabotage group was responsible. "
        + "The Free Valley Brigade claimed responsibility for a minor incursion into Tarn.")
        .entity("E1", "Ilse Danner", EntityType.PERSON, List.of("Ilse Danner"), List.of(), List.of())
        .entity("E2", "Free Valley Brigade", EntityType.ORGANIZATION, List.of("Free Valley Brigade"), List.of(), List.of())
        .statement("S1").by("Governor Ilse Danner", "E1", "Ilse Danner").cue("alleged", "accusation")
        .content("a Valdorian sabotage group was responsible").stance(Stance.ALLEGE).add()
        .statement("S2").by("The Free Valley Brigade", "E2", "Free Valley Brigade").cue("claimed", "claim")
        .content("responsibility for a minor incursion into Tarn").stance(Stance.CLAIM).add();
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T03:00:00Z", "t",
        "Valdoria has denied being behind the attacks.")
        .entity("E1", "Valdoria", EntityType.GPE, List.of("Valdoria"), List.of(), List.of())
        .statement("S1").by("Valdoria", "E1", "Valdoria").cue("denied", "denial").content("being behind the attacks")
        .stance(Stance.DENY).add();
    // as in a real event, the attacks themselves are what most statements talk about
    ArticleFixture attacks = ArticleFixture.article("C", "c.example", "2031-01-01T04:00:00Z", "t",
        "The attacks began at dawn. The attacks hit two villages. Residents fled the attacks.")
        .statement("S1").content("The attacks began at dawn").add()
        .statement("S2").content("The attacks hit two villages").add()
        .statement("S3").content("Residents fled the attacks").add();
    LedgerEvent e = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build(), attacks.build()))),
        Aliases.none()).events().get(0);
    LedgerClaim alleged = e.claims().stream().filter(c -> c.text().contains("sabotage")).findFirst().orElseThrow();
    LedgerClaim brigade = e.claims().stream().filter(c -> c.text().contains("incursion")).findFirst().orElseThrow();
    assertEquals(ClaimStatus.CONTESTED, alleged.status(), "'Valdorian ... responsible' names the denier: " + e.claims());
    assertEquals(ClaimStatus.SINGLE_SOURCE, brigade.status(), "the brigade's own claim does not name Valdoria");
  }

  @Test
  void aNegatedConfirmationIsACaveatNotADenial() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "The brigade said it had captured the village of Marrow. "
        + "Any capture of the village had not been confirmed by reporters on the ground.")
        .entity("E1", "brigade", EntityType.ORGANIZATION, List.of("brigade"), List.of(), List.of())
        .statement("S1").by("The brigade", "E1", "brigade").cue("said", "speech")
        .content("it had captured the village of Marrow").stance(Stance.CLAIM).add()
        .statement("S2").by("reporters on the ground", null, "reporters on the ground").cue("confirmed", "confirmation")
        .content("Any capture of the village").stance(Stance.CONFIRM).negated().add();
    LedgerEvent e = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build()))), Aliases.none()).events().get(0);
    LedgerClaim capture = e.claims().stream().filter(c -> c.text().contains("Marrow")).findFirst().orElseThrow();
    assertEquals(ClaimStatus.UNCONFIRMED, capture.status(), capture.statusReason());
    assertTrue(capture.contestedBy().isEmpty());
  }

  @Test
  void emptyStatementsAreProblemsAndAParentSameClaimantIsNoChannel() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", null, "t",
        "Piet Varga said the bridge was closed, adding that it would reopen on Friday.")
        .entity("E1", "Piet Varga", EntityType.PERSON, List.of("Piet Varga"), List.of(), List.of())
        .statement("S1").by("Piet Varga", "E1", "Piet Varga").cue("said", "speech").content("the bridge was closed").add()
        .statement("S2").by("Piet Varga", "E1", "Piet Varga").cue("adding", "speech").content("it would reopen on Friday")
        .parent("S1").add()
        .statement("S3").contentSpan(new Span(4, 4), "").add();
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build()))), Aliases.none());
    assertEquals(List.of("empty-content"), l.problems().stream().map(org.corroborate.model.Rejection::reason).toList());
    assertTrue(l.events().get(0).claims().stream().allMatch(c -> c.channels().isEmpty()), l.events().get(0).claims().toString());
  }

  @Test
  void sharedWireTextCountsOnceButTheSameQuoteDoesNot() {
    String wire = "Officials in Tarn said the bridge over the river had been closed for repairs since Monday.";
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t", wire)
        .statement("S1").unnamed("Officials in Tarn").cue("said", "speech")
        .content("the bridge over the river had been closed for repairs since Monday").add();
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T01:00:00Z", "t", "Other news first. " + wire)
        .statement("S1").unnamed("Officials in Tarn").cue("said", "speech")
        .content("the bridge over the river had been closed for repairs since Monday").add();
    String quote = "\u201cWe will rebuild the bridge within a year,\u201d ";
    ArticleFixture c = ArticleFixture.article("C", "c.example", "2031-01-01T02:00:00Z", "t", quote + "she said.")
        .entity("E1", "Ilse Danner", EntityType.PERSON, List.of(), List.of("she"), List.of())
        .statement("S1").by("she", "E1", "Ilse Danner").cue("said", "speech")
        .content("We will rebuild the bridge within a year").direct().add();
    ArticleFixture d = ArticleFixture.article("D", "d.example", "2031-01-01T03:00:00Z", "t", quote + "the mayor said.")
        .entity("E1", "Ilse Danner", EntityType.PERSON, List.of(), List.of("the mayor"), List.of())
        .statement("S1").by("the mayor", "E1", "Ilse Danner").cue("said", "speech")
        .content("We will rebuild the bridge within a year").direct().add();
    LedgerEvent e = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build(), c.build(), d.build()))),
        Aliases.none()).events().get(0);
    LedgerClaim bridge = e.claims().stream().filter(x -> x.text().contains("closed")).findFirst().orElseThrow();
    assertEquals(List.of("A", "B"), bridge.outlets());
    assertEquals(1, bridge.independentOutlets(), "one wire sentence in two outlets");
    LedgerClaim rebuild = e.claims().stream().filter(x -> x.text().contains("rebuild")).findFirst().orElseThrow();
    assertEquals(2, rebuild.independentOutlets(), "two outlets quoting the same words report independently");
    assertEquals(ClaimStatus.CORROBORATED, rebuild.status());
  }

  @Test
  void badOffsetsAreRecordedNotThrown() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", null, "t", "Short text.")
        .statement("S1").contentSpan(new Span(3, 999), "?").add()
        .statement("S2").content("Short text").add();
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build()))), Aliases.none());
    assertEquals(1, l.problems().size());
    assertEquals("bad-offsets", l.problems().get(0).reason());
    assertEquals(1, l.events().get(0).claims().size());
  }

  @Test
  void emptyEventAndDuplicateIds() {
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("empty", List.of())), Aliases.none());
    assertTrue(l.events().get(0).claims().isEmpty());
    assertNull(l.events().get(0).start());
    assertThrows(IllegalArgumentException.class,
        () -> LedgerBuilder.build(List.of(new EventGroup("a", List.of()), new EventGroup("a", List.of())), Aliases.none()));
  }

  @Test
  void deterministic() {
    assertEquals(LedgerWriter.toJson(ledger), LedgerWriter.toJson(Scenario.ledger()));
    assertFalse(LedgerWriter.toJson(ledger).isEmpty());
  }

  @Test
  void framingWordsDropTheirLeadingArticleIncludingAnother() {
    assertEquals("anti-Kremlin militia", FramingBuilder.clean("Another anti-Kremlin militia"));
    assertEquals("anti-Kremlin militia", FramingBuilder.clean("the anti-Kremlin militia,"));
  }

  @Test
  void oneOutletReadFromTextAndFromItsWebPageCountsOnceUnderOneName() {
    ArticleFixture text = ArticleFixture.article("The Lakeview Courier", null, "2031-01-01T00:00:00Z", "t",
        "Mayor Olga Brand said the bridge was closed.")
        .entity("E1", "Olga Brand", EntityType.PERSON, List.of("Olga Brand"), List.of(), List.of())
        .statement("S1").by("Mayor Olga Brand", "E1", "Olga Brand").cue("said", "speech").content("the bridge was closed").add();
    ArticleFixture page = ArticleFixture.article("thelakeviewcourier.com", "www.thelakeviewcourier.com", "2031-01-01T02:00:00Z",
        "t", "Olga Brand said on Monday the bridge was closed to traffic.")
        .entity("E1", "Olga Brand", EntityType.PERSON, List.of("Olga Brand"), List.of(), List.of())
        .statement("S1").by("Olga Brand", "E1", "Olga Brand").cue("said", "speech").content("the bridge was closed to traffic").add();
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(text.build(), page.build()))), Aliases.none());
    LedgerClaim c = l.events().get(0).claims().get(0);
    assertEquals(List.of("The Lakeview Courier"), c.outlets());
    assertEquals(1, c.independentOutlets());
    assertEquals(ClaimStatus.SINGLE_SOURCE, c.status());
    assertTrue(l.articles().stream().allMatch(a -> a.outlet().equals("The Lakeview Courier")), l.articles().toString());
  }

  @Test
  void anUnnamedSourceOrAQuotationInTheOutletsVoiceIsNoAttributionDisagreement() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Officer Jan Roe said the bridge over the Tarn river collapsed at noon. “We closed every road,” Roe said.")
        .entity("E1", "Jan Roe", EntityType.PERSON, List.of("Jan Roe", "Roe"), List.of(), List.of())
        .statement("S1").by("Officer Jan Roe", "E1", "Jan Roe").cue("said", "speech")
        .content("the bridge over the Tarn river collapsed at noon").add()
        .statement("S2").by("Roe", "E1", "Jan Roe").cue("said", "speech").content("“We closed every road,”").direct().add();
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T02:00:00Z", "t",
        "The bridge over the Tarn river collapsed at noon, a witness said. “We closed every road,” the report ends.")
        .statement("S1").unnamed("a witness").cue("said", "speech").content("The bridge over the Tarn river collapsed at noon").add()
        .statement("S2").author("B").content("“We closed every road,”").add();
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build()))), Aliases.none());
    assertTrue(l.events().get(0).disagreements().stream().noneMatch(x -> x.kind().equals("attribution")),
        l.events().get(0).disagreements().toString());
  }

  @Test
  void oneWeekdayWrittenTwoWaysIsTheSameRelativeDate() {
    assertEquals("wednesday", DisagreementFinder.relativeCore("On Wednesday"));
    assertEquals("wednesday", DisagreementFinder.relativeCore("Wednesday evening"));
    assertEquals("wednesday", DisagreementFinder.relativeCore("last Wednesday"));
    assertEquals("yesterday", DisagreementFinder.relativeCore("late yesterday"));
  }

  @Test
  void aCapitalActingAsItsGovernmentIsItsCountryButAPresidencyStaysApart() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Velnagrad has denied any role in the raid. The Palace said the raid was a diversion.")
        .entity("E1", "Velnagrad", EntityType.GPE, List.of("Velnagrad"), List.of(), List.of("acting as the Velnian government"))
        .entity("E2", "Palace", EntityType.GPE, List.of("Palace"), List.of(), List.of("acting as the Mirevian presidency"));
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T02:00:00Z", "t",
        "Velnia denied it was involved. Mirevia said nothing.")
        .entity("E1", "Velnia", EntityType.GPE, List.of("Velnia"), List.of(), List.of("acting as the Velnian government"))
        .entity("E2", "Mirevia", EntityType.GPE, List.of("Mirevia"), List.of(), List.of());
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build()))), Aliases.none());
    assertEquals(3, l.entities().size(), l.entities().toString());
    assertTrue(l.entities().stream().anyMatch(e -> e.aliases().contains("Velnagrad") || e.name().equals("Velnagrad")
        && e.aliases().contains("Velnia")), l.entities().toString());
  }

  @Test
  void aClaimOfTwoStatementsIsWordedByTheFullerOne() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "The attack was also confirmed by Mayor Olga Brand.")
        .entity("E1", "Olga Brand", EntityType.PERSON, List.of("Olga Brand"), List.of(), List.of())
        .statement("S1").by("Mayor Olga Brand", "E1", "Olga Brand").cue("was also confirmed", "confirmation")
        .stance(Stance.CONFIRM).content("The attack").add();
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T02:00:00Z", "t",
        "Olga Brand confirmed an attack on Monday.")
        .entity("E1", "Olga Brand", EntityType.PERSON, List.of("Olga Brand"), List.of(), List.of())
        .statement("S1").by("Olga Brand", "E1", "Olga Brand").cue("confirmed", "confirmation")
        .stance(Stance.CONFIRM).content("an attack on Monday").add();
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build()))), Aliases.none());
    List<LedgerClaim> claims = l.events().get(0).claims();
    assertEquals(1, claims.size(), claims.toString());
    assertEquals("an attack on Monday", claims.get(0).text());
    assertEquals(2, claims.get(0).independentOutlets());
  }
}
