package org.corroborate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.model.EntityType;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Which claims a denial of responsibility contests, and when one claimant's statement relayed in part
 * by one outlet and in full by another is one claim. Fictional articles.
 */
class ContestAndRelayTest {

  private static LedgerClaim find(LedgerEvent e, String textPart) {
    return e.claims().stream()
        .filter(c -> c.statements().stream().anyMatch(x -> x.contentText().contains(textPart))).findFirst()
        .orElseThrow(() -> new AssertionError("no claim with " + textPart + " in " + e.claims()));
  }

  /** Two outlets: scene-setting in their own voice, an accusation, a denial of connection. */
  private static LedgerEvent raid(Aliases aliases, String denier) {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "A village on the border with Valdoria has reportedly fallen under the control of rebel fighters. "
        + "Governor Ilse Danner said a Valdorian sabotage group was responsible for the raid. "
        + "Ilse Danner said the incursion broke a ceasefire that had held since the end of the long war with neighbouring Valdoria. "
        + "Ilse Danner said shells fell on two farms near the border with Valdoria.")
        .entity("E1", "Ilse Danner", EntityType.PERSON, List.of("Ilse Danner"), List.of(), List.of())
        .statement("S1").content("A village on the border with Valdoria has reportedly fallen under the control of rebel fighters").add()
        .statement("S2").by("Governor Ilse Danner", "E1", "Ilse Danner").cue("said", "speech")
        .content("a Valdorian sabotage group was responsible for the raid").stance(Stance.ALLEGE).add()
        .statement("S3").by("Ilse Danner said the incursion", "E1", "Ilse Danner").cue("said", "speech")
        .content("the incursion broke a ceasefire that had held since the end of the long war with neighbouring Valdoria").add()
        .statement("S4").by("Ilse Danner said shells", "E1", "Ilse Danner").cue("said", "speech")
        .content("shells fell on two farms near the border with Valdoria").add();
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T03:00:00Z", "t",
        "Fighting has broken out on the border with Valdoria after rebel fighters claimed to hold a village. "
        + denier + " has denied any connection to the rebel fighters.")
        .entity("E1", denier, EntityType.GPE, List.of(denier), List.of(), List.of())
        .statement("S1").content("Fighting has broken out on the border with Valdoria after rebel fighters claimed to hold a village").add()
        .statement("S2").by(denier, "E1", denier).cue("denied", "denial")
        .content("any connection to the rebel fighters").stance(Stance.DENY).add();
    return LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build(), b.build()))), aliases).events().get(0);
  }

  @Test
  void aDenialOfConnectionContestsTheAccusationNotTheScene() {
    LedgerEvent e = raid(Aliases.none(), "Valdoria");
    LedgerClaim denial = find(e, "any connection");
    LedgerClaim accusation = find(e, "sabotage group");
    assertEquals(ClaimStatus.CONTESTED, accusation.status(), e.claims().toString());
    assertEquals(List.of(denial.id()), accusation.contestedBy());
    for (String scene : List.of("fallen under the control", "Fighting has broken out")) {
      LedgerClaim c = find(e, scene);
      assertTrue(c.contestedBy().isEmpty(), "own-voice scene-setting naming the denier's country: " + c);
    }
    assertTrue(find(e, "incursion broke").contestedBy().isEmpty(), "the denier named far from the word of attack");
    assertTrue(find(e, "shells fell").contestedBy().isEmpty(), "names the denier but blames no one");
  }

  @Test
  void aCapitalContestsClaimsAboutItsCountryOnlyThroughAUserAlias() {
    LedgerEvent plain = raid(Aliases.none(), "Tarnholm");
    assertTrue(find(plain, "sabotage group").contestedBy().isEmpty(), "nothing says Tarnholm is Valdoria");
    LedgerEvent aliased = raid(Aliases.parse("test", "Tarnholm\tValdoria\n"), "Tarnholm");
    LedgerClaim accusation = find(aliased, "sabotage group");
    assertEquals(ClaimStatus.CONTESTED, accusation.status(), aliased.claims().toString());
    assertTrue(find(aliased, "fallen under the control").contestedBy().isEmpty());
  }

  @Test
  void anOwnVoiceSentenceThatBlamesTheDenierIsContested() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Valdorian-backed saboteurs attacked the town of Lisko on Monday. Valdoria has denied any involvement.")
        .entity("E1", "Valdoria", EntityType.GPE, List.of("Valdoria"), List.of(), List.of())
        .statement("S1").content("Valdorian-backed saboteurs attacked the town of Lisko on Monday").add()
        .statement("S2").by("Valdoria", "E1", "Valdoria").cue("denied", "denial").content("any involvement")
        .stance(Stance.DENY).add();
    LedgerEvent e = LedgerBuilder.build(List.of(new EventGroup("x", List.of(a.build()))), Aliases.none()).events().get(0);
    assertEquals(ClaimStatus.CONTESTED, find(e, "saboteurs").status(), e.claims().toString());
  }

  /** One spokesman's statement, relayed by two agencies to two outlets, one of them in part. */
  private static LedgerEvent relayed(String shortContent) {
    String full = "Spokesman Ivo Marek said President Lena Hart had been informed and work was under way to drive out "
        + "the raiders from the two border villages near Velm, the state news agency Nordpress reported. Ivo Marek said the border crossing at Velm had been "
        + "closed to all traffic.";
    ArticleFixture g = ArticleFixture.article("G", "g.example", "2031-01-01T00:00:00Z", "t", full)
        .entity("E1", "Ivo Marek", EntityType.PERSON, List.of("Ivo Marek"), List.of(), List.of())
        .statement("S1").by("Spokesman Ivo Marek", "E1", "Ivo Marek").cue("said", "speech")
        .content("President Lena Hart had been informed and work was under way to drive out the raiders from the two border villages near Velm")
        .channel("the state news agency Nordpress", "Nordpress").add()
        .statement("S2").by("Ivo Marek said the border", "E1", "Ivo Marek").cue("said", "speech")
        .content("the border crossing at Velm had been closed to all traffic").add();
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T02:00:00Z", "t",
        "According to the agency Baltwire, citing spokesman Ivo Marek, " + shortContent + ".")
        .entity("E1", "Ivo Marek", EntityType.PERSON, List.of("Ivo Marek"), List.of(), List.of())
        .statement("S1").by("spokesman Ivo Marek", "E1", "Ivo Marek").cue("According to", "speech")
        .content(shortContent).channel("the agency Baltwire", "Baltwire").add();
    return LedgerBuilder.build(List.of(new EventGroup("x", List.of(g.build(), b.build()))), Aliases.none()).events().get(0);
  }

  @Test
  void aStatementRelayedInPartAndInFullIsOneClaimWithBothChannels() {
    LedgerEvent e = relayed("Hart has been informed of the incident");
    LedgerClaim informed = find(e, "informed");
    assertEquals(List.of("G", "B"), informed.outlets(), e.claims().toString());
    assertEquals(2, informed.independentOutlets());
    assertEquals(List.of("Nordpress", "Baltwire"), informed.channels());
    assertEquals(ClaimStatus.CORROBORATED, informed.status());
    LedgerClaim border = find(e, "border crossing");
    assertEquals(List.of("G"), border.outlets(), "the claimant's other statement stays apart");
  }

  @Test
  void aDifferentStatementOfTheSameClaimantIsNotMerged() {
    LedgerEvent e = relayed("the army had closed the road to Velm and evacuated two farms");
    LedgerClaim informed = find(e, "informed");
    assertEquals(List.of("G"), informed.outlets(), e.claims().toString());
    assertEquals(List.of("B"), find(e, "army had closed").outlets());
    assertEquals(List.of("G"), find(e, "border crossing").outlets());
    assertEquals(3, e.claims().size());
  }
}
