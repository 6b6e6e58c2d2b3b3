package org.corroborate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.meaning.HashingEmbedder;
import org.corroborate.model.EntityType;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

/** A confirmation of another claimant's claim is a 'confirms' relation with both statements as evidence. */
class ConfirmationsTest {
  @Test
  void aMissionConfirmingTheGovernorsAccountConfirmsHisClaim() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Governor Ansel Brody said drones crossed the ceasefire line from the north early on Thursday.")
        .entity("E1", "Ansel Brody", EntityType.PERSON, List.of("Ansel Brody"), List.of(), List.of())
        .statement("S1").by("Governor Ansel Brody", "E1", "Ansel Brody").cue("said", "speech")
        .content("drones crossed the ceasefire line from the north early on Thursday").add();
    ArticleFixture b = ArticleFixture.article("B", "b.example", "2031-01-01T02:00:00Z", "t",
        "The monitoring mission confirmed that drones crossed the ceasefire line from the north on Thursday.")
        .entity("E1", "monitoring mission", EntityType.ORGANIZATION, List.of(), List.of("The monitoring mission"), List.of())
        .statement("S1").by("The monitoring mission", "E1", "monitoring mission").cue("confirmed", "confirmation")
        .stance(Stance.CONFIRM).content("drones crossed the ceasefire line from the north on Thursday").add();
    Ledger l = new LedgerBuilder(LedgerConfig.defaults(), new HashingEmbedder(256))
        .buildLedger(List.of(new EventGroup("x", List.of(a.build(), b.build()))), Aliases.none());
    List<LedgerClaim> claims = l.events().get(0).claims();
    LedgerClaim mission = claims.stream().filter(c -> c.claimant().name().contains("mission")).findFirst().orElseThrow();
    LedgerClaim governor = claims.stream().filter(c -> c.claimant().name().equals("Ansel Brody")).findFirst().orElseThrow();
    assertEquals(1, mission.relations().size(), mission.relations().toString());
    LedgerClaim.Relation r = mission.relations().get(0);
    assertEquals("confirms", r.type());
    assertEquals(governor.id(), r.claim());
    assertEquals(2, r.evidence().size());
    assertTrue(governor.contestedBy().isEmpty(), "a confirmation does not contest");
  }
}
