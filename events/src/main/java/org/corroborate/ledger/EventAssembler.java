package org.corroborate.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.claims.ClaimGrouper;
import org.corroborate.claims.Fingerprint;
import org.corroborate.claims.Said;
import org.corroborate.claims.Similarity;
import org.corroborate.claims.TermWeights;
import org.corroborate.claims.Terms;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.EntityType;
import org.corroborate.model.Hedge;
import org.corroborate.model.Rejection;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;

/** Builds one {@link LedgerEvent} from one {@link EventGroup}. One instance per event. */
final class EventAssembler {
  /** Words about verifying, left out when matching a caveat to the claim it is about. */
  private static final Set<String> VERIFY_WORDS = termsOf(
      "confirm confirmed confirmation independently independent verify verified journalists ground clear "
      + "unable able immediately unconfirmed reports media");

  private final EventGroup group;
  private final Aliases aliases;
  private final LedgerConfig config;
  private final GlobalEntities globals;
  private final List<Rejection> problems;

  private List<AnalyzedArticle> articles;
  private final Map<String, String> localToGlobal = new HashMap<>(); // articleId + "\u0000" + entityId -> global id
  private List<EntityMerger.Cluster> clusters;
  private final Map<String, Integer> unitOf = new HashMap<>(); // article id -> independence unit
  private SourceUnits sources; // statement -> independence unit (an outlet it relays counts as that outlet)
  private Principals principals;
  private final Map<String, Integer> documentFrequency = new HashMap<>(); // term -> statements using it
  private int statementCount;
  private TermWeights weights = TermWeights.UNIFORM;

  private final ContentVectors vectors;

  EventAssembler(EventGroup group, Aliases aliases, LedgerConfig config, GlobalEntities globals, List<Rejection> problems,
      ContentVectors vectors) {
    this.vectors = vectors;
    this.group = group;
    this.aliases = aliases;
    this.config = config;
    this.globals = globals;
    this.problems = problems;
  }

  LedgerEvent assemble() {
    articles = new ArrayList<>(group.articles());
    articles.sort(Comparator.comparing((AnalyzedArticle a) -> published(a.article()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(a -> a.article().id()));
    clusters = new EntityMerger(aliases).merge(articles);
    for (EntityMerger.Cluster c : clusters) {
      String gid = globals.register(c, aliases);
      for (EntityMerger.Node n : c.nodes()) {
        localToGlobal.put(n.articleId() + "\u0000" + n.entity().id(), gid);
      }
    }
    List<String> gids = new ArrayList<>();
    Map<String, String> gidNames = new HashMap<>();
    for (EntityMerger.Cluster c : clusters) {
      EntityMerger.Node n = c.nodes().get(0);
      String gid = localToGlobal.get(n.articleId() + "\u0000" + n.entity().id());
      gids.add(gid);
      gidNames.put(gid, globals.name(gid));
    }
    principals = new Principals(clusters, gids, gidNames, aliases);
    computeUnits();
    List<Stated> stated = collectStatements();
    statementCount = stated.size();
    for (Stated st : stated) {
      for (String t : st.content().terms()) {
        documentFrequency.merge(t, 1, Integer::sum);
      }
    }
    weights = TermWeights.idf(stated.stream().map(st -> st.content().terms()).toList());
    List<LedgerClaim> claims = buildClaims(stated);
    List<Disagreement> disagreements = new DisagreementFinder(articles, config, unitOf).find(claims, stated);
    List<LedgerEvent.Actor> actors = new ArrayList<>();
    List<LedgerEvent.Actor> places = new ArrayList<>();
    List<LedgerEvent.Actor> everyone = actors();
    Map<String, Integer> actorArticles = new HashMap<>();
    for (LedgerEvent.Actor a : everyone) {
      actorArticles.put(a.entityId(), a.articles());
    }
    ClaimRanking.Ranked ranked = ClaimRanking.rank(group.id(), claims, disagreements, actorArticles);
    claims = ranked.claims();
    disagreements = ranked.disagreements();
    for (LedgerEvent.Actor a : everyone) {
      (a.type() == EntityType.GPE || a.type() == EntityType.LOCATION ? places : actors).add(a);
    }
    List<Framing> framing = new FramingBuilder(config.framingActors()).build(articles, clusters, localToGlobal, actors);
    Instant start = null;
    Instant end = null;
    for (AnalyzedArticle a : articles) {
      Instant t = published(a.article());
      if (t != null) {
        start = start == null || t.isBefore(start) ? t : start;
        end = end == null || t.isAfter(end) ? t : end;
      }
    }
    String title = articles.stream().map(a -> a.article().title().strip()).filter(t -> !t.isEmpty()).findFirst().orElse("");
    return new LedgerEvent(group.id(), title, articles.stream().map(a -> a.article().id()).toList(), start, end,
        places, actors, claims, disagreements, framing);
  }

  static Instant published(Article a) {
    return a.published() == null ? null : a.published().time();
  }

  /** Independence units: one per outlet, syndicated copies joined to their original. */
  private void computeUnits() {
    Map<String, String> parent = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Article art = a.article();
      union(parent, art.id(), "outlet:" + art.outlet().key());
      if (art.syndication() != null) {
        union(parent, art.id(), art.syndication().originalId());
      }
    }
    Map<String, Integer> ids = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      String root = find(parent, a.article().id());
      unitOf.put(a.article().id(), ids.computeIfAbsent(root, r -> ids.size()));
    }
    sources = new SourceUnits(articles, unitOf, aliases);
  }

  /**
   * The independence unit of one statement: its article's, or that of the news outlet the article
   * says it relays ("according to Reuters", "..., the Guardian reported"); see {@link SourceUnits}.
   */
  int unitOf(Stated s) {
    return sources.of(s);
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) {
      return x;
    }
    String r = find(parent, p);
    parent.put(x, r);
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  // ---------------------------------------------------------------- statements

  private List<Stated> collectStatements() {
    List<Stated> all = new ArrayList<>();
    Map<String, EntityType> types = new HashMap<>();
    for (EntityMerger.Cluster c : clusters) {
      for (EntityMerger.Node n : c.nodes()) {
        types.putIfAbsent(localToGlobal.get(n.articleId() + "\u0000" + n.entity().id()), c.type());
      }
    }
    for (int order = 0; order < articles.size(); order++) {
      List<Stated> out = new ArrayList<>();
      AnalyzedArticle a = articles.get(order);
      String text = a.article().text();
      Map<String, Statement> byId = new HashMap<>();
      for (Statement s : a.statements()) {
        byId.put(s.id(), s);
      }
      Set<String> conduits = new HashSet<>();
      for (Statement s : a.statements()) {
        Statement p = s.parentId() == null ? null : byId.get(s.parentId());
        if (p != null && p.content() != null && s.content() != null && p.content().overlaps(s.content())) {
          conduits.add(p.id());
        }
      }
      for (Statement s : a.statements()) {
        String bad = badOffsets(s, text);
        if (bad != null) {
          problems.add(new Rejection(a.article().id() + "#" + s.id(), bad.startsWith("empty") ? "empty-content" : "bad-offsets",
              "statement " + s.id() + " of article " + a.article().id() + ": " + bad + "; left out of the ledger"));
          continue;
        }
        if (conduits.contains(s.id())) {
          continue; // "according to TASS, citing Peskov": TASS becomes the channel of Peskov's statement
        }
        String channel = s.channel() != null ? s.channel().name() : null;
        if (channel == null && s.parentId() != null && byId.containsKey(s.parentId())) {
          org.corroborate.model.Claimant via = byId.get(s.parentId()).claimant();
          boolean same = via == null || s.claimant() == null
              || java.util.Objects.equals(via.entityId(), s.claimant().entityId()) && via.entityId() != null
              || via.name() != null && s.claimant().name() != null && Names.key(via.name()).equals(Names.key(s.claimant().name()));
          channel = same || via.kind() == ClaimantKind.AUTHOR ? null : via.name();
        }
        out.add(resolve(order, a, s, channel));
      }
      all.addAll(SpeakerContinuity.resolve(out, types::get));
    }
    return all;
  }

  private static String badOffsets(Statement s, String text) {
    if (s.content() == null) {
      return "no content span";
    }
    if (s.stance() == null) {
      return "no stance";
    }
    if (s.content().length() == 0 || s.content().end() <= text.length() && s.content().of(text).isBlank()) {
      return "empty content span " + s.content();
    }
    if (!Texts.valid(s.content(), text)) {
      return "content span " + s.content() + " outside the text (" + text.length() + " characters)";
    }
    if (!Texts.valid(s.cue(), text)) {
      return "cue span outside the text";
    }
    if (s.claimant() != null && !Texts.valid(s.claimant().span(), text)) {
      return "claimant span outside the text";
    }
    if (s.channel() != null && !Texts.valid(s.channel().span(), text)) {
      return "channel span outside the text";
    }
    for (Hedge h : s.hedges()) {
      if (!Texts.valid(h.span(), text)) {
        return "hedge span outside the text";
      }
    }
    return null;
  }

  /**
   * What a statement says: its content parts as the analyser joined them ("“...,” … “...”", without
   * the attribution between two parts of a quotation), or the text of its span when it gave none.
   */
  static String contentOf(Statement s, String text) {
    return s.contentText() != null && !s.contentText().isBlank() ? s.contentText() : s.content().of(text);
  }

  private Stated resolve(int order, AnalyzedArticle a, Statement s, String channel) {
    Fingerprint content = Fingerprint.of(contentOf(s, a.article().text()));
    ClaimantKind kind = s.claimant() == null ? ClaimantKind.AUTHOR : s.claimant().kind();
    if (kind == ClaimantKind.AUTHOR) {
      String outlet = a.article().outlet().name();
      return new Stated(order, a, s, "author", null, outlet, channel, content, "author", outlet);
    }
    if (kind == ClaimantKind.UNNAMED) {
      return new Stated(order, a, s, "unnamed", null, "unnamed source", channel, content, "unnamed", "unnamed source");
    }
    String gid = s.claimant().entityId() == null ? null
        : localToGlobal.get(a.article().id() + "\u0000" + s.claimant().entityId());
    String written = s.claimant().name() != null ? s.claimant().name() : s.claimant().text();
    if (gid == null && written != null) {
      gid = resolveName(written);
    }
    if (gid != null) {
      Principals.Principal p = principals.ofActor(gid);
      return new Stated(order, a, s, gid, gid, globals.name(gid), channel, content,
          p == null ? gid : p.key(), p == null ? globals.name(gid) : p.name());
    }
    String key = written == null ? "" : aliases.canonicalKey(Names.key(written));
    String termKey = String.join(" ", new java.util.TreeSet<>(Terms.contentTerms(key)));
    String shown = written == null ? "unknown" : Texts.oneLine(written);
    String display = aliases.displayName(key);
    String claimantKey = "name:" + (termKey.isEmpty() ? key : termKey);
    String claimantName = display != null ? display : shown;
    Principals.Principal p = principals.ofText(written);
    return new Stated(order, a, s, claimantKey, null, claimantName, channel, content,
        p == null ? claimantKey : p.key(), p == null ? claimantName : p.name());
  }

  /** A claimant with no entity: its name, last name or role against the event's actors. */
  private String resolveName(String written) {
    String key = aliases.canonicalKey(Names.key(written));
    String role = Names.roleKey(written);
    List<EntityMerger.Cluster> byName = new ArrayList<>();
    List<EntityMerger.Cluster> byLast = new ArrayList<>();
    List<EntityMerger.Cluster> byRole = new ArrayList<>();
    for (EntityMerger.Cluster c : clusters) {
      if (c.nameKeys().contains(key) || c.nameKey().equals(key)) {
        byName.add(c);
      }
      if (Names.tokens(key) == 1 && c.type() == EntityType.PERSON) {
        for (String k : c.nameKeys()) {
          if (Names.tokens(k) >= 2 && Names.lastWord(k).equals(key)) {
            byLast.add(c);
            break;
          }
        }
      }
      if (role != null && c.roleKeys().contains(role)) {
        byRole.add(c);
      }
    }
    for (List<EntityMerger.Cluster> found : List.of(byName, byLast, byRole)) {
      if (found.size() == 1) {
        EntityMerger.Node n = found.get(0).nodes().get(0);
        return localToGlobal.get(n.articleId() + "\u0000" + n.entity().id());
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- claims

  /** A claimant's name as lower-case words, without titles and function words ("Stone on Friday": stone, friday). */
  static Set<String> nameWords(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (name == null) {
      return out;
    }
    for (String w : Terms.words(name)) {
      if (w.length() > 1 && !NAME_FILLER.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static final Set<String> NAME_FILLER = Set.of("the", "a", "an", "of", "on", "in", "at", "for", "and",
      "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "minister", "spokesman", "spokeswoman",
      "spokesperson", "secretary", "he", "she", "it", "they", "himself", "herself", "itself", "themselves",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private List<LedgerClaim> buildClaims(List<Stated> stated) {
    List<String> contents = stated.stream().map(st -> contentOf(st.statement(), st.article().article().text())).toList();
    List<List<String>> parts = contents.stream().map(org.corroborate.claims.Parts::of).toList();
    List<String> all = new ArrayList<>(contents);
    parts.forEach(all::addAll);
    vectors.of(all); // embeds every text once, on all cores
    List<Said> said = new ArrayList<>(stated.size());
    for (int i = 0; i < stated.size(); i++) {
      Stated st = stated.get(i);
      List<float[]> partVectors = vectors.enabled() ? vectors.of(parts.get(i)) : List.of();
      List<Boolean> partNegations = partVectors.isEmpty() ? List.of()
          : parts.get(i).stream().map(Terms::negated).toList();
      said.add(st.said().withMeaning(vectors.of(contents.get(i)), partVectors, partNegations)
          .withClaimant(nameWords(st.claimantName()), st.statement().direct()));
    }
    List<List<Integer>> groups = new ClaimGrouper(config.matching()).group(said, weights);
    List<Draft> drafts = new ArrayList<>();
    for (List<Integer> g : groups) {
      List<Stated> members = new ArrayList<>();
      for (int i : g) {
        members.add(stated.get(i));
      }
      members.sort(Comparator.comparingInt(Stated::order).thenComparingInt(s -> s.statement().content().start()));
      drafts.add(new Draft(members));
    }
    markContests(drafts);
    markCaveats(drafts);
    for (Draft d : drafts) {
      d.decide();
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.status.ordinal())
        .thenComparing(Comparator.comparingInt((Draft d) -> d.independent).reversed())
        .thenComparing(d -> d.firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(d -> d.members.get(0).order())
        .thenComparingInt(d -> d.members.get(0).statement().content().start()));
    Map<Draft, String> ids = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      ids.put(drafts.get(i), group.id() + ".C" + (i + 1));
    }
    List<LedgerClaim> out = new ArrayList<>();
    int rank = 0;
    for (Draft d : drafts) {
      d.rank = ++rank;
      out.add(d.toClaim(ids));
    }
    return out;
  }

  /**
   * Denials and negations against the claims they deny, by another claimant. A denial D contests a
   * claim C when, for some pair of their statements, either
   * <ol>
   *   <li>D restates C: C covers at least half of D's own words, C names the denier or shares three or
   *       more words with D, and their similarity, with the denier's name added to D's words when that
   *       helps, reaches {@link LedgerConfig#contestThreshold()}; or</li>
   *   <li>D denies responsibility ("Kyiv denied being behind the attacks", "denied any connection to
   *       the fighters") and C puts it on the denier: C names the denier (by name, demonym or user
   *       alias: "a Ukrainian group was responsible") with words of blame ("responsible", "behind",
   *       "backed") or, for a named or unnamed claimant, words of attack ("raid", "sabotage group"),
   *       within {@link Blame#WINDOW} words of the denier's name (so that "the ceasefire that ended
   *       its war with neighbouring Mirevia", far from "incursion", blames no one).</li>
   * </ol>
   * A claim in an outlet's own voice is contested by naming the denier only when it blames the denier or
   * restates the denial's three or more words: scene-setting that merely names the denier's country ("a
   * settlement on the border with Ukraine") is not what a denial of responsibility disputes.
   */
  private void markContests(List<Draft> drafts) {
    for (Draft d : drafts) {
      if (!d.denying()) {
        continue;
      }
      Set<String> denierTerms = denierTerms(d.claimantName());
      for (Draft c : drafts) {
        if (c == d || c.denying() || c.negatedContent() || c.claimantKey().equals(d.claimantKey())) {
          continue;
        }
        Stated[] pair = contests(d, c, denierTerms);
        if (pair != null) {
          c.contestedBy.add(d);
          d.contests.add(c);
          d.relations.add(new DraftRelation("denies", c, pair[0], pair[1]));
        }
      }
    }
  }

  /**
   * The terms that name a denier: the capitalised words of its name ("Mirevian" of "The Mirevian
   * government", not "government", which any claim about governments has) and the words of the names
   * the user made equivalent to it (aliases.tsv: "Kyiv" and "Ukraine"). Demonyms meet their country
   * through {@link Terms#term} ("Ukrainian" and "Ukraine").
   */
  private Set<String> denierTerms(String name) {
    Set<String> out = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(name);
    while (m.find()) {
      if (Character.isUpperCase(m.group().charAt(0))) {
        out.addAll(Terms.contentTerms(m.group()));
      }
    }
    String key = Names.key(name);
    for (String k : aliases.equivalents(aliases.canonicalKey(key))) {
      if (!k.equals(key)) {
        out.addAll(Terms.contentTerms(k));
      }
    }
    return out;
  }

  /** The pair of statements (denial's first) that shows D contests C, or null. */
  private Stated[] contests(Draft d, Draft c, Set<String> denierTerms) {
    boolean ownVoice = c.claimantKey().equals("author");
    for (Stated ds : d.members) {
      Set<String> own = ds.content().terms();
      if (own.isEmpty()) {
        continue;
      }
      boolean deniesResponsibility = Blame.deniesResponsibility(ds.content().words());
      Fingerprint withDenier = ds.content().withTerms(denierTerms);
      for (Stated cs : c.members) {
        Set<String> terms = cs.content().terms();
        int shared = Similarity.intersection(own, terms);
        boolean namesDenier = Similarity.intersection(denierTerms, terms) > 0;
        if (namesDenier && deniesResponsibility && Blame.putsOn(cs.content().words(), denierTerms, !ownVoice)) {
          return new Stated[] {ds, cs};
        }
        double score = Math.max(Similarity.score(cs.content(), ds.content()), Similarity.score(cs.content(), withDenier));
        if (weightedCoverage(own, terms) >= 0.5 && (namesDenier && !ownVoice || shared >= 3)
            && score >= config.contestThreshold()) {
          return new Stated[] {ds, cs};
        }
      }
    }
    return null;
  }

  /**
   * The share of {@code of}'s words found in {@code in}, each word weighted by its inverse document
   * frequency among the event's statements: words every statement of the event uses ("attack",
   * "Russian") count for little, distinctive ones ("responsible", "connection") for much.
   */
  private double weightedCoverage(Set<String> of, Set<String> in) {
    double all = 0;
    double found = 0;
    for (String t : of) {
      double w = Math.log((statementCount + 1.0) / (documentFrequency.getOrDefault(t, 0) + 1.0)) + 1;
      all += w;
      if (in.contains(t)) {
        found += w;
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /**
   * "Not independently confirmed" caveats: a statement's own unverified hedge marks its claim. A caveat
   * in the outlet's own voice or a negated confirmation ("Any capture of territory had not been
   * independently confirmed by journalists") also marks the claims of the same article it is about:
   * those in its sentence, and those whose content holds at least {@link LedgerConfig#caveatCoverage()}
   * of the caveat clause's words, and at least two of them (all when it has fewer), leaving out
   * verification words and, where others remain, names. Denials are never marked: a caveat does not
   * weaken a denial.
   */
  private void markCaveats(List<Draft> drafts) {
    for (AnalyzedArticle a : articles) {
      for (Statement s : a.statements()) {
        List<Hedge> markers = new ArrayList<>(s.hedges());
        boolean unconfirming = s.negated() && (s.stance() == Stance.CONFIRM || "confirmation".equals(s.cueClass()));
        if (unconfirming && s.content() != null && s.cue() != null && Texts.valid(s.content(), a.article().text())
            && Texts.valid(s.cue(), a.article().text())) {
          // "had not been independently confirmed by journalists": the negated cue is the caveat
          markers.add(new Hedge(s.cue(), s.cue().of(a.article().text()), "unverified", false));
        }
        for (Hedge h : markers) {
          if (!"unverified".equals(h.kind()) || h.negated() || h.span() == null || !Texts.valid(h.span(), a.article().text())) {
            continue;
          }
          boolean authorVoice = s.claimant() == null || s.claimant().kind() == ClaimantKind.AUTHOR || unconfirming;
          String scope = caveatScope(a, h);
          Set<String> terms = new LinkedHashSet<>(Terms.contentTerms(scope));
          terms.removeAll(VERIFY_WORDS);
          Set<String> unnamed = new LinkedHashSet<>(terms);
          unnamed.removeAll(Terms.namedTerms(scope));
          if (!unnamed.isEmpty()) {
            terms = unnamed; // "X is not known to have fought": about the fighting, not about everything X did
          }
          Sentence caveatSentence = Texts.sentenceAt(a, h.span().start());
          for (Draft d : drafts) {
            for (Stated m : d.members) {
              if (!m.articleId().equals(a.article().id())) {
                continue;
              }
              boolean own = m.statement() == s;
              boolean about = false;
              if (!own && authorVoice && !d.denying() && !terms.isEmpty()) {
                boolean sameSentence = caveatSentence != null && caveatSentence.span().overlaps(m.statement().content());
                int shared = Similarity.intersection(terms, m.content().terms());
                about = sameSentence
                    || shared >= Math.min(2, terms.size()) && (double) shared / terms.size() >= config.caveatCoverage();
              }
              if (own || about) {
                d.caveats.add(m.outlet() + ": \u201c" + Texts.oneLine(scope) + "\u201d");
              }
            }
          }
        }
      }
    }
  }

  /** The clause of the caveat's sentence that holds it (between commas), else the sentence. */
  private static String caveatScope(AnalyzedArticle a, Hedge h) {
    String text = a.article().text();
    Sentence sent = Texts.sentenceAt(a, h.span().start());
    Span sp = sent == null ? h.span() : sent.span();
    int start = sp.start();
    int end = sp.end();
    for (int i = h.span().start() - 1; i >= sp.start(); i--) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '\u2013' || c == '\u2014') {
        start = i + 1;
        break;
      }
    }
    for (int i = h.span().end(); i < sp.end(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '\u2013' || c == '\u2014') {
        end = i;
        break;
      }
    }
    return text.substring(start, end);
  }

  private static Set<String> termsOf(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.split(" ")) {
      out.add(Terms.term(w));
    }
    return Set.copyOf(out);
  }

  // ---------------------------------------------------------------- one claim in the making

  private final class Draft {
    final List<Stated> members;
    final List<Draft> contestedBy = new ArrayList<>();
    final List<Draft> contests = new ArrayList<>();
    final List<DraftRelation> relations = new ArrayList<>();
    final LinkedHashSet<String> caveats = new LinkedHashSet<>();
    final List<List<String>> sourceGroups;
    final int independent;
    final Instant firstSeen;
    ClaimStatus status;
    String reason;
    int rank;

    Draft(List<Stated> members) {
      this.members = members;
      this.sourceGroups = independence();
      this.independent = sourceGroups.size();
      Instant first = null;
      for (Stated s : members) {
        Instant t = published(s.article().article());
        if (t != null && (first == null || t.isBefore(first))) {
          first = t;
        }
      }
      this.firstSeen = first;
    }

    /** The member that names the claimant: the first with a named speaker (a quotation one outlet left unattributed is the speaker's). */
    Stated speaker() {
      for (Stated s : members) {
        if (!s.claimantKey().equals("author") && !s.claimantKey().equals("unnamed")) {
          return s;
        }
      }
      return members.get(0);
    }

    /** The principal's key: whom the claim's speakers speak for (themselves when for no one else). */
    String claimantKey() {
      return speaker().principalKey();
    }

    String claimantName() {
      return speaker().principalName();
    }

    /** All its statements are negated ("has not been confirmed"): a caveat or a negative fact, not contestable by a denial. */
    boolean negatedContent() {
      return members.stream().allMatch(s -> s.content().negated());
    }

    boolean denying() {
      for (Stated s : members) {
        if (s.denying()) {
          return true;
        }
      }
      return false;
    }

    /** Outlets grouped by independent source: same unit, or near-identical statement text. */
    private List<List<String>> independence() {
      List<Integer> units = new ArrayList<>();
      List<Set<String>> shingles = new ArrayList<>();
      for (Stated s : members) {
        units.add(unitOf(s));
        String wording = wireWording(s);
        shingles.add(wording == null ? Set.of() : trigrams(wording));
      }
      int n = members.size();
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          boolean sameWire = !shingles.get(i).isEmpty() && !shingles.get(j).isEmpty()
              && jaccard(shingles.get(i), shingles.get(j)) >= config.nearIdentical();
          if (units.get(i).equals(units.get(j)) || sameWire) {
            int ri = root(parent, i);
            int rj = root(parent, j);
            parent[Math.max(ri, rj)] = Math.min(ri, rj);
          }
        }
      }
      Map<Integer, LinkedHashSet<String>> groups = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        groups.computeIfAbsent(root(parent, i), x -> new LinkedHashSet<>()).add(members.get(i).outlet());
      }
      return groups.values().stream().map(List::copyOf).toList();
    }

    void decide() {
      if (!contestedBy.isEmpty()) {
        status = ClaimStatus.CONTESTED;
        reason = "denied or contradicted by " + String.join(", ",
            contestedBy.stream().map(Draft::claimantName).distinct().toList())
            + (caveats.isEmpty() ? "" : "; also marked as not verified by " + String.join("; ", caveats));
      } else if (!caveats.isEmpty()) {
        status = ClaimStatus.UNCONFIRMED;
        reason = "marked as not verified by " + String.join("; ", caveats);
      } else if (independent >= 2) {
        status = ClaimStatus.CORROBORATED;
        reason = independent + " independent outlets carry it";
      } else {
        status = ClaimStatus.SINGLE_SOURCE;
        reason = outlets().size() > 1
            ? "carried by " + outlets().size() + " outlets that count as one source (syndicated or identical text)"
            : "only " + outlets().get(0) + " carries it";
      }
    }

    List<String> outlets() {
      LinkedHashSet<String> out = new LinkedHashSet<>();
      for (Stated s : members) {
        out.add(s.outlet());
      }
      return List.copyOf(out);
    }

    LedgerClaim toClaim(Map<Draft, String> ids) {
      Stated first = speaker();
      String kind = first.claimantKey().equals("author") ? "author" : first.claimantKey().equals("unnamed") ? "unnamed" : "named";
      String name = kind.equals("author") ? String.join("; ", outlets()) : first.principalName();
      String entity = first.principalKey().equals(first.claimantKey()) ? first.entityId()
          : globals.contains(first.principalKey()) ? first.principalKey() : null;
      LinkedHashSet<String> speakers = new LinkedHashSet<>();
      if (!kind.equals("author")) {
        for (Stated s : members) {
          if (!s.claimantKey().equals("author") && !s.claimantKey().equals("unnamed") && !s.claimantName().equals(name)) {
            speakers.add(s.claimantName());
          }
        }
      }
      LedgerClaim.ClaimantRef claimant = new LedgerClaim.ClaimantRef(kind, name, entity, List.copyOf(speakers));
      Map<Stance, Integer> stances = new LinkedHashMap<>();
      for (Stated s : members) {
        stances.merge(s.statement().stance(), 1, Integer::sum);
      }
      Stance stance = stances.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      List<Evidence> evidence = members.stream().map(EventAssembler::evidence).toList();
      LinkedHashSet<String> channels = new LinkedHashSet<>();
      for (Stated s : members) {
        if (s.channel() != null) {
          channels.add(s.channel());
        }
      }
      String text = Texts.oneLine(contentOf(representative().statement(), representative().article().article().text()))
          .replaceFirst("^(?i:that)\\s+(?=\\S)", ""); // "said that X": the claim is X
      return new LedgerClaim(ids.get(this), claimant, stance, text, evidence, outlets(), independent, sourceGroups,
          List.copyOf(channels), status, reason, firstSeen,
          contestedBy.stream().map(ids::get).toList(), contests.stream().map(ids::get).toList(),
          relations.stream().map(r -> r.toRelation(ids)).toList(), rank, false);
    }

    /** The member most like the others (the medoid); the earliest on ties. */
    /** The member most like the others: the claim's wording. */
    private Stated representative() {
      Stated best = members.get(0);
      double bestScore = -1;
      for (Stated a : members) {
        double sum = 0;
        for (Stated b : members) {
          if (a != b) {
            sum += Similarity.score(a.content(), b.content());
          }
        }
        // ties (two members are always tied): the fuller wording ("an attack on Monday", not "The attack")
        boolean tie = Math.abs(sum - bestScore) <= 1e-9;
        if (sum > bestScore + 1e-9 || tie && a.content().terms().size() > best.content().terms().size()) {
          bestScore = sum;
          best = a;
        }
      }
      return best;
    }
  }

  /** A relation in the making: its type, the other claim, and the two statements that show it (this claim's first). */
  private record DraftRelation(String type, Draft other, Stated mine, Stated theirs) {
    LedgerClaim.Relation toRelation(Map<Draft, String> ids) {
      String reason = switch (type) {
        case "denies" -> mine.claimantName() + " denies what " + theirs.claimantName() + " says";
        case "confirms" -> mine.claimantName() + " confirms what " + theirs.claimantName() + " says";
        default -> "they cannot both be true";
      };
      return new LedgerClaim.Relation(type, ids.get(other), reason,
          List.of(mine.articleId() + "#" + mine.statement().id(), theirs.articleId() + "#" + theirs.statement().id()));
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  /**
   * The outlet's own wording around a statement, compared to find shared wire text: the sentence(s)
   * of the statement, without the quoted words when it is a direct quote (independent outlets quote
   * the same words; a wire copy also shares the words around them). Null when the outlet's own part
   * has fewer than four words ("..., he said."), too little to tell a copy from an independent report.
   */
  static String wireWording(Stated s) {
    String text = s.article().article().text();
    Span content = s.statement().content();
    Span context = Texts.sentencesAround(s.article(), content.start(), content.end());
    String wording = s.statement().direct()
        ? text.substring(context.start(), content.start()) + " " + text.substring(content.end(), Math.max(content.end(), context.end()))
        : context.of(text);
    return Terms.words(wording).size() < 4 ? null : Texts.oneLine(wording);
  }

  static Set<String> trigrams(String text) {
    List<String> w = Terms.words(text);
    Set<String> out = new HashSet<>();
    if (w.size() < 3) {
      out.add(String.join(" ", w));
      return out;
    }
    for (int i = 0; i + 3 <= w.size(); i++) {
      out.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = Similarity.intersection(a, b);
    return (double) shared / (a.size() + b.size() - shared);
  }

  static Evidence evidence(Stated s) {
    AnalyzedArticle a = s.article();
    String text = a.article().text();
    Statement st = s.statement();
    Span claimantSpan = st.claimant() == null ? null : st.claimant().span();
    List<Span> parts = new ArrayList<>();
    parts.add(st.content());
    parts.add(st.cue());
    parts.add(claimantSpan);
    if (st.channel() != null) {
      parts.add(st.channel().span());
    }
    for (Hedge h : st.hedges()) {
      parts.add(h.span());
    }
    Span extent = Texts.union(parts);
    Span context = Texts.sentencesAround(a, extent.start(), extent.end());
    return new Evidence(a.article().id(), a.article().outlet().name(), st.id(), st.sentence(), context,
        context.of(text), st.content(), contentOf(st, text), claimantSpan,
        claimantSpan == null ? (st.claimant() == null ? null : st.claimant().text()) : claimantSpan.of(text),
        st.cue(), st.cue() == null ? null : st.cue().of(text), s.channel(), st.stance(), st.direct(), st.hedges());
  }

  // ---------------------------------------------------------------- actors

  private List<LedgerEvent.Actor> actors() {
    Map<String, int[]> counts = new LinkedHashMap<>(); // gid -> {articles, mentions}
    Map<String, EntityType> types = new HashMap<>();
    for (EntityMerger.Cluster c : clusters) {
      EntityMerger.Node n0 = c.nodes().get(0);
      String gid = localToGlobal.get(n0.articleId() + "\u0000" + n0.entity().id());
      Set<String> arts = new HashSet<>();
      int mentions = 0;
      for (EntityMerger.Node n : c.nodes()) {
        arts.add(n.articleId());
        mentions += Math.max(1, n.entity().mentions().size());
      }
      int[] acc = counts.computeIfAbsent(gid, g -> new int[2]);
      acc[0] += arts.size();
      acc[1] += mentions;
      types.putIfAbsent(gid, c.type());
    }
    List<LedgerEvent.Actor> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      out.add(new LedgerEvent.Actor(e.getKey(), globals.name(e.getKey()), types.get(e.getKey()), e.getValue()[0], e.getValue()[1]));
    }
    out.sort(Comparator.comparingInt(LedgerEvent.Actor::articles).reversed()
        .thenComparing(Comparator.comparingInt(LedgerEvent.Actor::mentions).reversed())
        .thenComparing(LedgerEvent.Actor::name));
    return out;
  }
}
