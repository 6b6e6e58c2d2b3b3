package org.corroborate.ledger;

import static org.corroborate.ledger.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.EntityType;
import org.junit.jupiter.api.Test;

/** Who speaks for whom, on fictional articles: spokespeople, bodies, seats of power, and who does not. */
class PrincipalsTest {
  private static final String TEXT_A = "Stonegate spokesperson Anton Brel said the bridge at Varna was hit. "
      + "Marta Kolb, a spokesperson for Orvalia's military intelligence, told reporters the raid failed. "
      + "The Governor of Velna Oblast, Irena Sorel, said nine people were hurt. Stonegate said the attack was staged. "
      + "Mirevia and Orvalia traded blame. The Mirevian foreign ministry denied any role. "
      + "Orvalian partisan forces claimed the raid. The state-run Lumen news agency reported the attack. "
      + "Presidential spokesman Oskar Dern spoke. Army spokesman Ivo Tal spoke.";
  private static final String TEXT_B = "Orvalian military intelligence spokesman Marta Kolb said the raid failed "
      + "in Orvalia. A spokesman for the Free Velna Brigade, Pavel Oss, said the fighters crossed.";

  private final Principals principals;
  private final Map<String, String> gidByName = new HashMap<>();

  PrincipalsTest() {
    AnalyzedArticle a = article("A", "a.example", "2031-01-01T00:00:00Z", "t", TEXT_A)
        .entity("E1", "Anton Brel", EntityType.PERSON, List.of("Anton Brel"), List.of(), List.of("Stonegate spokesperson"))
        .entity("E2", "Stonegate", EntityType.GPE, List.of("Stonegate"), List.of(), List.of("acting as the Mirevian presidency"))
        .entity("E3", "Marta Kolb", EntityType.PERSON, List.of("Marta Kolb"), List.of(),
            List.of("spokesperson for Orvalia\u2019s military intelligence"))
        .entity("E4", "Orvalia", EntityType.GPE, List.of("Orvalia"), List.of(), List.of())
        .entity("E5", "Irena Sorel", EntityType.PERSON, List.of("Irena Sorel"), List.of(), List.of("Governor of Velna Oblast"))
        .entity("E6", "Mirevia", EntityType.GPE, List.of("Mirevia"), List.of(), List.of())
        .entity("E7", "The Mirevian foreign ministry", EntityType.ORGANIZATION, List.of(), List.of("The Mirevian foreign ministry"),
            List.of("Mirevian foreign ministry"))
        .entity("E8", "Orvalian partisan forces", EntityType.ORGANIZATION, List.of(), List.of("Orvalian partisan forces"),
            List.of("Orvalian partisan forces"))
        .entity("E9", "Lumen", EntityType.ORGANIZATION, List.of("Lumen"), List.of(), List.of("state-run news agency"))
        .entity("E10", "Oskar Dern", EntityType.PERSON, List.of("Oskar Dern"), List.of(), List.of("Presidential spokesman"))
        .entity("E11", "Ivo Tal", EntityType.PERSON, List.of("Ivo Tal"), List.of(), List.of("Army spokesman"))
        .build();
    AnalyzedArticle b = article("B", "b.example", "2031-01-01T00:00:00Z", "t", TEXT_B)
        .entity("E1", "Marta Kolb", EntityType.PERSON, List.of("Marta Kolb"), List.of(),
            List.of("Orvalian military intelligence spokesman"))
        .entity("E2", "Orvalia", EntityType.GPE, List.of("Orvalia"), List.of(), List.of())
        .entity("E3", "Pavel Oss", EntityType.PERSON, List.of("Pavel Oss"), List.of(), List.of("spokesman for the Free Velna Brigade"))
        .entity("E4", "Free Velna Brigade", EntityType.ORGANIZATION, List.of("Free Velna Brigade"), List.of(), List.of())
        .build();
    List<EntityMerger.Cluster> clusters = new EntityMerger(Aliases.none()).merge(List.of(a, b));
    List<String> gids = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      String gid = "G" + i;
      gids.add(gid);
      names.put(gid, clusters.get(i).name());
      gidByName.put(clusters.get(i).name(), gid);
    }
    principals = new Principals(clusters, gids, names::get, Aliases.none(), Principals.Roles.none(),
        new Owners(List.of(a, b), clusters, gids, Map.of()));
  }

  private Principals.Principal of(String name) {
    assertNotNull(gidByName.get(name), "no actor " + name + " in " + gidByName);
    return principals.ofActor(gidByName.get(name));
  }

  @Test
  void aSpokespersonOfASeatOfPowerSpeaksForItAndItForItsCountry() {
    Principals.Principal p = of("Anton Brel");
    assertEquals(List.of("Stonegate", "Mirevia"), p.chain());
    assertEquals(gidByName.get("Mirevia"), p.key());
    assertEquals("Mirevia", of("Stonegate").name());
  }

  @Test
  void aSpokespersonForABodyOfAStateSpeaksForTheBodyThenTheState() {
    Principals.Principal p = of("Marta Kolb");
    assertEquals(List.of("Orvalia\u2019s military intelligence", "Orvalia"), p.chain());
    assertEquals(gidByName.get("Orvalia"), p.key());
  }

  @Test
  void aSpokespersonForAGroupSpeaksForTheGroup() {
    assertEquals(List.of("Free Velna Brigade"), of("Pavel Oss").chain());
  }

  @Test
  void aMinistryNamedByItsCountrysDemonymSpeaksForTheCountry() {
    assertEquals("Mirevia", of("The Mirevian foreign ministry").name());
  }

  @Test
  void governorsPartisansAgenciesAndOwnerlessRolesSpeakForThemselves() {
    assertNull(of("Irena Sorel"), "a regional governor is not a spokesperson of the state");
    assertNull(of("Orvalian partisan forces"), "partisans are not the state's forces");
    assertNull(of("Lumen"), "a news agency is a channel, not a principal");
    assertNull(of("Oskar Dern"), "'presidential' names no one");
    assertNull(of("Ivo Tal"), "'army' names no one");
    assertNull(of("Mirevia"));
  }

  @Test
  void aClaimantKnownOnlyByItsWordsHasAPrincipalToo() {
    Principals.Principal p = principals.ofText("a spokeswoman for the Mirevian foreign ministry");
    assertEquals("Mirevia", p.name(), String.valueOf(p));
    Principals.Principal of = principals.ofText("a spokesman for the foreign ministry of Mirevia");
    assertEquals(List.of("Mirevia’s foreign ministry", "Mirevia"), of.chain());
    assertEquals("Orvalia", principals.ofText("Orvalia's foreign minister").name());
    assertNull(principals.ofText("the governor"));
    assertNull(principals.ofText("Orvalian Prime Minister Ada Vell"), "a head of government speaks as himself");
    assertNull(principals.ofText(null));
  }
}
