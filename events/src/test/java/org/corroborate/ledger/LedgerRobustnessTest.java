package org.corroborate.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Channel;
import org.corroborate.model.Claimant;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.Confidence;
import org.corroborate.model.DateMention;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Hedge;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Quantity;
import org.corroborate.model.Sentence;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;
import org.corroborate.model.Syndication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random analysed articles (seeded), with the odd values an analyser may produce: spans past the end,
 * empty spans, null names and fields, unknown entity ids, self-syndication, no dates. The ledger must
 * build without an exception, record bad statements as problems, and keep every evidence span inside
 * its article.
 */
class LedgerRobustnessTest {
  private static final String[] WORDS = {"Marrow", "troops", "said", "eight", "9", "wounded", "denied", "not",
      "the", "village", "captured", "Ilse", "Danner", "governor", "\u201cquote\u201d", "<b>", "&", "Lakeview", "Oblast",
      "reportedly", "unconfirmed", "took", "part", "\u00e9t\u00e9", ",", "."};

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void randomInputNeverBreaksTheLedger(long seed) {
    Random r = new Random(seed);
    List<EventGroup> events = new ArrayList<>();
    int expectedBad = 0;
    List<AnalyzedArticle> all = new ArrayList<>();
    for (int e = 0; e < 1 + r.nextInt(3); e++) {
      List<AnalyzedArticle> arts = new ArrayList<>();
      for (int a = 0; a < r.nextInt(5); a++) {
        AnalyzedArticle art = article(r, e + "-" + a, all);
        for (Statement s : art.statements()) {
          if (s.stance() == null || s.content() == null || s.content().end() > art.article().text().length() || s.content().length() == 0
              || s.content().of(art.article().text()).isBlank()) {
            expectedBad++;
          }
        }
        arts.add(art);
        all.add(art);
      }
      events.add(new EventGroup("e" + e, arts));
    }
    Ledger l = LedgerBuilder.build(events, Aliases.parse("x", "Lakeview Oblast\tLakeview\n"));
    assertTrue(l.problems().size() >= expectedBad, l.problems() + " vs " + expectedBad);
    for (LedgerEvent ev : l.events()) {
      for (LedgerClaim c : ev.claims()) {
        for (Evidence ev2 : c.statements()) {
          String text = all.stream().filter(x -> x.article().id().equals(ev2.articleId())).findFirst().orElseThrow()
              .article().text();
          assertTrue(ev2.sentence().end() <= text.length());
          assertEquals(ev2.contentText(), ev2.content().of(text));
        }
      }
    }
    assertTrue(LedgerWriter.toJson(l).startsWith("{"));
  }

  private static AnalyzedArticle article(Random r, String tag, List<AnalyzedArticle> earlier) {
    StringBuilder sb = new StringBuilder();
    int n = 5 + r.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
    }
    String text = sb.toString().strip() + " " + tag;
    int len = text.length();
    Outlet outlet = r.nextBoolean() ? new Outlet("Outlet " + r.nextInt(3), null) : new Outlet(null, "o" + r.nextInt(3) + ".example");
    Published pub = r.nextInt(4) == 0 ? null
        : new Published(Instant.parse("2031-01-01T00:00:00Z").plusSeconds(r.nextInt(100000)), "x", Confidence.LOW, false);
    Article art = Article.of(outlet, r.nextBoolean() ? "" : "T " + tag, null, pub, "en", List.of(text), null,
        new SourceRef("text", "f" + tag, null, null, outlet, Instant.EPOCH));
    if (!earlier.isEmpty() && r.nextInt(3) == 0) {
      art = art.withSyndication(new Syndication(r.nextBoolean() ? earlier.get(r.nextInt(earlier.size())).article().id() : art.id(), 0.9, "x"));
    }
    List<Sentence> sentences = new ArrayList<>();
    int cut = len / 2;
    sentences.add(new Sentence(0, new Span(0, cut)));
    if (r.nextBoolean()) {
      sentences.add(new Sentence(1, new Span(cut, len)));
    }
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < r.nextInt(4); i++) {
      List<Mention> mentions = new ArrayList<>();
      for (int m = 0; m < r.nextInt(3); m++) {
        Span s = span(r, len);
        mentions.add(new Mention(s, r.nextInt(6) == 0 ? null : s.end() <= len ? s.of(text) : "x",
            MentionKind.values()[r.nextInt(MentionKind.values().length)]));
      }
      entities.add(new Entity("E" + i, r.nextInt(7) == 0 ? null : r.nextInt(5) == 0 ? "" : WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)],
          EntityType.values()[r.nextInt(EntityType.values().length)], mentions,
          r.nextBoolean() ? List.of() : List.of("the Lakeview governor", "a rebel militia")));
    }
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < r.nextInt(6); i++) {
      Span content = r.nextInt(6) == 0 ? new Span(len, len + 5) : span(r, len);
      ClaimantKind kind = ClaimantKind.values()[r.nextInt(3)];
      Claimant claimant = r.nextInt(8) == 0 ? null
          : new Claimant(kind, kind == ClaimantKind.NAMED ? span(r, len) : null, r.nextBoolean() ? null : "Ilse Danner",
              r.nextBoolean() ? "E" + r.nextInt(5) : null, r.nextBoolean() ? null : "governor of Lakeview");
      List<Hedge> hedges = r.nextBoolean() ? List.of()
          : List.of(new Hedge(span(r, len), "unconfirmed", r.nextBoolean() ? "unverified" : "hedge", r.nextBoolean()));
      statements.add(new Statement("S" + i, r.nextInt(2), claimant, r.nextBoolean() ? null : span(r, len), "said",
          r.nextBoolean() ? "confirmation" : "speech", content,
          content.end() <= len ? content.of(text) : "", r.nextBoolean() ? null : new Channel(span(r, len), "TASS", "TASS"),
          r.nextInt(10) == 0 ? null : Stance.values()[r.nextInt(Stance.values().length)], r.nextBoolean(), false, hedges, r.nextBoolean(),
          r.nextInt(4) == 0 ? "S" + r.nextInt(6) : null));
    }
    List<Quantity> quantities = List.of(new Quantity(span(r, len), "eight", 8 + r.nextInt(2), "count", null,
        r.nextBoolean() ? null : "people", "wounded"));
    List<DateMention> dates = r.nextBoolean() ? List.of()
        : List.of(new DateMention(span(r, len), "Monday", LocalDate.of(2031, 1, 1 + r.nextInt(3)), null, "day", Confidence.LOW));
    return new AnalyzedArticle(art, sentences, entities, statements, quantities, dates);
  }

  private static Span span(Random r, int len) {
    int s = r.nextInt(len);
    return new Span(s, Math.min(len, s + 1 + r.nextInt(20)) + (r.nextInt(15) == 0 ? 50 : 0));
  }
}
