package org.corroborate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.corroborate.ledger.Aliases;
import org.corroborate.ledger.EventGroup;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerBuilder;
import org.corroborate.ledger.LedgerWriter;
import org.corroborate.ledger.RelatedScenario;
import org.corroborate.ledger.Scenario;
import org.corroborate.util.Json;
import org.junit.jupiter.api.Test;

/** The ledger.json the writer produces validates against report/src/main/resources/ledger.schema.json. */
class LedgerSchemaTest {
  private static JsonSchema schema() throws Exception {
    try (InputStream in = LedgerSchemaTest.class.getResourceAsStream("/ledger.schema.json")) {
      JsonNode node = Json.mapper().readTree(in);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
  }

  private static Set<ValidationMessage> validate(JsonNode json) throws Exception {
    return schema().validate(json);
  }

  @Test
  void scenarioLedgerIsValid() throws Exception {
    JsonNode json = Json.mapper().readTree(LedgerWriter.toJson(Scenario.ledger()));
    Set<ValidationMessage> errors = validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(Ledger.SCHEMA_VERSION, schema().getSchemaNode().get("properties").get("schema_version").get("const").asText());
  }

  @Test
  void ledgerWithProblemsAndEmptyEventIsValid() throws Exception {
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("empty", List.of())),
        Aliases.parse("a.tsv", "no tab\n"));
    Set<ValidationMessage> errors = validate(Json.mapper().readTree(LedgerWriter.toJson(l)));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void ledgerWithRelationsSpeakersRankAndBackgroundIsValid() throws Exception {
    Ledger l = RelatedScenario.ledger();
    JsonNode json = Json.mapper().readTree(LedgerWriter.toJson(l));
    Set<ValidationMessage> errors = validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
    // the fields are there, filled, as the schema names them
    JsonNode claims = json.get("events").get(0).get("claims");
    int relations = 0;
    int speakers = 0;
    int background = 0;
    for (JsonNode c : claims) {
      relations += c.get("relations").size();
      speakers += c.get("claimant").has("speakers") ? c.get("claimant").get("speakers").size() : 0;
      background += c.get("background").asBoolean() ? 1 : 0;
      assertTrue(c.get("rank").asInt() >= 1);
    }
    assertEquals(2, relations);
    assertEquals(2, speakers);
    assertEquals(1, background);
    JsonNode denial = null;
    for (JsonNode c : claims) {
      if (c.get("relations").size() > 0 && c.get("relations").get(0).get("type").asText().equals("denies")) {
        denial = c.get("relations").get(0);
      }
    }
    assertTrue(denial != null && denial.get("evidence").size() == 2 && denial.get("evidence").get(0).asText().contains("#"),
        String.valueOf(denial));
  }

  @Test
  void schemaRejectsABadRelationAndRank() throws Exception {
    ObjectNode json = (ObjectNode) Json.mapper().readTree(LedgerWriter.toJson(RelatedScenario.ledger()));
    ObjectNode withRelation = null;
    for (JsonNode c : json.get("events").get(0).get("claims")) {
      if (c.get("relations").size() > 0) {
        withRelation = (ObjectNode) c;
      }
    }
    ObjectNode relation = (ObjectNode) withRelation.get("relations").get(0);
    relation.put("type", "supports");
    relation.remove("reason");
    withRelation.put("rank", 0);
    ((ObjectNode) withRelation.get("claimant")).putArray("speakers").add(1);
    Set<ValidationMessage> errors = validate(json);
    assertTrue(errors.size() >= 4, errors.toString());
  }

  @Test
  void schemaRejectsWhatItMust() throws Exception {
    ObjectNode json = (ObjectNode) Json.mapper().readTree(LedgerWriter.toJson(Scenario.ledger()));
    ObjectNode claim = (ObjectNode) json.get("events").get(0).get("claims").get(0);
    claim.put("status", "probably-true");
    claim.put("unexpected", 1);
    ((ObjectNode) claim.get("statements").get(0).get("content")).put("start", -1);
    Set<ValidationMessage> errors = validate(json);
    assertFalse(errors.isEmpty());
    assertTrue(errors.size() >= 3, errors.toString());
  }
}
