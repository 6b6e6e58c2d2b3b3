package org.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.corroborate.ingest.Collect;
import org.corroborate.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fictional articles written in the four plain-text shapes, with random words, outlets and dates in
 * several formats: the title, the outlet and the date must come back exactly. Seeded.
 */
class TextShapesRandomTest {
  private static final String[] WORDS = {"council", "harbour", "strike", "minister", "flood", "bridge", "vote", "border",
      "talks", "court", "rail", "budget", "storm", "school", "mine", "port", "election", "protest", "deal", "fire"};
  private static final String[] NAMES = {"Ledger", "Courier", "Tribune", "Post", "Herald", "Observer", "Times", "Wire", "Review"};
  private static final String[] PLACES = {"Kessel", "Marrow", "Tessel", "Veld", "Orrin", "Dalvik", "Carrow", "Selden"};
  private static final String[] DATE_FORMATS = {"MMMM d, yyyy", "d MMMM yyyy", "yyyy-MM-dd", "MMM d, yyyy", "EEEE d MMMM yyyy"};

  private final PlainTextReader reader = new PlainTextReader(Collect.context());

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void titleOutletAndDateComeBack(long seed) {
    Random r = new Random(seed);
    for (int round = 0; round < 40; round++) {
      String place = PLACES[r.nextInt(PLACES.length)];
      String title = cap(words(r, 4 + r.nextInt(6))) + " in " + place;
      String outlet = (r.nextBoolean() ? "The " : "") + PLACES[r.nextInt(PLACES.length)] + " " + NAMES[r.nextInt(NAMES.length)];
      LocalDate date = LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
      String written = date.format(DateTimeFormatter.ofPattern(DATE_FORMATS[r.nextInt(DATE_FORMATS.length)], Locale.ENGLISH));
      StringBuilder body = new StringBuilder();
      int paras = 1 + r.nextInt(5);
      for (int p = 0; p < paras; p++) {
        body.append(cap(words(r, 12 + r.nextInt(20)))).append(", officials said on Monday.\n\n");
      }
      int shape = r.nextInt(4);
      String text = switch (shape) {
        case 0 -> "Skip to content\n" + written + "\n\n" + title + "\n\n" + body + "\u00a0\n\n" + outlet;
        case 1 -> title + "\n\n" + title + "\n/ " + outlet + "\nBy " + outlet + " " + written + "\n\n" + body;
        case 2 -> "Title: " + title + "\nDate: " + written + "\nSource: " + outlet + "\n\n" + body;
        default -> title + " | " + outlet + "\n" + written + "\n\n" + body;
      };
      Collect c = new Collect();
      reader.read(Collect.input("r.txt", text), c);
      Article a = c.only();
      String where = "seed " + seed + " round " + round + " shape " + shape + ":\n" + text;
      assertEquals(title, a.title(), where);
      assertEquals(outlet, a.outlet().name(), where);
      assertEquals(date.atStartOfDay(ZoneOffset.UTC).toInstant(), a.published().time(), where);
      assertEquals(paras, a.paragraphs().size(), where);
    }
  }

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
