package org.corroborate.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.claims.Fingerprint;
import org.corroborate.claims.Terms;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.EntityType;
import org.corroborate.model.Hedge;
import org.corroborate.model.Rejection;
import org.corroborate.model.Statement;

/** Builds one {@link LedgerEvent} from one {@link EventGroup}. One instance per event. */
final class EventAssembler {
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

  private final ContentVectors vectors;
  private final Map<String, String> capitals;

  EventAssembler(EventGroup group, Aliases aliases, LedgerConfig config, GlobalEntities globals, List<Rejection> problems,
      ContentVectors vectors, Map<String, String> capitals) {
    this.vectors = vectors;
    this.capitals = capitals;
    this.group = group;
    this.aliases = aliases;
    this.config = config;
    this.globals = globals;
    this.problems = problems;
  }

  /**
   * First of two steps: merges the event's actors, registers them as ledger entities and offers what its
   * words say of who speaks for whom to the ledger's roles. Every event is prepared before any is
   * {@linkplain #assemble assembled}, so that a role named in one event holds in the others.
   */
  void prepare(Principals.Roles roles) {
    articles = new ArrayList<>(group.articles());
    articles.sort(Comparator.comparing((AnalyzedArticle a) -> published(a.article()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(a -> a.article().id()));
    clusters = new EntityMerger(aliases, capitals).merge(articles);
    for (EntityMerger.Cluster c : clusters) {
      String gid = globals.register(c, aliases);
      for (EntityMerger.Node n : c.nodes()) {
        localToGlobal.put(n.articleId() + "\u0000" + n.entity().id(), gid);
      }
    }
    List<String> gids = new ArrayList<>();
    for (EntityMerger.Cluster c : clusters) {
      EntityMerger.Node n = c.nodes().get(0);
      gids.add(localToGlobal.get(n.articleId() + "\u0000" + n.entity().id()));
    }
    principals = new Principals(clusters, gids, globals::name, aliases, roles, new Owners(articles, clusters, gids, capitals));
    principals.offer();
  }

  /** Second step: statements, claims, disagreements, ranking and framing of the prepared event. */
  LedgerEvent assemble() {
    if (principals == null) {
      throw new IllegalStateException("prepare the event first");
    }
    computeUnits();
    List<Stated> stated = collectStatements();
    List<LedgerClaim> claims = new ClaimAssembler(group.id(), articles, stated, aliases, config, globals, vectors,
        this::unitOf).build();
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
    Principals.Principal p = principals.ofText(written, a.article().id(), s.claimant().span() == null ? -1 : s.claimant().span().start());
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
    String capitalOf = capitals.get(key);
    List<EntityMerger.Cluster> byCapital = new ArrayList<>();
    if (capitalOf != null) {
      for (EntityMerger.Cluster c : clusters) {
        if (c.type() == EntityType.GPE && org.corroborate.util.Demonyms.names(capitalOf, c.nodes().get(0).entity().name())) {
          byCapital.add(c); // "Aldra accused Korvel": a capital the articles name as such acts for its country
        }
      }
    }
    for (List<EntityMerger.Cluster> found : List.of(byName, byLast, byRole, byCapital)) {
      if (found.size() == 1) {
        EntityMerger.Node n = found.get(0).nodes().get(0);
        return localToGlobal.get(n.articleId() + "\u0000" + n.entity().id());
      }
    }
    return null;
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
