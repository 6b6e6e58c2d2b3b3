package org.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import org.corroborate.ingest.Collect;
import org.corroborate.ingest.Input;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader(Collect.context());

  private Article read(String text) {
    Collect c = new Collect();
    reader.read(Collect.input("a.txt", text), c);
    return c.only();
  }

  @Test
  void furnitureDateTitleBodyAndOutletOnLastLine() {
    Article a = read("""
        Skip to content
        March 4, 2024

        Harbour ferry service suspended after storm damages pier in Port Avel

        The only ferry linking Port Avel with the mainland was halted on Sunday after a storm tore away part of the main pier, the harbour authority said.

        Officials said repairs could take weeks. "We will not put passengers at risk," the harbour master told reporters.

        \u00a0

        The Coastal Courier""");
    assertEquals("Harbour ferry service suspended after storm damages pier in Port Avel", a.title());
    assertEquals("The Coastal Courier", a.outlet().name());
    assertEquals(Instant.parse("2024-03-04T00:00:00Z"), a.published().time());
    assertEquals(Confidence.MEDIUM, a.published().confidence());
    assertTrue(a.published().dateOnly());
    assertEquals(2, a.paragraphs().size());
    assertTrue(a.text().startsWith("The only ferry linking"));
    assertTrue(a.text().endsWith("the harbour master told reporters."));
  }

  @Test
  void repeatedTitleSlashOutletAndByOutletDateLine() {
    Article a = read("""
        Miners in Dalvik vote to end month-long strike

        Miners in Dalvik vote to end month-long strike
        / Northern Ledger
        By Northern Ledger January 17, 2025

        Workers at the Dalvik copper mine voted on Thursday to accept a new wage offer, ending a strike that began in December.

        The union said 71% of members backed the deal.""");
    assertEquals("Miners in Dalvik vote to end month-long strike", a.title());
    assertEquals("Northern Ledger", a.outlet().name());
    assertEquals("Northern Ledger", a.byline());
    assertEquals(Instant.parse("2025-01-17T00:00:00Z"), a.published().time());
    assertEquals(2, a.paragraphs().size());
    assertTrue(a.text().startsWith("Workers at the Dalvik"));
  }

  @Test
  void simpleTitleAndBody() {
    Article a = read("A quiet day in Lorn\n\nNothing happened in Lorn today, the mayor said.\n\nThe council will meet again next week.\n");
    assertEquals("A quiet day in Lorn", a.title());
    assertEquals(2, a.paragraphs().size());
    assertNull(a.published());
    assertEquals("unknown", a.outlet().name());
  }

  @Test
  void headerLines() {
    Article a = read("""
        Title: Bridge reopens in Carrow
        Date: 2024-06-02T09:30:00Z
        Source: Carrow Daily
        URL: https://www.carrowdaily.example/news/bridge-reopens
        By Ana Petrescu
        Language: en-GB

        The Carrow bridge reopened to traffic on Sunday morning after eight months of repairs.
        Drivers queued from dawn to be among the first across.
        """);
    assertEquals("Bridge reopens in Carrow", a.title());
    assertEquals("Carrow Daily", a.outlet().name());
    assertEquals("carrowdaily.example", a.outlet().domain());
    assertEquals("https://www.carrowdaily.example/news/bridge-reopens", a.url());
    assertEquals("Ana Petrescu", a.byline());
    assertEquals("en", a.language());
    assertEquals(Instant.parse("2024-06-02T09:30:00Z"), a.published().time());
    assertEquals(2, a.paragraphs().size(), "one paragraph per line when the body has no blank line");
  }

  @Test
  void markdownHeadingAndBrowserFurnitureInTheBody() {
    Article a = read("# Flood warning for Tessel\n\nThe river rose overnight.\n\nAdvertisement\n\nResidents were told to move to higher ground.\n");
    assertEquals("Flood warning for Tessel", a.title());
    assertEquals("The river rose overnight.\n\nResidents were told to move to higher ground.", a.text());
    assertEquals("en", a.language());
  }

  @Test
  void dateFromTheFileNameIsALowGuess() {
    Collect c = new Collect();
    reader.read(Collect.input("corpus/ledger_2016-09-12_vote.txt", "Vote\n\nThe vote was held."), c);
    assertEquals(Instant.parse("2016-09-12T00:00:00Z"), c.only().published().time());
    assertEquals(Confidence.LOW, c.only().published().confidence());
    Collect d = new Collect();
    reader.read(Collect.input("x/ab20160912cd.txt", "Vote\n\nThe vote was held."), d);
    assertNull(d.only().published());
  }

  @Test
  void relativeTimesReadingTimesAndDatelinesWithTime() {
    Article a = read("""
        Skip to main content
        Updated 2 hours ago
        4 min read

        Storm closes schools across Wendham
        By Tomas Reyes
        May 2, 2024 | 6:05 a.m. EDT

        Schools across Wendham were closed on Thursday as the storm moved inland.

        The district said classes would resume on Monday.
        """);
    assertEquals("Storm closes schools across Wendham", a.title());
    assertEquals("Tomas Reyes", a.byline());
    assertEquals(Instant.parse("2024-05-02T10:05:00Z"), a.published().time());
    assertTrue(!a.published().dateOnly());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void aHeadlineStartingWithByIsNotAByline() {
    Article a = read("By the numbers: how the Kessel budget grew\n\nThe budget grew by a third in five years.");
    assertEquals("By the numbers: how the Kessel budget grew", a.title());
    assertNull(a.byline());
  }

  @Test
  void browserTitleWithOutlet() {
    Article a = read("Rail strike called off after late deal | Kessel Tribune\n\nThe strike was called off.");
    assertEquals("Rail strike called off after late deal", a.title());
    assertEquals("Kessel Tribune", a.outlet().name());
    Article b = read("Opinion | Why the rail deal will not last long\n\nIt will not last.");
    assertEquals("Opinion | Why the rail deal will not last long", b.title());
  }

  @Test
  void blankLineBlocksJoinWrappedLines() {
    Article a = read("Wrapped lines\n\nThe first paragraph is\nwrapped over two lines.\n\nThe second one is not.\n");
    assertEquals(List.of("The first paragraph is wrapped over two lines.", "The second one is not."),
        a.paragraphs().stream().map(s -> a.text().substring(s.start(), s.end())).toList());
  }

  @Test
  void legacyEncodingAndMojibakeAreRepaired() {
    Collect c = new Collect();
    byte[] cp1252 = "Caf\u00e9 owners\n\nThe caf\u00e9\u2019s owner said it\u2019s closed.\n".getBytes(Charset.forName("windows-1252"));
    reader.read(Input.ofBytes("b.txt", cp1252), c);
    assertEquals("Caf\u00e9 owners", c.only().title());
    assertTrue(c.only().text().contains("caf\u00e9\u2019s owner said it\u2019s"));
    Article m = read("Mojibake\n\nThe mayor\u00e2\u20ac\u2122s office said it was \u00c3\u00a9tonn\u00c3\u00a9.\n");
    assertEquals("The mayor\u2019s office said it was \u00e9tonn\u00e9.", m.text());
  }

  @Test
  void whiteSpaceOnlyIsEmptyAndControlCharactersAreEncoding() {
    Collect c = new Collect();
    reader.read(Collect.input("w.txt", " \n\n \t\n"), c);
    reader.read(Input.ofBytes("x.txt", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 'a'}), c);
    assertEquals(List.of("empty", "encoding"), c.reasons());
  }
}
