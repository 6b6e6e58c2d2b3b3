package org.corroborate.ledger;

import static org.corroborate.ledger.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.EntityType;
import org.corroborate.model.Stance;

/**
 * A fictional event reported by four outlets, written for tests: a militia claims to have captured a
 * village; a ministry denies it; one outlet says it is not confirmed; the governor gives eight wounded
 * in one outlet and nine in another, on different days; a spokesman's words reach two outlets through
 * two agencies; one outlet is a syndicated copy (with a hostile headline); one has unconfirmed reports
 * and a role-only mention of the governor.
 */
public final class Scenario {
  private Scenario() {}

  public static final String HOSTILE_TITLE = "Rebels claim Marrow </script><img src=x onerror=\"window.__pwned=1\">";
  public static final String HOSTILE_TEXT = "<script>window['__pwned']=2</script>";

  static final String HERALD_TEXT =
      "Fighters of the Free Valley Brigade, a self-described rebel militia, said they had captured the village of "
      + "Marrow near the border. Governor Ilse Danner said eight people were wounded in Marrow on Monday. "
      + "The capture of the village has not been independently confirmed. "
      + "The Interior Ministry denied that rebels had captured the village of Marrow. "
      + "\u201cWe are the same valley people as you, and we came to free you,\u201d the brigade said in a statement on Telegram. "
      + "Spokesman Piet Varga said President Tomas Wendt had been informed of the raid, the state agency Wire One reported. "
      + "Units of the National Guard of Lakeview were deployed.";

  public static AnalyzedArticle herald() {
    return heraldLike(article("Northern Herald", "northernherald.example", "2031-04-02T08:00:00Z",
        "Militia says it took Marrow", HERALD_TEXT));
  }

  /** A syndicated copy of the Herald's story under another outlet and a hostile headline. */
  public static AnalyzedArticle valleyTimes() {
    String herald = org.corroborate.util.Ids.articleId(HERALD_TEXT);
    return heraldLike(article("Valley Times", "valleytimes.example", "2031-04-02T09:00:00Z", HOSTILE_TITLE,
        HERALD_TEXT + " Reporting by the desk.").syndicatedFrom(herald));
  }

  private static AnalyzedArticle heraldLike(ArticleFixture f) {
    return f
        .entity("E1", "Free Valley Brigade", EntityType.ORGANIZATION, List.of("Free Valley Brigade"),
            List.of("the brigade"), List.of("self-described rebel militia"))
        .entity("E2", "Ilse Danner", EntityType.PERSON, List.of("Ilse Danner"), List.of(), List.of("Governor"))
        .entity("E3", "Marrow", EntityType.GPE, List.of("Marrow"), List.of(), List.of())
        .entity("E4", "Interior Ministry", EntityType.ORGANIZATION, List.of("Interior Ministry"), List.of(), List.of())
        .entity("E5", "Piet Varga", EntityType.PERSON, List.of("Piet Varga"), List.of(), List.of("Spokesman"))
        .entity("E6", "Tomas Wendt", EntityType.PERSON, List.of("Tomas Wendt"), List.of(), List.of("President"))
        .entity("E7", "National Guard of Lakeview", EntityType.ORGANIZATION, List.of("National Guard of Lakeview"),
            List.of(), List.of())
        .statement("S1").by("Fighters of the Free Valley Brigade", "E1", "Free Valley Brigade").cue("said", "speech")
        .content("they had captured the village of Marrow near the border").stance(Stance.CLAIM).add()
        .statement("S2").by("Governor Ilse Danner", "E2", "Ilse Danner").cue("said", "speech")
        .content("eight people were wounded in Marrow on Monday").add()
        .statement("S3").content("The capture of the village has not been independently confirmed")
        .hedge("not been independently confirmed", "unverified").add()
        .statement("S4").by("The Interior Ministry", "E4", "Interior Ministry").cue("denied", "denial")
        .content("rebels had captured the village of Marrow").stance(Stance.DENY).add()
        .statement("S5").by("the brigade", "E1", "Free Valley Brigade").cue("said", "speech")
        .content("We are the same valley people as you, and we came to free you").direct()
        .channel("Telegram", "Telegram").add()
        .statement("S6").by("Spokesman Piet Varga", "E5", "Piet Varga").cue("said", "speech")
        .content("President Tomas Wendt had been informed of the raid").channel("the state agency Wire One", "Wire One").add()
        .quantity("eight people were wounded", 8, "people", "wounded")
        .date("Monday", LocalDate.of(2031, 3, 31))
        .build();
  }

  static final String COAST_TEXT =
      "The Free Valley Brigade, which the government calls a terrorist organisation, claims to have taken Marrow village. "
      + "The governor of Lakeview Oblast, Ilse Danner, wrote on Telegram that nine people were injured in Marrow on Tuesday. "
      + "\u201cWe are valley people, just like you, and we came to free you,\u201d a brigade statement said. "
      + "According to the agency Wire Two, citing spokesman Piet Varga, the president was informed of the raid.";

  public static AnalyzedArticle coast() {
    return article("Coast Daily", "coastdaily.example", "2031-04-02T10:30:00Z", "Brigade claims Marrow", COAST_TEXT)
        .entity("E1", "Free Valley Brigade", EntityType.ORGANIZATION, List.of("Free Valley Brigade"),
            List.of("a brigade statement"), List.of("terrorist organisation"))
        .entity("E2", "Ilse Danner", EntityType.PERSON, List.of("Ilse Danner"), List.of("The governor of Lakeview Oblast"),
            List.of("governor of Lakeview Oblast"))
        .entity("E3", "Marrow", EntityType.GPE, List.of("Marrow"), List.of(), List.of())
        .entity("E4", "Piet Varga", EntityType.PERSON, List.of("Piet Varga"), List.of(), List.of("spokesman"))
        .entity("E5", "Wire Two", EntityType.ORGANIZATION, List.of("Wire Two"), List.of(), List.of())
        .statement("S1").by("The Free Valley Brigade", "E1", "Free Valley Brigade").cue("claims", "claim")
        .content("to have taken Marrow village").stance(Stance.CLAIM).add()
        .statement("S2").by("Ilse Danner", "E2", "Ilse Danner").cue("wrote", "writing")
        .content("nine people were injured in Marrow on Tuesday").channel("Telegram", "Telegram").add()
        .statement("S3").by("a brigade statement", "E1", "Free Valley Brigade").cue("said", "speech")
        .content("We are valley people, just like you, and we came to free you").direct().add()
        .statement("S4").by("the agency Wire Two", "E5", "Wire Two").cue("According to", "according-to")
        .content("the president was informed of the raid").stance(Stance.REPORT).add()
        .statement("S5").by("spokesman Piet Varga", "E4", "Piet Varga").cue("citing", "according-to")
        .content("the president was informed of the raid").parent("S4").add()
        .quantity("nine people were injured", 9, "people", "injured")
        .date("Tuesday", LocalDate.of(2031, 4, 1))
        .build();
  }

  static final String LAKESIDE_TEXT =
      "The governor of the Lakeview region confirmed an attack on Marrow. "
      + "Unconfirmed reports said a drone struck a police station in Marrow. "
      + "The Valley Guard was sent to the area. "
      + "A placard in Marrow read " + HOSTILE_TEXT + " in red paint.";

  public static AnalyzedArticle lakeside() {
    return article("Lakeside Post", "lakesidepost.example", "2031-04-03T07:00:00Z", "Drone strike reported in Marrow",
        LAKESIDE_TEXT)
        .entity("E1", "governor of the Lakeview region", EntityType.PERSON, List.of(),
            List.of("The governor of the Lakeview region"), List.of())
        .entity("E2", "Valley Guard", EntityType.ORGANIZATION, List.of("Valley Guard"), List.of(), List.of())
        .entity("E3", "Marrow", EntityType.GPE, List.of("Marrow"), List.of(), List.of())
        .statement("S1").by("The governor of the Lakeview region", "E1", "governor of the Lakeview region")
        .cue("confirmed", "confirmation").content("an attack on Marrow").stance(Stance.CONFIRM).add()
        .statement("S2").unnamed("Unconfirmed reports").cue("said", "speech")
        .content("a drone struck a police station in Marrow").hedge("Unconfirmed", "unverified").add()
        .statement("S3").content("A placard in Marrow read " + HOSTILE_TEXT + " in red paint").add()
        .build();
  }

  public static List<AnalyzedArticle> all() {
    return List.of(herald(), valleyTimes(), coast(), lakeside());
  }

  public static Aliases aliases() {
    return Aliases.parse("aliases.tsv", "# fictional\nValley Guard\tNational Guard of Lakeview\n");
  }

  public static Ledger ledger() {
    return LedgerBuilder.build(List.of(new EventGroup("ev1", all())), aliases());
  }
}
