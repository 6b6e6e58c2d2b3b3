package org.corroborate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corroborate.model.EntityType;
import org.junit.jupiter.api.Test;

/** Capitals read from the articles' words, and a capital acting for its country in the ledger. */
class CapitalsTest {
  @Test
  void capitalsAreReadFromAppositionsAndPossessives() {
    ArticleFixture a = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Officials spoke in the Teskan capital, Ormu. Later, Velb, the Quarran capital, replied. Teska's capital Ormu was calm.");
    Map<String, String> c = Capitals.of(List.of(a.build()));
    assertEquals("Tesk", c.get(Names.key("Ormu")));
    assertEquals("Quarr", c.get(Names.key("Velb")));
    assertTrue(Capitals.of(List.of(ArticleFixture.article("B", "b.example", "2031-01-01T00:00:00Z", "t",
        "The capital gains tax rose in Ormu.").build())).isEmpty());
  }

  @Test
  void aCapitalNamedInAnotherEventActsForItsCountry() {
    ArticleFixture first = ArticleFixture.article("A", "a.example", "2031-01-01T00:00:00Z", "t",
        "Teska said its army had not crossed the river, officials told reporters in the Teskan capital, Ormu.")
        .entity("E1", "Teska", EntityType.GPE, List.of("Teska"), List.of(), List.of())
        .statement("S1").by("Teska", "E1", "Teska").cue("said", "speech").content("its army had not crossed the river").add();
    ArticleFixture later = ArticleFixture.article("B", "b.example", "2031-03-01T00:00:00Z", "t",
        "Teska rejected the report. Ormu said the river crossing was a fabrication by its neighbour.")
        .entity("E1", "Teska", EntityType.GPE, List.of("Teska"), List.of(), List.of())
        .statement("S1").by("Ormu", null, "Ormu").cue("said", "speech").content("the river crossing was a fabrication by its neighbour").add();
    Ledger l = new LedgerBuilder(LedgerConfig.defaults()).buildLedger(
        List.of(new EventGroup("one", List.of(first.build())), new EventGroup("two", List.of(later.build()))), Aliases.none());
    LedgerClaim ormu = l.events().get(1).claims().get(0);
    assertEquals("Teska", ormu.claimant().name(), ormu.claimant().toString());
  }
}
