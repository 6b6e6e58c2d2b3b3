package org.corroborate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the online clusterer on small fictional article sets. */
class EventIndexTest {
  private static Instant day(int d) {
    return Instant.parse("2025-03-01T08:00:00Z").plusSeconds(86400L * (d - 1));
  }

  // Two raids in the same region a week apart: same kind, same region, different villages,
  // different figures, different commanders.
  private static final EventDoc RAID1_A = EventDoc.of("raid1-a", "Police raid in Veldmark province leaves four dead",
      "Police raided the village of Orsk in Veldmark province before dawn on Monday, killing four suspected smugglers. "
          + "Colonel Anika Brandt said 23 people were detained and 40 rifles seized in the raid on Orsk. "
          + "Residents of Orsk said the raid lasted three hours.", day(3));
  private static final EventDoc RAID1_B = EventDoc.of("raid1-b", "Four killed as police storm Orsk",
      "Four people were killed when police stormed Orsk, a village in Veldmark, on Monday. "
          + "Colonel Anika Brandt told reporters that 23 suspects were detained and 40 rifles found. "
          + "The Veldmark raid on Orsk targeted a smuggling ring, police said.", day(3));
  private static final EventDoc RAID2_A = EventDoc.of("raid2-a", "New police raid in Veldmark province, nine arrested",
      "Police raided the town of Kessel in Veldmark province on Monday, arresting nine people. "
          + "Major Tobias Rehn said 12 kilograms of explosives were found in Kessel, and no one was hurt. "
          + "The raid on Kessel was the second police operation in Veldmark in a month.", day(10));
  private static final EventDoc RAID2_B = EventDoc.of("raid2-b", "Explosives found in Kessel raid",
      "Nine people were arrested in a police raid in Kessel, Veldmark province, on Monday. "
          + "Major Tobias Rehn said officers found 12 kilograms of explosives in Kessel. "
          + "No one was hurt in the Kessel raid, police in Veldmark said.", day(10));

  @Test
  void twoRaidsInOneRegionAWeekApartStayTwoEvents() {
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, List.of(RAID1_A, RAID1_B, RAID2_A, RAID2_B));
    idx.mergePass();
    assertEquals(idx.eventOf("raid1-a"), idx.eventOf("raid1-b"));
    assertEquals(idx.eventOf("raid2-a"), idx.eventOf("raid2-b"));
    assertNotEquals(idx.eventOf("raid1-a"), idx.eventOf("raid2-a"));
    assertEquals(2, idx.eventCount());
  }

  private static Instant at(int d, int hour) {
    return Instant.parse("2025-03-01T00:00:00Z").plusSeconds(86400L * (d - 1) + 3600L * hour);
  }

  // A second incident a week after the first, whose reports recap the first at length (a recap
  // paragraph naming the first village, its governor's figures and the denial).
  private static final String RECAP_OF_DORN =
      "The attack follows last week's assault on Dorn, in the neighbouring Harlow district, when fighters of the Grey Valley Front "
      + "crossed the border before dawn and claimed to have seized the village of Dorn. Governor Lena Varga said then that six "
      + "civilians had been wounded in Dorn and blamed the neighbouring state of Castria, which denied any part in the Dorn raid. "
      + "The army said it had cleared Dorn two days later.";

  @Test
  void aSecondIncidentAWeekLaterWhoseReportsRecapTheFirstIsASecondEvent() {
    List<EventDoc> docs = List.of(
      EventDoc.of("dorn-1", "Rebels claim to have seized border village of Dorn",
        "Fighters of the Grey Valley Front crossed the border before dawn on Monday and claimed to have seized the village of Dorn in the Harlow district. "
        + "Governor Lena Varga said six civilians had been wounded in Dorn and blamed neighbouring Castria. "
        + "Castria's foreign ministry denied any part in the raid on Dorn. "
        + "The army said fighting around Dorn was continuing and that the border crossing at Harlow had been closed.", at(3, 9)),
      EventDoc.of("dorn-2", "Six wounded as Grey Valley Front raids Dorn",
        "Six civilians were wounded when the Grey Valley Front stormed Dorn, a border village in the Harlow district, on Monday, Governor Lena Varga said. "
        + "Varga blamed Castria for the raid; Castria denied involvement. "
        + "The Front said on its channel that it held Dorn and would not withdraw.", at(3, 18)),
      EventDoc.of("dorn-3", "Army says Dorn cleared of rebel fighters",
        "The army said on Tuesday it was still fighting Grey Valley Front rebels in and around Dorn, a day after the Front claimed the Harlow district village. "
        + "Governor Lena Varga said the six wounded civilians from Dorn were in hospital. "
        + "Castria again denied sending the fighters.", at(4, 7)),
      EventDoc.of("pell-1", "Rebels blow up rail bridge at Pell in second raid in a week",
        "Grey Valley Front fighters blew up the rail bridge over the Tamm river near Pell, in the Oster district, on Monday and briefly held the station, the group said. "
        + "Governor Lena Varga said two people were killed at Pell. "
        + "Freight on the Oster line has been halted, and engineers said the Tamm bridge would take months to rebuild. "
        + "Residents of Pell said the blast shook houses across the village and that the station roof had collapsed. "
        + "The rail operator Ostline said some 40 freight trains a week used the bridge at Pell. " + RECAP_OF_DORN, at(10, 8)),
      EventDoc.of("pell-2", "Pell bridge attack halts Oster freight",
        "Freight traffic on the Oster line was halted on Tuesday after the Grey Valley Front blew up the Tamm bridge at Pell on Monday. "
        + "Two people were killed in Pell, Governor Lena Varga said, and the station was damaged. "
        + "Ostline said 40 trains a week crossed the Tamm bridge, carrying grain to the river port at Oster. "
        + "A witness in Pell said the bridge span had fallen into the Tamm after two loud blasts. " + RECAP_OF_DORN, at(11, 6)),
      EventDoc.of("fair", "Apple growers crowd Harlow fair",
        "Growers from across the Harlow district brought a record harvest to the autumn apple fair on Saturday. "
        + "Organisers said 12,000 visitors came, the most in a decade.", at(6, 10)));
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, docs);
    idx.mergePass();
    String dorn = idx.eventOf("dorn-1");
    assertEquals(dorn, idx.eventOf("dorn-2"));
    assertEquals(dorn, idx.eventOf("dorn-3"));
    assertEquals(idx.eventOf("pell-1"), idx.eventOf("pell-2"));
    assertNotEquals(dorn, idx.eventOf("pell-1"), "same topic a week later is not the same event");
    assertNotEquals(dorn, idx.eventOf("fair"));
    assertNotEquals(idx.eventOf("pell-1"), idx.eventOf("fair"));
    assertEquals(3, idx.eventCount());
  }

  @Test
  void theSameEventFromThreeOutletsOnTwoDaysIsOneEvent() {
    EventDoc a = EventDoc.of("flood-herald", "Dam bursts above Lindau, 17 missing",
        "A dam above the town of Lindau burst on Thursday night, flooding the lower town. "
            + "Mayor Petra Oswin said 17 people were missing and 300 had been evacuated. "
            + "The Lindau dam had been inspected in May.", day(5));
    EventDoc other = EventDoc.of("budget-post", "Parliament passes budget after long night",
        "Parliament passed the budget at dawn after a 14-hour debate. Finance minister Carl Weber "
            + "said spending on schools would rise. The opposition voted against the budget.", day(5));
    EventDoc b = EventDoc.of("flood-courier", "Lindau flood: mayor says 17 still missing",
        "Rescue teams searched flooded streets in Lindau on Friday after the dam burst. "
            + "Mayor Petra Oswin told the Courier that 17 residents were still missing and some 300 were evacuated "
            + "overnight. The dam burst after days of heavy rain.", day(6));
    EventDoc c = EventDoc.of("flood-wire", "Dam failure floods Lindau",
        "LINDAU - A dam failure flooded parts of Lindau late on Thursday. Seventeen people are missing, "
            + "Mayor Petra Oswin said, and 300 were moved to shelters as the water rose through the lower town.", day(6));
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, List.of(a, other, b, c));
    String ev = idx.eventOf("flood-herald");
    assertEquals(ev, idx.eventOf("flood-courier"));
    assertEquals(ev, idx.eventOf("flood-wire"));
    assertNotEquals(ev, idx.eventOf("budget-post"));
    assertEquals(2, idx.eventCount());
    assertEquals("ev-flood-herald", ev, "an event is named after its first document");
  }

  @Test
  void aSyndicatedCopyJoinsItsOriginalsEvent() {
    EventDoc original = EventDoc.of("orig", "Ferry runs aground off Skerra island",
        "A passenger ferry with 212 people on board ran aground off Skerra island on Sunday. "
            + "The coast guard said all passengers were taken off safely by lifeboats. "
            + "Captain Ilse Marten said fog was heavy when the Nordlys hit the rocks. "
            + "An inquiry into the grounding will begin next week, the ministry said.", day(2));
    EventDoc unrelated = EventDoc.of("other", "Striker signs for city club",
        "The striker Jonas Pell signed a three-year contract with the city club on Sunday, "
            + "the club said. Pell scored 21 goals last season.", day(2));
    EventDoc copy = EventDoc.of("copy", "All 212 safe after ferry grounding",
        "A passenger ferry with 212 people on board ran aground off Skerra island on Sunday. "
            + "The coast guard said all passengers were taken off safely by lifeboats. "
            + "Captain Ilse Marten said fog was heavy when the Nordlys hit the rocks.", day(2).plusSeconds(7200));
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, List.of(original, unrelated, copy));
    assertEquals(idx.eventOf("orig"), idx.eventOf("copy"));
    assertNotEquals(idx.eventOf("orig"), idx.eventOf("other"));
  }

  @Test
  void theSameTextFarApartInTimeIsTwoEvents() {
    EventDoc a = EventDoc.of("y1", "Marathon held in Brenna", "The Brenna marathon was run on Sunday by 8,000 runners.", day(1));
    EventDoc b = EventDoc.of("y2", "Marathon held in Brenna", "The Brenna marathon was run on Sunday by 8,000 runners.", day(366));
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, List.of(a, b));
    assertNotEquals(idx.eventOf("y1"), idx.eventOf("y2"));
  }

  @Test
  void suppliedActorsAndPlacesCount() {
    EventDoc a = new EventDoc("e1", "Talks end", "The talks ended without a deal.", day(1),
        List.of("Ana Ruiz", "Harbour Workers Union"), List.of("Porto Vell"));
    EventDoc b = new EventDoc("e2", "No agreement", "Negotiators left without agreement.", day(1),
        List.of("Ana Ruiz", "Harbour Workers Union"), List.of("Porto Vell"));
    EventIndex withNames = EventIndex.rebuild(EventConfig.DEFAULTS, List.of(a, b));
    assertEquals(withNames.eventOf("e1"), withNames.eventOf("e2"));
  }

  @Test
  void readdingADocumentChangesNothing() {
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, List.of(RAID1_A, RAID2_A));
    Map<String, String> before = idx.assignments();
    assertEquals(idx.eventOf("raid1-a"), idx.add(RAID1_A));
    assertEquals(before, idx.assignments());
    assertEquals(2, idx.documentCount());
    assertNull(idx.eventOf("unknown"));
  }

  @Test
  void eventsListTheirDocumentsAndTimes() {
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, List.of(RAID1_A, RAID1_B, RAID2_A, RAID2_B));
    List<EventCluster> events = idx.events();
    assertEquals(2, events.size());
    assertEquals(List.of("raid1-a", "raid1-b"), events.get(0).docIds());
    assertEquals(day(3), events.get(0).first());
    assertEquals(day(10), events.get(1).last());
  }

  /** Random documents from a small vocabulary with some shared events: placement must be repeatable. */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2024})
  void deterministicForAGivenOrder(long seed) {
    List<EventDoc> docs = randomDocs(new Random(seed), 300);
    EventIndex a = EventIndex.rebuild(EventConfig.DEFAULTS, docs);
    EventIndex b = EventIndex.rebuild(EventConfig.DEFAULTS, docs);
    a.mergePass();
    b.mergePass();
    assertEquals(a.assignments(), b.assignments());
    assertEquals(a.events(), b.events());
    assertTrue(a.eventCount() > 1 && a.eventCount() < docs.size(), "some grouping happened: " + a.eventCount());
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 11})
  void smallIndexCapsStillPlaceEveryDocument(long seed) {
    EventConfig tight = EventConfig.parse("queryTerms=3,indexTerms=3,centroidTerms=5,postingsCap=2,maxCandidates=1");
    List<EventDoc> docs = randomDocs(new Random(seed), 200);
    EventIndex idx = EventIndex.rebuild(tight, docs);
    assertEquals(docs.size(), idx.assignments().size());
    int total = idx.events().stream().mapToInt(e -> e.docIds().size()).sum();
    assertEquals(docs.size(), total);
  }

  private static List<EventDoc> randomDocs(Random r, int n) {
    String[] words = new String[400];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + Integer.toString(i * 7919 % 100_000, 36) + (char) ('a' + i % 26);
    }
    List<EventDoc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int ev = r.nextInt(n / 4);
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        int k = r.nextDouble() < 0.5 ? (ev * 13 + r.nextInt(8)) % words.length : r.nextInt(words.length);
        sb.append(words[k]).append(r.nextInt(10) == 0 ? ". " : " ");
      }
      docs.add(EventDoc.of("d" + i, words[ev % words.length], sb.toString(), day(1 + ev % 60)));
    }
    return docs;
  }

  @Test
  void configParsesOntoDefaultsAndRejectsUnknownKeysAndBadValues() {
    assertEquals(EventConfig.DEFAULTS, EventConfig.parse(""));
    assertEquals(EventConfig.DEFAULTS, EventConfig.parse(EventConfig.DEFAULTS.toSpec()));
    assertEquals(0.4, EventConfig.parse("joinThreshold=0.4").joinThreshold());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventConfig.parse("joinTreshold=0.4"));
    assertTrue(e.getMessage().contains("joinTreshold"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EventConfig.parse("joinThreshold=high"));
    assertThrows(IllegalArgumentException.class, () -> EventConfig.parse("joinThreshold=1.5"));
    assertThrows(IllegalArgumentException.class, () -> EventConfig.parse("postingsCap=0"));
    assertThrows(IllegalArgumentException.class, () -> EventConfig.parse("centroidTerms=5,indexTerms=10"));
  }

  @Test
  void misuseFailsFast() {
    assertThrows(IllegalArgumentException.class, () -> EventDoc.of(" ", "t", "x", null));
    assertThrows(NullPointerException.class, () -> new EventIndex(null));
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 19})
  void aRestoredSnapshotContinuesLikeTheOriginal(long seed) throws java.io.IOException {
    List<EventDoc> docs = randomDocs(new Random(seed), 240);
    EventIndex first = EventIndex.rebuild(EventConfig.DEFAULTS, docs.subList(0, 150));
    first.mergePass();
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    first.snapshot(buf);
    EventIndex restored = EventIndex.restore(new java.io.ByteArrayInputStream(buf.toByteArray()));
    assertEquals(first.assignments(), restored.assignments());
    assertEquals(first.events(), restored.events());
    EventIndex again = EventIndex.rebuild(EventConfig.DEFAULTS, docs.subList(0, 150));
    again.mergePass();
    for (EventDoc d : docs.subList(150, docs.size())) {
      assertEquals(again.add(d), restored.add(d));
    }
    assertEquals(again.assignments(), restored.assignments());
    assertEquals(240, restored.documentCount());
  }

  @ParameterizedTest
  @ValueSource(longs = {2, 13})
  void mergePassesSettleAndCountTheirMerges(long seed) {
    List<EventDoc> docs = randomDocs(new Random(seed), 200);
    EventIndex idx = EventIndex.rebuild(EventConfig.parse("mergeThreshold=0.05"), docs);
    int before = idx.eventCount();
    int merges = idx.mergePass();
    assertTrue(merges > 0, "a low threshold merges something");
    assertEquals(before - merges, idx.eventCount());
    int passes = 0;
    while (idx.mergePass() > 0) {
      assertTrue(++passes < 50, "merge passes settle");
    }
    assertEquals(0, idx.mergePass(), "nothing changed since the last pass");
    int total = idx.events().stream().mapToInt(e -> e.docIds().size()).sum();
    assertEquals(docs.size(), total, "merging loses no document");
  }

  @Test
  void theHorizonIsWhereTimeAloneRulesOutAPerfectMatch() {
    double h = EventIndex.horizonDays(EventConfig.DEFAULTS);
    assertEquals(4 + 2.5 * Math.log(1 / 0.21), h, 1e-9, "grace + scale * ln(1 / merge gap threshold)");
    assertEquals(10, EventIndex.horizonDays(EventConfig.parse("maxGapDays=10,timeScaleDays=30")), 1e-9);
  }

  /**
   * A story followed for a month, a report every other day, keeps one event: its postings are
   * renewed as it goes on, so a report weeks after its first still finds it among other news.
   */
  @Test
  void aLongRunningStoryStaysFindableAfterItsFirstPostingsAge() {
    List<EventDoc> docs = new ArrayList<>();
    for (int d = 1; d <= 31; d += 2) {
      docs.add(EventDoc.of("trial-" + d, "Harlan Voss fraud trial in Marrow, day " + d,
          "The fraud trial of Harlan Voss continued in Marrow court. Judge Ada Kestrel heard witnesses on the "
              + "Voss pension scheme, in which 4,200 Marrow savers lost money.", day(d)));
      for (int k = 0; k < 3; k++) {
        docs.add(EventDoc.of("other-" + d + "-" + k, "Harbour news " + d + " " + k,
            "Boats number " + (d * 10 + k) + " and crew " + (d * 7 + k) + " arrived at Quay " + (d * 3 + k) + " in Pellam.",
            day(d)));
      }
    }
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, docs);
    String trial = idx.eventOf("trial-1");
    for (int d = 3; d <= 31; d += 2) {
      assertEquals(trial, idx.eventOf("trial-" + d), "day " + d);
    }
  }

  @Test
  void postingsOfEventsBeyondTheHorizonAreSkippedUnread() {
    List<EventDoc> docs = new ArrayList<>();
    for (int d = 1; d <= 40; d++) {
      // one harbour-report a day, each its own event (different ship, figures), all sharing words
      docs.add(EventDoc.of("h" + d, "Harbour report Pellam " + (1000 + d),
          "Ship Vessel" + d + " arrived at Pellam harbour with " + (300 + d) + " tonnes; harbourmaster Ilka Renn said.",
          day(d)));
    }
    EventIndex idx = EventIndex.rebuild(EventConfig.DEFAULTS, docs);
    EventIndex.Stats s = idx.stats();
    assertTrue(s.entriesSkippedByTime() > 0, s.toString());
    assertTrue(s.entriesScanned() >= s.entriesSkippedByTime() && s.postingsLookups() > 0, s.toString());
    assertTrue(s.eventsCreated() >= idx.eventCount() && s.vocabulary() > 10, s.toString());
    // a late report about the first ship still finds nothing to join but sees no event from 30+ days back
    long touchedBefore = idx.stats().eventsTouched();
    idx.add(EventDoc.of("late", "Harbour report Pellam 1001", "Ship Vessel1 arrived at Pellam harbour with 301 tonnes.", day(41)));
    long touched = idx.stats().eventsTouched() - touchedBefore;
    assertTrue(touched <= 9, "only events within about 8 days are touched: " + touched);
  }

  @Test
  void restoreRejectsWhatIsNotASnapshot() {
    java.io.IOException e = assertThrows(java.io.IOException.class,
        () -> EventIndex.restore(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})));
    assertTrue(e.getMessage().contains("not an event index snapshot"), e.getMessage());
  }
}
