package org.corroborate.ledger;

import static org.corroborate.ledger.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.EntityType;
import org.junit.jupiter.api.Test;

/** A role with no owner in its words takes the one state of its passage; two states, or only towns, give none. */
class OwnersTest {
  private static final String QUOTE = "Mirevia has nothing to do with what is happening in Velna";
  private static final String TEXT = "Mirevia's government denied any role. \u201c" + QUOTE + ",\u201d Dace Orin, the foreign "
      + "ministry spokesperson, told reporters in Aldra, the Mirevian capital.\n\n"
      + "Mirevia and Orvalia traded blame again over the Orvalian border. Presidential spokesman Oskar Dern said talks would go on.\n\n"
      + "Shelling hit Belmora overnight. An army spokesman, Ivo Tal, said the town was calm.\n\n"
      + "Orvalia's delegation left early. Its defence ministry said it had fired nothing.";

  private final Map<String, String> gidByName = new HashMap<>();
  private Principals principals;
  private Owners owners;
  private String articleId;

  private Principals principals() {
    AnalyzedArticle a = article("A", "a.example", "2031-01-01T00:00:00Z", "t", TEXT)
        .entity("E1", "Dace Orin", EntityType.PERSON, List.of("Dace Orin"), List.of(), List.of("the foreign ministry spokesperson"))
        .entity("E2", "Mirevia", EntityType.GPE, List.of("Mirevia"), List.of(), List.of())
        .entity("E3", "Velna", EntityType.GPE, List.of("Velna"), List.of(), List.of())
        .entity("E4", "Aldra", EntityType.GPE, List.of("Aldra"), List.of(), List.of())
        .entity("E5", "Orvalia", EntityType.GPE, List.of("Orvalia"), List.of(), List.of())
        .entity("E6", "Oskar Dern", EntityType.PERSON, List.of("Oskar Dern"), List.of(), List.of("Presidential spokesman"))
        .entity("E7", "Belmora", EntityType.GPE, List.of("Belmora"), List.of(), List.of())
        .entity("E8", "Ivo Tal", EntityType.PERSON, List.of("Ivo Tal"), List.of(), List.of("An army spokesman"))
        .statement("S1").by("Dace Orin", "E1", "Dace Orin").cue("told", "speech").content(QUOTE).direct().add()
        .statement("S2").by("Its defence ministry", null, null).cue("said", "speech").content("it had fired nothing").add()
        .build();
    articleId = a.article().id();
    List<AnalyzedArticle> articles = List.of(a);
    List<EntityMerger.Cluster> clusters = new EntityMerger(Aliases.none()).merge(articles);
    List<String> gids = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      gids.add("G" + i);
      names.put("G" + i, clusters.get(i).name());
      gidByName.put(clusters.get(i).name(), "G" + i);
    }
    Map<String, String> capitals = Capitals.of(articles);
    owners = new Owners(articles, clusters, gids, capitals);
    principals = new Principals(clusters, gids, names::get, Aliases.none(), Principals.Roles.none(), owners);
    return principals;
  }

  @Test
  void aRoleWithNoOwnerTakesTheOneStateOfItsPassage() {
    Principals p = principals();
    Principals.Principal orin = p.ofActor(gidByName.get("Dace Orin"));
    // Velna is inside what she says, Aldra is Mirevia's capital: one state, Mirevia
    assertEquals(List.of("Mirevia\u2019s foreign ministry", "Mirevia"), orin.chain(), String.valueOf(orin));
  }

  @Test
  void twoStatesOrOnlyATownInThePassageGiveNoOwner() {
    Principals p = principals();
    assertNull(p.ofActor(gidByName.get("Oskar Dern")), "Mirevia and Orvalia both in the passage");
    assertNull(p.ofActor(gidByName.get("Ivo Tal")), "Belmora is a town: no adjective of it in the articles");
  }

  @Test
  void aClaimantKnownByItsWordsTakesThePassagesStateAtItsPlace() {
    Principals p = principals();
    int at = TEXT.indexOf("Its defence ministry");
    assertEquals("Orvalia", p.ofText("Its defence ministry", articleId, at).name());
    assertNull(p.ofText("Its defence ministry"), "no place given: no passage to read");
  }
}
