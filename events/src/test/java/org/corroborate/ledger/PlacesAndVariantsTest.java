package org.corroborate.ledger;

import static org.corroborate.ledger.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.EntityType;
import org.junit.jupiter.api.Test;

/** One place under its administrative names; one person under the spellings of its name, when the context agrees. */
class PlacesAndVariantsTest {

  private static List<EntityMerger.Cluster> merge(AnalyzedArticle... articles) {
    return new EntityMerger(Aliases.none()).merge(List.of(articles));
  }

  private static EntityMerger.Cluster clusterOf(List<EntityMerger.Cluster> clusters, String articleId, String entityId) {
    for (EntityMerger.Cluster c : clusters) {
      for (EntityMerger.Node n : c.nodes()) {
        if (n.articleId().equals(articleId) && n.entity().id().equals(entityId)) {
          return c;
        }
      }
    }
    throw new AssertionError("no node " + articleId + "/" + entityId);
  }

  @Test
  void regionKeysDropTheirRegionWordAndSlavicAdjectiveEndings() {
    assertEquals(Set.of("lakeview"), Places.baseKeys(Names.key("Lakeview Oblast")));
    assertEquals(Set.of("lakeview"), Places.baseKeys(Names.key("the Lakeview province")));
    assertTrue(Places.baseKeys(Names.key("Lakeviewskaya oblast")).contains("lakeview"));
    assertTrue(Places.baseKeys(Names.key("Dorinskaya oblast")).contains("dorinsk"), "Dorinsk + aya");
    assertEquals(Set.of("lakeview"), Places.baseKeys("lakeview"));
    assertFalse(Places.regional("region"));
    assertTrue(Places.regionName("Lakeview Oblast"));
    assertTrue(Places.regionName("the region of Lakeview"));
    assertFalse(Places.regionName("U.S. District"), "a district is not a region under another name");
  }

  @Test
  void aRegionAndItsBareNameAreOnePlaceUnlessTheTextSaysTheBareNameIsACity() {
    ArticleFixture a = article("A", "a.example", null, "t", "Shelling hit the Lakeview Oblast on Monday.")
        .entity("E1", "Lakeview Oblast", EntityType.ORGANIZATION, List.of("Lakeview Oblast"), List.of(), List.of());
    ArticleFixture b = article("B", "b.example", null, "t", "The Lakeview governor said the Lakeview region was calm.")
        .entity("E1", "Lakeview", EntityType.GPE, List.of("Lakeview"), List.of(), List.of());
    ArticleFixture c = article("C", "c.example", null, "t", "Officials in Lakeviewskaya oblast confirmed it.")
        .entity("E1", "Lakeviewskaya oblast", EntityType.GPE, List.of("Lakeviewskaya oblast"), List.of(), List.of());
    ArticleFixture d = article("D", "d.example", null, "t", "Sirens sounded in the city of Lakeview at noon.")
        .entity("E1", "Lakeview", EntityType.GPE, List.of("Lakeview"), List.of(), List.of());
    List<EntityMerger.Cluster> clusters = merge(a.build(), b.build(), c.build());
    EntityMerger.Cluster region = clusterOf(clusters, a.id(), "E1");
    assertEquals(region, clusterOf(clusters, b.id(), "E1"));
    assertEquals(region, clusterOf(clusters, c.id(), "E1"));
    assertEquals(EntityType.GPE, region.type(), "the typing slip of one article is outvoted");

    // once an article of the event calls "Lakeview" a city, the bare name is the city everywhere (the
    // name keys join B and D first) and the region keeps only its region names
    clusters = merge(a.build(), b.build(), c.build(), d.build());
    region = clusterOf(clusters, a.id(), "E1");
    assertEquals(region, clusterOf(clusters, c.id(), "E1"));
    assertTrue(clusterOf(clusters, d.id(), "E1") != region, "the city of Lakeview stays apart: " + clusters);
    assertEquals(clusterOf(clusters, d.id(), "E1"), clusterOf(clusters, b.id(), "E1"));
  }

  @Test
  void aBareNameCoupledToACityElsewhereStaysApartEverywhere() {
    ArticleFixture a = article("A", "a.example", null, "t", "Shelling hit Lakeview Oblast.")
        .entity("E1", "Lakeview Oblast", EntityType.GPE, List.of("Lakeview Oblast"), List.of(), List.of());
    ArticleFixture b = article("B", "b.example", null, "t", "Lakeview was calm.")
        .entity("E1", "Lakeview", EntityType.GPE, List.of("Lakeview"), List.of(), List.of("regional capital"));
    List<EntityMerger.Cluster> clusters = merge(a.build(), b.build());
    assertTrue(clusterOf(clusters, a.id(), "E1") != clusterOf(clusters, b.id(), "E1"));
  }

  @Test
  void transliterationKeysFoldTheUsualVariants() {
    assertEquals(NameVariants.key("Gladkov"), NameVariants.key("Hladkov"));
    assertEquals(NameVariants.key("Andriy"), NameVariants.key("Andrii"));
    assertEquals(NameVariants.key("Mykhailo"), NameVariants.key("Mikhailo"));
    assertEquals(NameVariants.key("Yevgeny"), NameVariants.key("Evgeniy"));
    assertEquals(NameVariants.key("Zelenskyy"), NameVariants.key("Zelensky"));
    assertEquals(NameVariants.key("Tomáš"), NameVariants.key("Tomas"));
    assertTrue(NameVariants.variants("Vyacheslav Gladkov", "Viacheslav Hladkov"));
    assertTrue(NameVariants.variants("Andriy Yusov", "Andrii Yusov"));
    assertTrue(NameVariants.variants("Hladkov", "Vyacheslav Gladkov"));
    assertTrue(NameVariants.variants("A. Yusov", "Andriy Yusov"));
    assertFalse(NameVariants.variants("Andriy Yusov", "Pavel Yusov"), "different first names");
    assertFalse(NameVariants.variants("Ivo Tal", "Ivo Tam"), "short words must match exactly");
    assertFalse(NameVariants.variants("Lena Hart", "Lena Hart"), "equal names are joined by their key, not here");
    assertEquals(1, NameVariants.distance("peskov", "pesko"));
  }

  private static ArticleFixture person(String outlet, String text, String name, List<String> descriptors, String... others) {
    ArticleFixture f = article(outlet, outlet.toLowerCase() + ".example", null, "t", text)
        .entity("E1", name, EntityType.PERSON, List.of(name), List.of(), descriptors);
    int i = 2;
    for (String o : others) {
      f.entity("E" + i++, o, EntityType.GPE, List.of(o), List.of(), List.of());
    }
    return f;
  }

  @Test
  void spellingVariantsWithTheSameRoleAreOnePerson() {
    ArticleFixture a = person("A", "Governor of Lakeview Oblast Vyacheslav Gladkov said nine were hurt.", "Vyacheslav Gladkov",
        List.of("Governor of Lakeview Oblast"));
    ArticleFixture b = person("B", "The Lakeview governor, Viacheslav Hladkov, said nine were hurt.", "Viacheslav Hladkov",
        List.of("Lakeview governor"));
    List<EntityMerger.Cluster> clusters = merge(a.build(), b.build());
    assertEquals(clusterOf(clusters, a.id(), "E1"), clusterOf(clusters, b.id(), "E1"), clusters.toString());
  }

  @Test
  void spellingVariantsNamedWithTheSameOtherActorsAreOnePerson() {
    ArticleFixture a = person("A", "Andriy Yusov said Varna and Orsk were shelled.", "Andriy Yusov", List.of(), "Varna", "Orsk");
    ArticleFixture b = person("B", "Andrii Yusov said Orsk and Varna were hit.", "Andrii Yusov", List.of(), "Varna", "Orsk");
    List<EntityMerger.Cluster> clusters = merge(a.build(), b.build());
    assertEquals(clusterOf(clusters, a.id(), "E1"), clusterOf(clusters, b.id(), "E1"));
  }

  @Test
  void variantsWithoutAgreeingContextOrWithDifferentRolesStayApart() {
    ArticleFixture a = person("A", "Dmitry Peskov said Varna and Orsk were calm.", "Dmitry Peskov", List.of("Kremlin spokesman"),
        "Varna", "Orsk");
    ArticleFixture b = person("B", "Dmitry Pesko said Varna and Orsk were calm.", "Dmitry Pesko", List.of("mayor"), "Varna", "Orsk");
    List<EntityMerger.Cluster> clusters = merge(a.build(), b.build());
    assertTrue(clusterOf(clusters, a.id(), "E1") != clusterOf(clusters, b.id(), "E1"), "spokesman and mayor");

    ArticleFixture c = person("C", "Andriy Yusov spoke.", "Andriy Yusov", List.of());
    ArticleFixture d = person("D", "Andrii Yusov spoke.", "Andrii Yusov", List.of());
    clusters = merge(c.build(), d.build());
    assertTrue(clusterOf(clusters, c.id(), "E1") != clusterOf(clusters, d.id(), "E1"), "nothing says they are one");
  }

  @Test
  void anArticleThatNamesBothSpellingsToldThemApart() {
    ArticleFixture a = article("A", "a.example", null, "t", "Mayor Ivan Petrenko met Ivan Petrenco, the governor.")
        .entity("E1", "Ivan Petrenko", EntityType.PERSON, List.of("Ivan Petrenko"), List.of(), List.of("governor"))
        .entity("E2", "Ivan Petrenco", EntityType.PERSON, List.of("Ivan Petrenco"), List.of(), List.of("governor"));
    List<EntityMerger.Cluster> clusters = merge(a.build());
    assertTrue(clusterOf(clusters, a.id(), "E1") != clusterOf(clusters, a.id(), "E2"));
  }

  @Test
  void aCountryTypedAsAPersonInOneArticleIsThePlaceTheOthersName() {
    ArticleFixture a = article("A", "a.example", null, "t", "Mirevia denied the raid.")
        .entity("E1", "Mirevia", EntityType.PERSON, List.of("Mirevia"), List.of(), List.of());
    ArticleFixture b = article("B", "b.example", null, "t", "Troops left Mirevia.")
        .entity("E1", "Mirevia", EntityType.GPE, List.of("Mirevia"), List.of(), List.of());
    List<EntityMerger.Cluster> clusters = merge(a.build(), b.build());
    assertEquals(clusterOf(clusters, a.id(), "E1"), clusterOf(clusters, b.id(), "E1"));

    ArticleFixture c = article("C", "c.example", null, "t", "Mayor Mirevia spoke.")
        .entity("E1", "Mirevia", EntityType.PERSON, List.of("Mirevia"), List.of(), List.of("Mayor"));
    clusters = merge(c.build(), b.build());
    assertTrue(clusterOf(clusters, c.id(), "E1") != clusterOf(clusters, b.id(), "E1"), "a described person stays a person");
  }

  @Test
  void aDistrictIsNotItsTownsOtherName() {
    ArticleFixture a = article("A", "a.example", null, "t", "Fighting spread to the Belmar District on Monday.")
        .entity("E1", "Belmar District", EntityType.GPE, List.of("Belmar District"), List.of(), List.of());
    ArticleFixture b = article("B", "b.example", null, "t", "Belmar was calm.")
        .entity("E1", "Belmar", EntityType.GPE, List.of("Belmar"), List.of(), List.of());
    List<EntityMerger.Cluster> clusters = merge(a.build(), b.build());
    assertTrue(clusterOf(clusters, a.id(), "E1") != clusterOf(clusters, b.id(), "E1"));
  }
}
