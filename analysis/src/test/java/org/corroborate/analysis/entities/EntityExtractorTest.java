package org.corroborate.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.TestDocs;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  private static final EntityExtractor EXTRACTOR = new EntityExtractor(Lexicon.standard(), 3);

  private static List<Entity> extract(String text, Map<String, String> ner, List<String> speakers) {
    DocText dt = new DocText(TestDocs.doc(text, ner));
    List<Span> sp = speakers.stream().map(s -> {
      int at = text.indexOf(s);
      return new Span(at, at + s.length());
    }).toList();
    return EXTRACTOR.extract(dt, sp).entities();
  }

  private static Entity named(List<Entity> es, String name) {
    for (Entity e : es) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no entity " + name + " in " + es);
  }

  private static boolean hasMention(Entity e, String text, MentionKind kind) {
    for (Mention m : e.mentions()) {
      if (m.text().equals(text) && m.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  @Test
  void mergesFullNameLastNameRoleAndPronoun() {
    String text = "The Velna governor, Irena Kostal, said three people were hurt. "
        + "Most residents had left, she said. "
        + "In the evening Kostal added that the governor of the Velna region would speak again.";
    List<Entity> es = extract(text, Map.of("Irena Kostal", "PERSON", "Kostal", "PERSON", "Velna", "LOCATION"),
        List.of("The Velna governor, Irena Kostal", "she", "Kostal"));
    Entity k = named(es, "Irena Kostal");
    assertEquals(EntityType.PERSON, k.type());
    assertTrue(hasMention(k, "The Velna governor", MentionKind.NOMINAL), k.toString());
    assertTrue(hasMention(k, "she", MentionKind.PRONOUN), k.toString());
    assertTrue(hasMention(k, "Kostal", MentionKind.NAME), k.toString());
    assertTrue(hasMention(k, "the governor of the Velna region", MentionKind.NOMINAL), k.toString());
    assertTrue(k.descriptors().contains("Velna governor"), k.descriptors().toString());
  }

  @Test
  void capitalsSpeakForGovernmentsAndNerSlipsAreFixed() {
    String text = "Kyiv has denied any role. RIA Novosti said the Kremlin was informed.";
    List<Entity> es = extract(text, Map.of("Kyiv", "PERSON", "RIA Novosti", "PERSON", "Kremlin", "PERSON"),
        List.of("Kyiv", "RIA Novosti"));
    Entity kyiv = named(es, "Kyiv");
    assertEquals(EntityType.GPE, kyiv.type());
    assertTrue(kyiv.descriptors().contains("acting as the Ukrainian government"), kyiv.descriptors().toString());
    assertEquals(EntityType.ORGANIZATION, named(es, "RIA Novosti").type());
    assertEquals(EntityType.GPE, named(es, "Kremlin").type());
  }

  @Test
  void organisationsWithDescriptionsAndShortForms() {
    String text = "Another anti-Halvar militia, the Orvalian Volunteer Corps, which is led by a nationalist, also took part. "
        + "The Free Orvalia Brigade, which describes itself as an armed opposition movement seeking change, said it had crossed. "
        + "The Brigade is not known to have fought before. Later the group released a video.";
    List<Entity> es = extract(text, Map.of("Free Orvalia Brigade", "ORGANIZATION", "Brigade", "ORGANIZATION"),
        List.of("The Free Orvalia Brigade"));
    Entity corps = named(es, "Orvalian Volunteer Corps");
    assertEquals(EntityType.ORGANIZATION, corps.type());
    assertTrue(corps.descriptors().contains("anti-Halvar militia"), corps.descriptors().toString());
    Entity brigade = named(es, "Free Orvalia Brigade");
    assertTrue(brigade.descriptors().contains("armed opposition movement"), brigade.descriptors().toString());
    assertTrue(hasMention(brigade, "Brigade", MentionKind.NAME), brigade.toString());
    assertTrue(hasMention(brigade, "it", MentionKind.PRONOUN), brigade.toString());
    assertTrue(hasMention(brigade, "the group", MentionKind.NOMINAL), brigade.toString());
  }

  @Test
  void premodifiersTitlesAndCataphoricRole() {
    String text = "Government spokesman Tomas Brel said President Radomir Halvar had been informed. "
        + "A Mirevian presidential adviser wrote that Brel was wrong. "
        + "\"Nobody believes this,\" wrote Lena Morak, the adviser.";
    List<Entity> es = extract(text, Map.of("Tomas Brel", "PERSON", "Brel", "PERSON", "Radomir Halvar", "PERSON",
        "Lena Morak", "PERSON"), List.of("Government spokesman Tomas Brel", "A Mirevian presidential adviser", "Lena Morak"));
    assertTrue(named(es, "Tomas Brel").descriptors().contains("Government spokesman"));
    assertTrue(named(es, "Radomir Halvar").descriptors().contains("President"));
    Entity morak = named(es, "Lena Morak");
    assertTrue(hasMention(morak, "A Mirevian presidential adviser", MentionKind.NOMINAL), morak.toString());
    assertTrue(morak.descriptors().contains("adviser"), morak.descriptors().toString());
    assertEquals(2, named(es, "Tomas Brel").mentions().size());
  }

  @Test
  void villagesAreLocationsTownsAreGpes() {
    String text = "Fighters entered the village of Kelvany and the town of Dorsk.";
    List<Entity> es = extract(text, Map.of("Kelvany", "LOCATION", "Dorsk", "LOCATION"), List.of());
    assertEquals(EntityType.LOCATION, named(es, "Kelvany").type());
    assertEquals(EntityType.GPE, named(es, "Dorsk").type());
  }

  @Test
  void expletiveItIsNotAMention() {
    String text = "The Northern Legion said it had crossed. It is not clear whether this is true.";
    List<Entity> es = extract(text, Map.of("Northern Legion", "ORGANIZATION"), List.of("The Northern Legion"));
    Entity legion = named(es, "Northern Legion");
    long pronouns = legion.mentions().stream().filter(m -> m.kind() == MentionKind.PRONOUN).count();
    assertEquals(1, pronouns, legion.toString());
  }

  @Test
  void loneSurnameListedAmongOrganisationsIsAnOrganisation() {
    String text = "Army units, together with the border service, Vostrana and the Northern Legion, are deployed.";
    List<Entity> es = extract(text, Map.of("Vostrana", "PERSON", "Northern Legion", "ORGANIZATION"), List.of());
    assertEquals(EntityType.ORGANIZATION, named(es, "Vostrana").type());
  }

  @Test
  void pronounGenderFollowsGivenNames() {
    String text = "Pavel Ostran said the raid went well. The raid was confirmed by Irena Kostal. "
        + "\"Stay indoors,\" she wrote.";
    List<Entity> es = extract(text, Map.of("Pavel Ostran", "PERSON", "Irena Kostal", "PERSON"),
        List.of("Pavel Ostran", "she"));
    assertTrue(hasMention(named(es, "Irena Kostal"), "she", MentionKind.PRONOUN), es.toString());
    assertEquals("female", Lexicon.standard().gender("Irena"));
    assertEquals("male", Lexicon.standard().gender("Pavel"));
  }

  @Test
  void emptyDocumentHasNoEntities() {
    assertTrue(extract("", Map.of(), List.of()).isEmpty());
    assertNotNull(Lexicon.standard().place("Kiev"));
    assertEquals("Kyiv", Lexicon.standard().place("Kiev").canonical());
    assertNull(Lexicon.standard().place("Gladkovia"));
  }

  @Test
  void aLabelGivenWithDesignateAsIsADescriptorOfTheActorReferredTo() {
    String text = "The Free Orvalia Brigade seeks to topple the government. "
        + "In 2024, the Mirevian Supreme Court officially designated it as a terrorist organisation.";
    List<Entity> es = extract(text, Map.of("Free Orvalia Brigade", "ORGANIZATION", "Mirevian Supreme Court", "ORGANIZATION"),
        List.of());
    Entity brigade = named(es, "Free Orvalia Brigade");
    assertTrue(brigade.descriptors().contains("terrorist organisation"), brigade + " / " + es);
  }

  @Test
  void aPersonOfAPlaceIsAPersonAndAPlace() {
    String text = "Senator Irena Kostal of Velna said the vote was close.";
    List<Entity> es = extract(text, Map.of("Irena Kostal", "PERSON", "Velna", "LOCATION"), List.of("Senator Irena Kostal of Velna"));
    assertTrue(es.stream().anyMatch(e -> e.name().equals("Irena Kostal")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.name().equals("Velna")), es.toString());
  }
}
