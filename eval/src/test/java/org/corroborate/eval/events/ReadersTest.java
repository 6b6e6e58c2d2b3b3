package org.corroborate.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void datelinesAreShortLinesNotSentencesThatMentionADate() {
    assertNull(Datelines.parse("Page was born on April 22, 1923, in Nashville, Tenn."), "a birth date in a sentence");
    assertNull(Datelines.parse("The mayor opened the new bridge on May 3, 2013."));
    assertEquals(Instant.parse("2013-05-02T00:00:00Z"), Datelines.parse("PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM"));
    assertEquals(Instant.parse("2011-11-11T00:00:00Z"), Datelines.parse("Published on: Fri, 11 Nov 2011 at 09: 56 IST"));
    assertEquals(Instant.parse("2008-12-16T00:00:00Z"), Datelines.parse("on Tuesday, 16 December 2008 13: 45."));
  }

  @Test
  void dottedNumericDatesAreDayFirst() {
    assertEquals(Instant.parse("2012-07-08T00:00:00Z"), Datelines.parse("Article posted on 08. 07. 2012"));
    assertNull(Datelines.parse("Version 2. 13. 2012"), "month 13 is no date");
  }

  @Test
  void ambiguousNumericDatesReadWithAUsTimeZoneOrTheMonthOfThePageAddress() {
    assertNull(Datelines.parse("05 / 02 / 2013"));
    assertEquals(Instant.parse("2013-05-02T00:00:00Z"), Datelines.parse("UPDATED 05 / 02 / 2013 at 11: 00 AM EDT"));
    assertEquals(Instant.parse("2010-09-10T00:00:00Z"), Datelines.parse("09 / 10 / 10 08: 23 PM ET"));
    assertEquals(Instant.parse("2013-02-05T00:00:00Z"), Datelines.parse("05 / 02 / 2013", 2));
    assertEquals(Instant.parse("2013-05-02T00:00:00Z"), Datelines.parse("05 / 02 / 2013", 5));
    assertNull(Datelines.parse("05 / 02 / 2013", 7), "a month that fits neither reading decides nothing");
  }

  @Test
  void theMonthATextNamesMost() {
    assertEquals(5, Datelines.monthMentioned(List.of("The judge set a May 10 deadline.", "In May 2012 she crashed; in April too.",
        "She may appeal; Mark Reyes (no month) said it was May 2.")));
    assertEquals(0, Datelines.monthMentioned(List.of("She may go. Marching on, Mark said.")), "no month names");
    assertEquals(0, Datelines.monthMentioned(List.of("Sept. 9 and October 2")), "a tie decides nothing");
    assertEquals(9, Datelines.monthMentioned(List.of("On Sept. 9 the plant shut; by September 12 it reopened.")));
  }

  @Test
  void pageAddressesGiveDates() {
    assertEquals(Instant.parse("2013-05-02T00:00:00Z"), Datelines.fromUrl("http: / / news. example / 2013 / 05 / 02 / ferry - sinks /"));
    assertEquals(Instant.parse("2013-05-03T00:00:00Z"), Datelines.fromUrl("http://paper.example/2013/may/03/local/story"));
    assertEquals(Instant.parse("2008-12-23T00:00:00Z"), Datelines.fromUrl("http://paper.example/2008-12-23/sports/3683"));
    assertEquals(Instant.parse("2008-12-16T00:00:00Z"), Datelines.fromUrl("http://club.example/news/article.jsp?ymd=20081216&id=3"));
    assertNull(Datelines.fromUrl("http://blog.example/2008/12/a-story.html"), "a month is not a day");
    assertEquals(12, Datelines.monthFromUrl("http://blog.example/2008/12/a-story.html"));
    assertNull(Datelines.fromUrl("http://paper.example/people/article/0,,20697025,00.html"));
    assertEquals(0, Datelines.monthFromUrl(null));
  }

  @Test
  void timeStampsAndBarePlacesAreNotHeadlines() {
    assertTrue(EcbPlusReader.furniture("8: 24am:"));
    assertTrue(EcbPlusReader.furniture("APR 28"));
    assertTrue(EcbPlusReader.furniture("9 / 10 / 2010 @ 1: 19PM"));
    assertTrue(EcbPlusReader.furniture("Mumbai, Nov 11 -"));
    assertFalse(EcbPlusReader.furniture("Bridge closes after flood"));
  }

  @Test
  void ecbPlusDateFromTheAddressAndHeadlineAfterATimeStamp() {
    EventDoc d = EcbPlusReader.toDoc("3_1ecbplus", List.of(
        List.of("http", ":", "/", "/", "news.example", "/", "2011", "/", "06", "/", "04", "/", "bridge"),
        List.of("8", ":", "24am", ":"),
        List.of("Bridge", "closes"),
        List.of("The", "bridge", "closed", ".")));
    assertEquals("Bridge closes", d.title());
    assertEquals(Instant.parse("2011-06-04T00:00:00Z"), d.published());
    assertEquals("8: 24am:\nThe bridge closed.", d.text());
    EventDoc ambiguous = EcbPlusReader.toDoc("3_2ecbplus", List.of(
        List.of("http", ":", "/", "/", "news.example", "/", "2011", "/", "05", "/", "story"),
        List.of("Bridge", "reopens"),
        List.of("06", "/", "05", "/", "2011"),
        List.of("The", "bridge", "reopened", ".")));
    assertEquals(Instant.parse("2011-05-06T00:00:00Z"), ambiguous.published(), "the address says May");
    assertEquals("The bridge reopened.", ambiguous.text());
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
