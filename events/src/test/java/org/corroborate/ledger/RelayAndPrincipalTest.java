package org.corroborate.ledger;

import static org.corroborate.ledger.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * End to end through the ledger: an outlet that says it relays another outlet's report is not a
 * second independent source; a spokesperson's claim is its principal's; a claim relayed through a
 * news agency stays its speaker's.
 */
class RelayAndPrincipalTest {
  private static final String CONTENT = "the bridge at Varna was destroyed by saboteurs on Monday night";

  private static LedgerClaim find(LedgerEvent e, String textPart) {
    return e.claims().stream()
        .filter(c -> c.statements().stream().anyMatch(x -> x.contentText().contains(textPart))).findFirst()
        .orElseThrow(() -> new AssertionError("no claim with " + textPart + " in " + e.claims()));
  }

  private static LedgerEvent event(ArticleFixture... fs) {
    return LedgerBuilder.build(List.of(new EventGroup("x", java.util.Arrays.stream(fs).map(ArticleFixture::build).toList())),
        Aliases.none()).events().get(0);
  }

  private static ArticleFixture own(String outlet, String domain) {
    String text = "Speaking in Korvel, Anton Brel said " + CONTENT + ", adding that repairs would take weeks.";
    return article(outlet, domain, "2031-01-01T00:00:00Z", "t", text)
        .entity("E1", "Anton Brel", EntityType.PERSON, List.of("Anton Brel"), List.of(), List.of())
        .statement("S1").by("Anton Brel", "E1", "Anton Brel").cue("said", "speech").content(CONTENT).add();
  }

  private static ArticleFixture relaying(String outlet, String domain, String tail, String channelText, String channelName) {
    return relaying(outlet, domain, "Anton Brel told a briefing ", tail, channelText, channelName);
  }

  private static ArticleFixture relaying(String outlet, String domain, String lead, String tail, String channelText,
      String channelName) {
    String text = lead + CONTENT + ", " + tail + ".";
    return article(outlet, domain, "2031-01-01T03:00:00Z", "t", text)
        .entity("E1", "Anton Brel", EntityType.PERSON, List.of("Anton Brel"), List.of(), List.of())
        .statement("S1").by("Anton Brel", "E1", "Anton Brel").cue("told", "speech").content(CONTENT)
        .channel(channelText, channelName).add();
  }

  @Test
  void anOutletThatSaysItRelaysAnotherOutletOfTheEventIsNotASecondSource() {
    LedgerEvent e = event(own("The Harbour Times", "harbourtimes.example"),
        relaying("Lake Post", "lakepost.example", "the Harbour Times reported", "the Harbour Times reported", "Harbour Times"));
    LedgerClaim c = find(e, "bridge at Varna");
    assertEquals(List.of("The Harbour Times", "Lake Post"), c.outlets(), e.claims().toString());
    assertEquals(1, c.independentOutlets(), c.sourceGroups().toString());
  }

  @Test
  void aGenericSourceNamesNoOutletAndLeavesTheArticlesOwnUnit() {
    LedgerEvent e = event(own("The Harbour Times", "harbourtimes.example"),
        relaying("Lake Post", "lakepost.example", "news agencies reported", "news agencies reported", "news agencies"));
    assertEquals(2, find(e, "bridge at Varna").independentOutlets());
  }

  @Test
  void twoOutletsRelayingOneNewsAgencyAreOneSourceAndTwoAgenciesAreTwo() {
    LedgerEvent same = event(
        relaying("Lake Post", "lakepost.example", "the state-run Lumen news agency reported", "the state-run Lumen news agency", "Lumen"),
        relaying("Hill Courier", "hillcourier.example", "according to the Lumen news agency", "the Lumen news agency", "Lumen news agency"));
    LedgerClaim c = find(same, "bridge at Varna");
    assertEquals(2, c.outlets().size(), same.claims().toString());
    assertEquals(1, c.independentOutlets(), c.sourceGroups().toString());

    LedgerEvent two = event(
        relaying("Lake Post", "lakepost.example", "the state-run Lumen news agency reported", "the state-run Lumen news agency", "Lumen"),
        relaying("Hill Courier", "hillcourier.example", "the Baltwire news agency reported", "the Baltwire news agency", "Baltwire"));
    assertEquals(2, find(two, "bridge at Varna").independentOutlets());
  }

  @Test
  void aSpokespersonsClaimAndItsPrincipalsClaimAreOneClaim() {
    String ta = "Stonegate spokesperson Anton Brel said " + CONTENT + ".";
    ArticleFixture a = article("A", "a.example", "2031-01-01T00:00:00Z", "t", ta)
        .entity("E1", "Anton Brel", EntityType.PERSON, List.of("Anton Brel"), List.of(), List.of("Stonegate spokesperson"))
        .entity("E2", "Stonegate", EntityType.GPE, List.of("Stonegate"), List.of(), List.of())
        .statement("S1").by("Stonegate spokesperson Anton Brel", "E1", "Anton Brel").cue("said", "speech").content(CONTENT).add();
    String tb = "In a statement, Stonegate said " + CONTENT + ". Mirevia has denied it.";
    ArticleFixture b = article("B", "b.example", "2031-01-01T01:00:00Z", "t", tb)
        .entity("E1", "Stonegate", EntityType.GPE, List.of("Stonegate"), List.of(), List.of("acting as the Mirevian presidency"))
        .entity("E2", "Mirevia", EntityType.GPE, List.of("Mirevia"), List.of(), List.of("acting as the Mirevian government"))
        .statement("S1").by("Stonegate", "E1", "Stonegate").cue("said", "speech").content(CONTENT).add();
    LedgerEvent e = event(a, b);
    LedgerClaim c = find(e, "bridge at Varna");
    assertEquals(List.of("A", "B"), c.outlets(), e.claims().toString());
    assertEquals(2, c.independentOutlets());
  }

  @Test
  void aRoleNamedInOneEventHoldsInAnotherWhereTheWordsNameNoOwner() {
    String content = "no Orvalian unit had fired across the border at any time this week";
    String other = "the depot at Tarn had supplied fuel to the brigade for two years";
    // event one: the spokesman's owner is named ("a spokesman for the Orvalian army")
    ArticleFixture named = article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Rostan Vell, a spokesman for the Orvalian army, said " + content + ".")
        .entity("E1", "Rostan Vell", EntityType.PERSON, List.of("Rostan Vell"), List.of(), List.of("a spokesman for the Orvalian army"))
        .entity("E2", "Orvalia", EntityType.GPE, List.of("Orvalia"), List.of(), List.of())
        .statement("S1").by("Rostan Vell", "E1", "Rostan Vell").cue("said", "speech").content(content).add();
    // event two: only "an army spokesman"; Orvalia itself says the same thing in another outlet
    ArticleFixture unowned = article("B", "b.example", "2031-02-01T00:00:00Z", "t",
        "Rostan Vell, an army spokesman, said " + other + ".")
        .entity("E1", "Rostan Vell", EntityType.PERSON, List.of("Rostan Vell"), List.of(), List.of("an army spokesman"))
        .statement("S1").by("Rostan Vell", "E1", "Rostan Vell").cue("said", "speech").content(other).add();
    ArticleFixture state = article("C", "c.example", "2031-02-01T02:00:00Z", "t", "Orvalia said " + other + ".")
        .entity("E1", "Orvalia", EntityType.GPE, List.of("Orvalia"), List.of(), List.of())
        .statement("S1").by("Orvalia", "E1", "Orvalia").cue("said", "speech").content(other).add();
    List<EventGroup> groups = List.of(new EventGroup("one", List.of(named.build())),
        new EventGroup("two", List.of(unowned.build(), state.build())));
    LedgerEvent two = LedgerBuilder.build(groups, Aliases.none()).events().get(1);
    LedgerClaim c = find(two, "depot at Tarn");
    assertEquals(List.of("B", "C"), c.outlets(), two.claims().toString());
    assertEquals("Orvalia", c.claimant().name(), c.toString());

    // read alone, event two has no owner for the spokesman: two claimants, two claims
    LedgerEvent alone = LedgerBuilder.build(List.of(groups.get(1)), Aliases.none()).events().get(0);
    assertEquals(List.of("B"), find(alone, "depot at Tarn").outlets(), alone.claims().toString());
  }

  @Test
  void aClaimRelayedThroughANewsAgencyStaysTheSpeakersWithTheAgencyAsItsChannel() {
    String text = "According to the state-run Lumen news agency, citing Stonegate spokesperson Anton Brel, " + CONTENT + ".";
    ArticleFixture a = article("A", "a.example", "2031-01-01T00:00:00Z", "t", text)
        .entity("E1", "Lumen", EntityType.ORGANIZATION, List.of("Lumen"), List.of(), List.of("state-run news agency"))
        .entity("E2", "Anton Brel", EntityType.PERSON, List.of("Anton Brel"), List.of(), List.of("Stonegate spokesperson"))
        .statement("S1").by("the state-run Lumen news agency", "E1", "Lumen").cue("According to", "according-to")
        .content("citing Stonegate spokesperson Anton Brel, " + CONTENT).channel("the state-run Lumen news agency", "Lumen").add()
        .statement("S2").by("Stonegate spokesperson Anton Brel", "E2", "Anton Brel").cue("citing", "speech").content(CONTENT)
        .channel("the state-run Lumen news agency", "Lumen").parent("S1").add();
    LedgerEvent e = event(a);
    List<LedgerClaim> carrying = e.claims().stream()
        .filter(c -> c.statements().stream().anyMatch(x -> x.contentText().contains("bridge at Varna"))).toList();
    assertEquals(1, carrying.size(), "the agency's conduit statement is not a claim of its own: " + e.claims());
    assertEquals("Anton Brel", carrying.get(0).claimant().name());
    assertEquals(List.of("Lumen"), carrying.get(0).channels());
    assertTrue(e.claims().stream().noneMatch(c -> c.claimant().name().equals("Lumen")));
  }

  @Test
  void aChannelThatIsAPersonOfTheArticleIsNoWireService() {
    String other = "On Tuesday, at a crowded press conference in the capital, Anton Brel told reporters that ";
    LedgerEvent e = event(
        relaying("Lake Post", "lakepost.example", "Mayor Ada Reuters said", "Reuters", "Reuters")
            .entity("E2", "Ada Reuters", EntityType.PERSON, List.of("Ada Reuters"), List.of(), List.of("Mayor")),
        relaying("Hill Courier", "hillcourier.example", other, "as Mayor Ada Reuters heard", "Reuters", "Reuters")
            .entity("E2", "Ada Reuters", EntityType.PERSON, List.of("Ada Reuters"), List.of(), List.of("Mayor")));
    assertEquals(2, find(e, "bridge at Varna").independentOutlets(), find(e, "bridge at Varna").sourceGroups().toString());
    LedgerEvent wire = event(
        relaying("Lake Post", "lakepost.example", "Reuters reported", "Reuters reported", "Reuters"),
        relaying("Hill Courier", "hillcourier.example", other, "according to Reuters", "according to Reuters", "Reuters"));
    assertEquals(1, find(wire, "bridge at Varna").independentOutlets(), "two outlets relaying Reuters are one source");
  }
}
