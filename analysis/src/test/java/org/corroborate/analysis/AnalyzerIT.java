package org.corroborate.analysis;

import static org.corroborate.analysis.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.DateMention;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real CoreNLP engine and attribution model with the Analyzer on a fictional article written in
 * the style of a wire-fed war report (published Tuesday 14 October 2025).
 */
class AnalyzerIT {
  private static final Article ARTICLE = article("Test Ledger", LocalDate.of(2025, 10, 14),
      "Armed opponents of the Orvalian government claimed on Monday to have seized a border village in the Velna region.",
      "The Free Orvalia Brigade, which describes itself as an anti-Halvar militia, said it had crossed the border and "
          + "taken the village of Kelvany.",
      "The Velna governor, Irena Kostal, said four people were wounded after the village came under mortar fire, news "
          + "agencies reported. Most residents had fled, she said.",
      "Kostal wrote on Telegram that the army was \"taking all necessary measures\".",
      "Mirevia has denied any involvement in the raid.",
      "The capture of the village could not be independently verified. Videos posted on social media appear to show "
          + "two armoured vehicles near a checkpoint.",
      "According to the state-run Interfax news agency, citing government spokesman Tomas Brel, President Radomir "
          + "Halvar has been informed.",
      "Velna shares a 300-km border with Mirevia. In March, the Brigade claimed a smaller raid.");

  private static AnalyzedArticle result;

  @BeforeAll
  static void analyze() {
    result = Analyzer.standard(AnalyzerConfig.DEFAULT).analyze(ARTICLE);
  }

  private static Entity entity(String name) {
    return result.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + result.entities()));
  }

  private static Statement statement(Predicate<Statement> p, String what) {
    Optional<Statement> s = result.statements().stream().filter(p).findFirst();
    return s.orElseThrow(() -> new AssertionError("no statement " + what + " in " + result.statements()));
  }

  private static boolean claimedBy(Statement s, String name) {
    return name.equals(s.claimant().name());
  }

  @Test
  void mentionsOfOneActorAreOneEntity() {
    Entity kostal = entity("Irena Kostal");
    assertEquals(EntityType.PERSON, kostal.type());
    List<String> texts = kostal.mentions().stream().map(Mention::text).toList();
    assertTrue(texts.contains("Kostal"), texts.toString());
    assertTrue(texts.contains("The Velna governor"), texts.toString());
    assertTrue(texts.contains("she"), texts.toString());
    assertTrue(kostal.descriptors().contains("Velna governor"), kostal.descriptors().toString());
    Entity brigade = entity("Free Orvalia Brigade");
    assertEquals(EntityType.ORGANIZATION, brigade.type());
    assertTrue(brigade.descriptors().contains("anti-Halvar militia"), brigade.descriptors().toString());
    assertTrue(brigade.mentions().stream().anyMatch(m -> m.text().equals("the Brigade")), brigade.toString());
    assertEquals(EntityType.ORGANIZATION, entity("Interfax").type());
    assertTrue(entity("Tomas Brel").descriptors().contains("government spokesman"));
    for (Entity e : result.entities()) {
      for (Mention m : e.mentions()) {
        assertEquals(m.text(), m.span().of(ARTICLE.text()));
      }
    }
  }

  @Test
  void statementsCarryClaimantCueStanceChannelAndNesting() {
    Statement wounded = statement(s -> claimedBy(s, "Irena Kostal") && s.contentText().startsWith("four people"), "wounded");
    assertEquals("said", wounded.cueText());
    assertEquals(Stance.ASSERT, wounded.stance());
    assertEquals("news agencies", wounded.channel().name());
    Statement frame = statement(s -> s.id().equals(wounded.parentId()), "frame");
    assertEquals(Stance.REPORT, frame.stance());

    Statement fled = statement(s -> s.contentText().equals("Most residents had fled"), "fled");
    assertEquals("Irena Kostal", fled.claimant().name());

    Statement telegram = statement(s -> s.channel() != null && s.channel().name().equals("Telegram"), "telegram");
    assertEquals("Irena Kostal", telegram.claimant().name());

    Statement denial = statement(s -> s.stance() == Stance.DENY, "denial");
    assertEquals("Mirevia", denial.claimant().name());
    assertEquals("any involvement in the raid", denial.contentText());

    Statement selfClaim = statement(s -> claimedBy(s, "Free Orvalia Brigade") && s.contentText().startsWith("it had crossed"), "self");
    assertEquals(Stance.CLAIM, selfClaim.stance());

    Statement agency = statement(s -> claimedBy(s, "Interfax"), "agency");
    Statement brel = statement(s -> claimedBy(s, "Tomas Brel"), "citing");
    assertEquals(agency.id(), brel.parentId());
    assertEquals("Interfax", brel.channel().name());
    assertTrue(brel.contentText().contains("Radomir Halvar has been informed"), brel.contentText());
  }

  @Test
  void authorVoiceAndHedges() {
    Statement unverified = statement(s -> s.claimant().kind() == ClaimantKind.AUTHOR
        && s.hedges().stream().anyMatch(h -> h.kind().equals("unverified")), "unverified author sentence");
    assertEquals("Test Ledger", unverified.claimant().name());
    assertTrue(result.statements().stream().anyMatch(s -> s.hedges().stream().anyMatch(h -> h.text().equals("appear to"))));
    assertTrue(result.statements().stream().anyMatch(s -> s.claimant().kind() == ClaimantKind.AUTHOR
        && s.contentText().contains("300-km border")));
  }

  @Test
  void quantitiesAndDates() {
    Quantity wounded = result.quantities().stream().filter(q -> q.value() == 4).findFirst().orElseThrow();
    assertEquals("people", wounded.counts());
    assertEquals("wounded", wounded.event());
    Quantity border = result.quantities().stream().filter(q -> q.kind().equals("distance")).findFirst().orElseThrow();
    assertEquals(300, border.value());
    assertEquals("km", border.unit());
    DateMention monday = result.dates().stream().filter(d -> d.text().contains("Monday")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2025, 10, 13), monday.start());
    DateMention march = result.dates().stream().filter(d -> d.text().contains("March")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2025, 3, 1), march.start());
    assertEquals("month", march.granularity());
    assertNotNull(result.sentences());
    assertEquals(11, result.sentences().size());
  }
}
