package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;

  @Test
  void printsOneJsonObjectPerArticle() throws Exception {
    Path in = CliFixtures.writeInputs(dir);
    CliFixtures.Run r = CliFixtures.run("extract", in.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> objects = new ArrayList<>();
    for (String line : r.out().strip().split("\n")) {
      objects.add(Json.mapper().readTree(line));
    }
    assertEquals(5, objects.size(), "every article read, exact copies included: nothing is deduplicated");
    for (JsonNode o : objects) {
      for (String field : List.of("source", "title", "outlet", "published", "byline", "text")) {
        assertTrue(o.has(field), field + " in " + o);
      }
    }
    JsonNode d = objects.stream().filter(o -> o.get("source").asText().endsWith("d.txt")).findFirst().orElseThrow();
    assertEquals("Ewa Thorsen", d.get("byline").asText());
    assertTrue(d.get("text").asText().startsWith("The Marrowby electoral commission ordered a recount"));
    assertTrue(r.err().contains("rejected: "), r.err());
    assertTrue(r.err().contains("empty.txt: empty"), r.err());
    assertTrue(r.err().contains("extract: 6 files, 5 articles, 1 rejected"), r.err());
  }

  @Test
  void untrustedTextIsEscapedInJson() throws Exception {
    Path f = dir.resolve("q.txt");
    java.nio.file.Files.writeString(f, "Quotes \"and\" lines\n\nA body with \"quotes\", a backslash \\ and a tab\there.\n");
    CliFixtures.Run r = CliFixtures.run("extract", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.out().strip().split("\n").length);
    JsonNode o = Json.mapper().readTree(r.out());
    assertTrue(o.get("text").asText().startsWith("A body with \"quotes\", a backslash \\ and a tab"), o.toString());
  }
}
