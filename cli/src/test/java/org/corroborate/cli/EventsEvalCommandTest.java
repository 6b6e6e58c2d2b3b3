package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval events} over a small fictional BASIL-shaped folder, in several document orders. */
class EventsEvalCommandTest {
  private static void article(Path dir, String name, String triplet, String title, String body) throws Exception {
    Files.writeString(dir.resolve(name), """
        {"title": "%s", "date": "2012-03-04", "triplet-uuid": "%s", "body-paragraphs": [["%s"]]}
        """.formatted(title, triplet, body));
  }

  @Test
  void runsEachOrderAndEndsInTheLowestFigures(@TempDir Path dir) throws Exception {
    Path y = Files.createDirectories(dir.resolve("articles/2012"));
    article(y, "a_1.json", "T1", "Dam bursts above Lindau", "A dam above Lindau burst, Mayor Petra Oswin said 17 were missing.");
    article(y, "a_2.json", "T1", "Lindau dam burst: 17 missing", "Mayor Petra Oswin said 17 people were missing after the Lindau dam burst.");
    article(y, "b_1.json", "T2", "Parliament passes budget", "Parliament passed the budget after a 14-hour debate, minister Carl Weber said.");
    article(y, "b_2.json", "T2", "Budget passes after long debate", "Carl Weber said the budget passed parliament after 14 hours of debate.");
    CliFixtures.Run r = CliFixtures.run("eval", "events", dir.toString(), "--order", "file,date,shuffle:3");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("order shuffle:3"), r.out());
    assertTrue(r.lastLine().matches("events: bcubed_f1=[01]\\.\\d{3} pairwise_f1=[01]\\.\\d{3} documents=4 events=\\d+"),
        r.lastLine());
    assertTrue(r.out().contains("lowest BCubed F1 of 3 orders"), r.out());
    assertEquals(2, CliFixtures.run("eval", "events", dir.toString(), "--order", "sorted").code());
  }
}
