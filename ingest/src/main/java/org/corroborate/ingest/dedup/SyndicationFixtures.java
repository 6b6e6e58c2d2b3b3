package org.corroborate.ingest.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of fictional news for measuring near-duplicate detection. For each base story it
 * makes republished copies, each with one or more of: words edited (synonyms, dropped and added words),
 * a new headline, the ending trimmed, a paragraph inserted, a dateline or credit line added; and it
 * makes distinct stories on the same topic (same places, people and vocabulary, sometimes quoting the
 * same official statement word for word) that must not be linked. All names are invented.
 *
 * <p>The same seed gives the same corpus on every machine.
 */
public final class SyndicationFixtures {

  /** How a copy was made from its base (several may apply). */
  public enum Edit { WORDS, HEADLINE, TRIM_END, INSERT_PARAGRAPH, DATELINE }

  /**
   * One generated article.
   *
   * @param key    unique name ("story-12-copy-2")
   * @param group  the story it belongs to: a base and its copies share a group; a distinct article has its own
   * @param edits  for a copy, how it was made from the base; empty for a base or a distinct article
   * @param distinct whether it is a distinct article on the topic of another story (a trap for the detector)
   */
  public record Item(String key, String group, String outlet, String title, List<String> paragraphs, List<Edit> edits,
      boolean distinct) {
    public Item {
      paragraphs = List.copyOf(paragraphs);
      edits = List.copyOf(edits);
    }

    public boolean isCopy() {
      return !edits.isEmpty();
    }
  }

  private record Topic(String name, String[] places, String[] orgs, String[] people, String[] roles,
      String[] nouns, String[] events, String[] actions, String[] titles) {}

  private static final List<Topic> TOPICS = List.of(
      new Topic("flood",
          new String[] {"Glenmoor", "Hallis Ford", "Vesterby", "the Orrin valley"},
          new String[] {"the Glenmoor river authority", "the county emergency office", "Vesterby council"},
          new String[] {"Mara Lindqvist", "Tomas Okafor", "Ilse Varga"},
          new String[] {"the river authority's chief engineer", "the county emergency coordinator", "Vesterby's mayor"},
          new String[] {"floodwater", "levee", "sandbags", "evacuation centre", "rainfall", "pumping station"},
          new String[] {"the overnight flooding", "the breach of the east levee", "the record rainfall"},
          new String[] {"opened two evacuation centres", "closed the ring road", "ordered homes near the levee cleared"},
          new String[] {"Floodwater reaches %s as levee strains", "Hundreds leave homes in %s after record rain",
              "%s braces for second flood crest"}),
      new Topic("strike",
          new String[] {"Port Anselm", "Carrow", "Delmere", "the northern line"},
          new String[] {"the Rail Workers' Guild", "Northline Transit", "the transport ministry"},
          new String[] {"Petra Hollis", "Rafael Mbeki", "Jonas Aalto"},
          new String[] {"the guild's general secretary", "Northline's operations director", "the transport minister"},
          new String[] {"walkout", "pay offer", "timetable", "commuters", "picket line", "ballot"},
          new String[] {"the 48-hour walkout", "the rejected pay offer", "the strike ballot"},
          new String[] {"cancelled most morning trains", "tabled a revised pay offer", "called for talks at the ministry"},
          new String[] {"Rail strike halts trains in %s", "Commuters in %s face second day of walkout",
              "Union and operator trade blame as %s trains stop"}),
      new Topic("fire",
          new String[] {"Kessling", "the Brannock industrial estate", "Tull Harbour", "Ostrow"},
          new String[] {"the Kessling fire service", "Brannock Polymers", "the environment agency"},
          new String[] {"Anneke Soler", "Dmitri Halloran", "Yusuf Brandt"},
          new String[] {"the fire service's incident commander", "Brannock Polymers' plant manager", "an environment agency inspector"},
          new String[] {"warehouse", "smoke plume", "fire crews", "chemical store", "air quality", "residents"},
          new String[] {"the warehouse fire", "the blaze at the polymer plant", "the overnight explosion"},
          new String[] {"told residents to keep windows shut", "sent twelve fire crews", "began testing the air near the estate"},
          new String[] {"Huge blaze at %s plant sends smoke over town", "Residents near %s told to stay indoors",
              "Investigators search for cause of %s fire"}),
      new Topic("election",
          new String[] {"Marrowby", "the Sallow district", "Eastreach", "Fennick"},
          new String[] {"the Civic Renewal party", "the Marrowby electoral commission", "the Harbour Alliance"},
          new String[] {"Lotte Brannigan", "Samir Quell", "Ewa Thorsen"},
          new String[] {"the Civic Renewal candidate", "the electoral commissioner", "the Harbour Alliance leader"},
          new String[] {"ballots", "turnout", "recount", "polling stations", "voters", "coalition"},
          new String[] {"the mayoral election", "the disputed recount", "the coalition talks"},
          new String[] {"ordered a recount in three wards", "claimed victory shortly after midnight", "extended polling hours"},
          new String[] {"Tight race in %s heads for recount", "%s votes as turnout climbs",
              "Coalition talks begin after %s poll"}),
      new Topic("health",
          new String[] {"Linden Bay", "Corvel", "the Astra hospital", "Nethercombe"},
          new String[] {"the regional health board", "Linden Bay general hospital", "the public health laboratory"},
          new String[] {"Dr Helena Marsh", "Dr Kofi Adeyemi", "Dr Rosa Lindholm"},
          new String[] {"the health board's medical director", "the hospital's head of infectious diseases", "the laboratory director"},
          new String[] {"outbreak", "patients", "vaccination clinic", "cases", "ward", "symptoms"},
          new String[] {"the measles outbreak", "the rise in hospital admissions", "the contaminated water supply"},
          new String[] {"opened a walk-in vaccination clinic", "closed two wards to visitors", "traced the cases to a school"},
          new String[] {"Outbreak in %s prompts vaccination drive", "Cases rise again in %s",
              "Hospital in %s limits visits as infections spread"}),
      new Topic("court",
          new String[] {"Alderholt", "the high court in Vessen", "Quarry Lane", "Brightwater"},
          new String[] {"the Vessen high court", "the Alderholt prosecutor's office", "Brightwater Holdings"},
          new String[] {"Judge Imogen Frey", "Lukas Demir", "Nadia Solberg"},
          new String[] {"the presiding judge", "the chief prosecutor", "Brightwater's lawyer"},
          new String[] {"verdict", "appeal", "jury", "testimony", "sentence", "evidence"},
          new String[] {"the fraud trial", "the appeal hearing", "the verdict in the land case"},
          new String[] {"adjourned the hearing until Monday", "rejected the defence's motion", "heard a second day of testimony"},
          new String[] {"Court in %s hears final arguments", "Verdict due in %s fraud case",
              "Appeal lodged after %s ruling"}));

  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] OUTLETS = {"Glenmoor Courier", "Northern Ledger", "Harbour Times", "Valley Post",
      "Evening Standardbearer", "Continental Wire", "Daily Meridian", "Coastline Herald", "Orrin Gazette", "Metro Sentinel"};

  /** Sentence templates: {slots} are filled from the topic, [a|b|c] picks one alternative. */
  private static final String[] TEMPLATES = {
    "{R}, {P}, [said|told reporters|insisted|conceded] [on {D}|late on {D}|in a briefing] that {E} had been [worse than expected|handled well|a warning|unprecedented].",
    "[Officials|Authorities|Staff] in {L} {A} [on {D}|overnight|by {D} morning|after {E}].",
    "\"[We are doing everything we can|Nobody could have predicted this|Our priority is public safety|We will not comment on speculation],\" {P} [told reporters|said|added] [outside|near|at] the offices of {O}.",
    "[By {D} evening|Within hours|Over the weekend|Since {D}], {N} {noun} had been [reported|counted|logged|confirmed] [across|in|around] {L}.",
    "{O} [said|confirmed|announced] the {noun} would be [reviewed|examined|investigated] [once {E} was over|by an outside panel|before {D}].",
    "[Residents|Shopkeepers|Parents|Commuters] [of|in|near] {L} [described|complained about|spoke of] [long queues|confusion|delays|poor information] [about|over] the {noun}.",
    "{P} said {O} had {A} and [would give an update|expected news|planned a briefing] [on {D}|within {N} hours|later].",
    "It was the {ord} time in {N} years that {L} had [seen|faced|dealt with] {E} [on this scale|so early|at all].",
    "[Critics|Opponents|Campaigners|Some councillors] [said|argued|claimed] {O} had been [slow|reluctant|unprepared] to [respond to|act on|heed] warnings about the {noun}.",
    "[According to|Figures from|Estimates by] {O}, [about|nearly|more than] {N} [people|households|families] were [affected|caught up|involved].",
    "A [spokesperson|spokesman|press officer] for {O} [declined to comment|would not say more|gave no details] on the {noun} [on {D}|when asked|by phone].",
    "The {noun} [near|outside|north of] {L} [remained|was still|is now] the [main|biggest|most pressing] [concern|problem|question], {P} [added|said|noted].",
    "[Local businesses|Traders|Cafe owners] in {L} said the {noun} had cost them {N} [days|hours|weeks] of [trade|work|income].",
    "{R} [warned|cautioned|predicted] that the {noun} could take [weeks|months|{N} days] to [resolve|fix|clear].",
    "[Earlier in the week|On {D}|Two days ago] {O} {A}, a move [welcomed|criticised|questioned] by [some residents|the opposition|local groups].",
    "[Several|Many|A few] [residents|witnesses|workers] said they [first heard|learned] about {E} from [neighbours|social media|the radio] rather than from {O}.",
    "{P}, who has [led|run|worked at] {O} since {year}, [said|promised] lessons would be [learned|drawn].",
    "[Figures|Numbers|Data] released on {D} showed {N} {noun} in the [worst-hit|northern|older] parts of {L}.",
    "The [decision|announcement|change] followed a [meeting|call|session] between {O} and {P} [late on {D}|on {D} afternoon|this week].",
    "[Opposition members|Two councillors|A residents' group] [called for|demanded|asked for] an [independent|public|urgent] [inquiry|review] into {E}.",
  };

  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("said", "stated"), Map.entry("told", "informed"), Map.entry("people", "residents"),
      Map.entry("about", "around"), Map.entry("worse", "more serious"), Map.entry("main", "chief"),
      Map.entry("long", "lengthy"), Map.entry("slow", "too slow"), Map.entry("week", "weekend"),
      Map.entry("reported", "recorded"), Map.entry("affected", "hit"), Map.entry("expected", "forecast"),
      Map.entry("called", "pressed"), Map.entry("meeting", "session"), Map.entry("concern", "worry"),
      Map.entry("Officials", "Authorities"), Map.entry("warned", "cautioned"), Map.entry("first", "initially"));

  private static final String[] FILLERS = {"also", "still", "reportedly", "now", "again", "local", "some"};
  private static final String[] ORDINALS = {"second", "third", "fourth", "fifth"};

  private SyndicationFixtures() {}

  /**
   * A shuffled corpus: {@code stories} base stories, each with 1 to 3 republished copies and 1 or 2
   * distinct articles on the same topic.
   */
  public static List<Item> generate(long seed, int stories) {
    if (stories < 1) {
      throw new IllegalArgumentException("stories must be >= 1, got " + stories);
    }
    Random r = new Random(seed);
    List<Item> items = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      Topic t = TOPICS.get(r.nextInt(TOPICS.size()));
      String group = "story-" + s;
      List<String> quote = List.of(statement(t, r));
      List<String> base = article(t, r, 6 + r.nextInt(5), quote);
      items.add(new Item(group, group, pick(OUTLETS, r), headline(t, r), base, List.of(), false));
      int copies = 1 + r.nextInt(3);
      for (int c = 0; c < copies; c++) {
        items.add(copy(t, r, group, c, base));
      }
      int distinct = 1 + r.nextInt(2);
      for (int d = 0; d < distinct; d++) {
        // Same topic, same people and places, and half the time the same official statement verbatim.
        List<String> paras = article(t, r, 5 + r.nextInt(5), r.nextBoolean() ? quote : List.of());
        String key = group + "-distinct-" + d;
        items.add(new Item(key, key, pick(OUTLETS, r), headline(t, r), paras, List.of(), true));
      }
    }
    Collections.shuffle(items, r);
    return items;
  }

  private static Item copy(Topic t, Random r, String group, int c, List<String> base) {
    List<Edit> edits = new ArrayList<>();
    for (Edit e : Edit.values()) {
      if (r.nextDouble() < 0.45) {
        edits.add(e);
      }
    }
    if (edits.isEmpty() || edits.equals(List.of(Edit.HEADLINE))) {
      Edit[] textEdits = {Edit.WORDS, Edit.TRIM_END, Edit.INSERT_PARAGRAPH, Edit.DATELINE};
      edits.add(textEdits[r.nextInt(textEdits.length)]);
    }
    List<String> paras = new ArrayList<>(base);
    if (edits.contains(Edit.WORDS)) {
      double rate = 0.02 + r.nextDouble() * 0.06;
      paras.replaceAll(p -> editWords(p, rate, r));
    }
    if (edits.contains(Edit.TRIM_END)) {
      int keep = Math.max(2, (int) Math.ceil(paras.size() * (0.5 + r.nextDouble() * 0.35)));
      paras = new ArrayList<>(paras.subList(0, Math.min(keep, paras.size() - 1)));
    }
    if (edits.contains(Edit.INSERT_PARAGRAPH)) {
      int n = 1 + r.nextInt(2);
      for (int i = 0; i < n; i++) {
        paras.add(1 + r.nextInt(paras.size()), paragraph(t, r));
      }
    }
    if (edits.contains(Edit.DATELINE)) {
      String first = paras.get(0);
      paras.set(0, pick(t.places(), r).toUpperCase(java.util.Locale.ROOT).replace("THE ", "") + " ("
          + pick(OUTLETS, r) + ") - " + first);
      paras.add(r.nextBoolean() ? "Reporting by the wire desk; editing by the news team." : "Additional reporting by staff.");
    }
    String title = edits.contains(Edit.HEADLINE) ? headline(t, r) : null;
    return new Item(group + "-copy-" + c, group, pick(OUTLETS, r), title == null ? "" : title, paras, edits, false);
  }

  private static String editWords(String p, double rate, Random r) {
    String[] words = p.split(" ");
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      double x = r.nextDouble();
      String out = w;
      if (x < rate) {
        String bare = w.replaceAll("[^A-Za-z]", "");
        String syn = SYNONYMS.get(bare);
        if (syn != null) {
          out = w.replace(bare, syn);
        } else if (x < rate / 3) {
          out = null; // dropped
        } else {
          out = w + " " + pick(FILLERS, r);
        }
      }
      if (out != null) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(out);
      }
    }
    return sb.toString();
  }

  private static List<String> article(Topic t, Random r, int paragraphs, List<String> statements) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      out.add(paragraph(t, r));
    }
    for (String s : statements) {
      out.add(Math.min(out.size(), 1 + r.nextInt(3)), s);
    }
    return out;
  }

  private static String paragraph(Topic t, Random r) {
    int n = 2 + r.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(fill(pick(TEMPLATES, r), t, r));
    }
    return sb.toString();
  }

  /** An official statement, quoted word for word by every outlet that carries it. */
  private static String statement(Topic t, Random r) {
    int who = r.nextInt(t.people().length);
    return "In a statement, " + t.roles()[who] + " said: \"" + capitalize(fill(
        "{E} is being handled with the utmost seriousness, and {O} will publish a full account of the {noun}"
            + " within {N} days.", t, r)) + "\"";
  }

  private static String headline(Topic t, Random r) {
    return String.format(pick(t.titles(), r), pick(t.places(), r).replace("the ", ""));
  }

  private static String fill(String template, Topic t, Random r) {
    int who = r.nextInt(t.people().length);
    String s = template
        .replace("{P}", t.people()[who])
        .replace("{R}", capitalize(t.roles()[who]))
        .replace("{O}", pick(t.orgs(), r))
        .replace("{L}", pick(t.places(), r))
        .replace("{E}", pick(t.events(), r))
        .replace("{A}", pick(t.actions(), r))
        .replace("{D}", pick(DAYS, r))
        .replace("{N}", String.valueOf(2 + r.nextInt(400)))
        .replace("{ord}", pick(ORDINALS, r))
        .replace("{year}", String.valueOf(2009 + r.nextInt(15)));
    while (s.contains("{noun}")) {
      s = s.replaceFirst("\\{noun\\}", pick(t.nouns(), r));
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf('[', i);
      if (open < 0) {
        out.append(s, i, s.length());
        break;
      }
      int close = s.indexOf(']', open);
      out.append(s, i, open);
      out.append(pick(s.substring(open + 1, close).split("\\|"), r));
      i = close + 1;
    }
    return capitalize(out.toString());
  }

  private static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.charAt(0) == '"' ? 1 : 0;
    return s.substring(0, first) + Character.toUpperCase(s.charAt(first)) + s.substring(first + 1);
  }

  private static String pick(String[] options, Random r) {
    return options[r.nextInt(options.length)];
  }
}
