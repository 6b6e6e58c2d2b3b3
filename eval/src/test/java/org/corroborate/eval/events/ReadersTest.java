package org.corroborate.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corroborate.events.EventDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datelines, detokenizing and the two gold-set readers, on fictional files written here. */
class ReadersTest {
  @Test
  void datelines() {
    assertEquals(Instant.parse("2013-05-03T00:00:00Z"), Datelines.parse("May 3rd, 2013 2: 00pm EDT"));
    assertNull(Datelines.parse("05 / 02 / 2013"), "May 2 or 5 February: ambiguous");
    assertEquals(Instant.parse("2013-05-02T00:00:00Z"), Datelines.parse("05 / 05 / 2013").minusSeconds(3 * 86400));
    assertEquals(Instant.parse("2008-12-16T00:00:00Z"), Datelines.parse("12 / 16 / 08 1: 30 AM EST"));
    assertEquals(Instant.parse("2008-12-16T00:00:00Z"), Datelines.parse("16/12/2008"));
    assertEquals(Instant.parse("2012-08-08T00:00:00Z"), Datelines.parse("Published: 2012. 08. 08 09: 01 AM"));
    assertEquals(Instant.parse("2005-11-27T00:00:00Z"), Datelines.parse("27 NOVEMBER, 2005"));
    assertEquals(Instant.parse("2009-11-30T00:00:00Z"), Datelines.parse("Nov. 30, 2009"));
    assertNull(Datelines.parse("The mayor spoke at length about the budget and many other matters of the day, "
        + "including the harbour, the schools, the roads and the new library opened on May 3, 2013 by her predecessor"));
    assertNull(Datelines.parse("13 / 45 / 2010"));
    assertNull(Datelines.parse("Storm hits coast"));
  }

  @Test
  void detokenizes() {
    assertEquals("He said, \"we won't go\" (today).",
        Detokenizer.join(List.of("He", "said", ",", "``", "we", "wo", "n't", "go", "''", "(", "today", ")", ".")));
  }

  @Test
  void ecbPlusLayout(@TempDir Path dir) throws IOException {
    Path t = Files.createDirectories(dir.resolve("topics/9"));
    Files.writeString(t.resolve("9_1ecbplus.xml"), """
        <Document doc_name="9_1ecbplus.xml">
        <token t_id="1" sentence="0" number="0">http</token>
        <token t_id="2" sentence="0" number="1">:</token>
        <token t_id="3" sentence="0" number="2">/</token>
        <token t_id="4" sentence="0" number="3">/</token>
        <token t_id="5" sentence="0" number="4">example.org</token>
        <token t_id="6" sentence="1" number="0">Bridge</token>
        <token t_id="7" sentence="1" number="1">closes</token>
        <token t_id="8" sentence="2" number="0">June</token>
        <token t_id="9" sentence="2" number="1">4</token>
        <token t_id="10" sentence="2" number="2">,</token>
        <token t_id="11" sentence="2" number="3">2011</token>
        <token t_id="12" sentence="3" number="0">The</token>
        <token t_id="13" sentence="3" number="1">bridge</token>
        <token t_id="14" sentence="3" number="2">closed</token>
        <token t_id="15" sentence="3" number="3">.</token>
        </Document>
        """);
    Files.writeString(t.resolve("9_2ecb.xml"), "<Document><token t_id=\"1\" sentence=\"0\">broken");
    Files.writeString(t.resolve("9_3ecb.xml"), """
        <Document doc_name="9_3ecb.xml"><token t_id="1" sentence="0" number="0">Ferry</token>
        <token t_id="2" sentence="0" number="1">sinks</token></Document>
        """);
    EventSet set = EventsEvaluation.read(dir);
    assertEquals("ecbplus", set.name());
    assertEquals(2, set.docs().size());
    assertEquals(1, set.rejections().size());
    assertEquals("malformed-xml", set.rejections().get(0).reason());
    EventDoc d = set.docs().get(0).doc();
    assertEquals("9_1ecbplus", d.id());
    assertEquals("Bridge closes", d.title());
    assertEquals("The bridge closed.", d.text());
    assertEquals(Instant.parse("2011-06-04T00:00:00Z"), d.published());
    assertEquals("9/ecbplus", set.docs().get(0).goldEvent());
    assertEquals("9/ecb", set.docs().get(1).goldEvent());
    assertNull(set.docs().get(1).doc().published());
  }

  @Test
  void basilLayoutKeepsGoldOutOfTheDocument(@TempDir Path dir) throws IOException {
    Path y = Files.createDirectories(dir.resolve("articles/2011"));
    Files.writeString(y.resolve("a_1.json"), """
        {"title": "Mayor resigns", "date": "2011-04-02", "source": "xyz", "uuid": "u1",
         "triplet-uuid": "T1", "main-event": "SECRET EVENT", "main-entities": ["Secret Person"],
         "body-paragraphs": [["The mayor resigned on Friday."], ["She gave no reason."]]}
        """);
    Files.writeString(y.resolve("a_2.json"), "{not json");
    EventSet set = EventsEvaluation.read(dir);
    assertEquals("basil", set.name());
    assertEquals(1, set.docs().size());
    assertEquals("malformed-json", set.rejections().get(0).reason());
    EventDoc d = set.docs().get(0).doc();
    assertEquals("The mayor resigned on Friday.\n\nShe gave no reason.", d.text());
    assertEquals(Instant.parse("2011-04-02T00:00:00Z"), d.published());
    assertEquals("T1", set.docs().get(0).goldEvent());
    assertEquals(List.of(), d.actors());
    String all = d.id() + d.title() + d.text();
    assertEquals(-1, all.indexOf("SECRET"));
    assertEquals(-1, all.indexOf("T1"));
  }
}
