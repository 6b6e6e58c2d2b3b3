package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.analysis.nlp.ClaimEncoder;
import org.corroborate.meaning.TextEmbedder;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.Rejection;

/**
 * Builds the {@link Ledger} from events: merges actors across articles, groups statements into
 * claims across outlets, counts independent outlets, decides each claim's {@link ClaimStatus}, and
 * finds disagreements and framing. Deterministic: the same input gives the same ledger. Thread-safe
 * (each call works on its own state).
 *
 * <pre>{@code
 * Ledger ledger = LedgerBuilder.build(groups, Aliases.load(Path.of("aliases.tsv")));
 * LedgerWriter.writeJson(ledger, Path.of("out/ledger.json"));
 * }</pre>
 */
public final class LedgerBuilder {
  private final LedgerConfig config;
  private final TextEmbedder embedder;

  /**
   * @param embedder compares statement contents by meaning; null to compare them by words alone
   */
  public LedgerBuilder(LedgerConfig config, TextEmbedder embedder) {
    this.config = Objects.requireNonNull(config, "config");
    this.embedder = embedder;
  }

  /** A builder that compares statements by words alone (no sentence encoder). */
  public LedgerBuilder(LedgerConfig config) {
    this(config, null);
  }

  /** The one-call form with the default thresholds and the shipped sentence encoder. */
  public static Ledger build(List<EventGroup> events, Aliases aliases) {
    return new LedgerBuilder(LedgerConfig.defaults(), ClaimEncoder.shared()).buildLedger(events, aliases);
  }

  public Ledger buildLedger(List<EventGroup> events, Aliases aliases) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(aliases, "aliases (use Aliases.none())");
    List<Rejection> problems = new ArrayList<>(aliases.problems());
    GlobalEntities globals = new GlobalEntities();
    Map<String, LedgerArticle> articles = new LinkedHashMap<>();
    List<LedgerEvent> out = new ArrayList<>();
    java.util.Set<String> eventIds = new java.util.HashSet<>();
    events = oneNamePerOutlet(events);
    ContentVectors vectors = new ContentVectors(embedder);
    Map<String, String> capitals = Capitals.of(events.stream().flatMap(g -> g.articles().stream()).toList());
    Principals.Roles roles = new Principals.Roles();
    List<EventAssembler> assemblers = new ArrayList<>();
    for (EventGroup g : events) {
      if (!eventIds.add(g.id())) {
        throw new IllegalArgumentException("two event groups have the id " + g.id());
      }
      EventAssembler assembler = new EventAssembler(g, aliases, config, globals, problems, vectors, capitals);
      assembler.prepare(roles); // every event's actors and roles first: a role named in one event holds in all
      assemblers.add(assembler);
    }
    for (int i = 0; i < events.size(); i++) {
      out.add(assemblers.get(i).assemble());
      assemblers.set(i, null);
      for (AnalyzedArticle a : events.get(i).articles()) {
        articles.putIfAbsent(a.article().id(), article(a.article()));
      }
    }
    List<LedgerArticle> sorted = new ArrayList<>(articles.values());
    sorted.sort(java.util.Comparator.comparing(LedgerArticle::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(LedgerArticle::id));
    return new Ledger(Ledger.SCHEMA_VERSION, sorted, globals.entities(), out, problems);
  }

  /**
   * Articles of one outlet read from different formats ("The Guardian" from a text file,
   * theguardian.com from its web page) credited to one outlet, so that they count as one source and
   * show one name: outlets are joined by {@link Outlet#brand()}; the joined
   * outlet takes the first name that is not a domain and the first domain.
   */
  static List<EventGroup> oneNamePerOutlet(List<EventGroup> events) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> domains = new LinkedHashMap<>();
    for (EventGroup g : events) {
      for (AnalyzedArticle a : g.articles()) {
        Outlet o = a.article().outlet();
        if (o.equals(Outlet.UNKNOWN)) {
          continue;
        }
        String b = o.brand();
        if (o.domain() == null || !o.name().equalsIgnoreCase(o.domain())) {
          names.putIfAbsent(b, o.name());
        }
        if (o.domain() != null) {
          domains.putIfAbsent(b, o.domain());
        }
      }
    }
    List<EventGroup> out = new ArrayList<>();
    for (EventGroup g : events) {
      List<AnalyzedArticle> arts = new ArrayList<>();
      for (AnalyzedArticle a : g.articles()) {
        Outlet o = a.article().outlet();
        String b = o.brand();
        Outlet joined = o.equals(Outlet.UNKNOWN) ? o
            : new Outlet(names.getOrDefault(b, o.name()), domains.getOrDefault(b, o.domain()));
        arts.add(joined.equals(o) ? a : a.withArticle(a.article().withOutlet(joined)));
      }
      out.add(new EventGroup(g.id(), arts));
    }
    return out;
  }

  static LedgerArticle article(Article a) {
    return new LedgerArticle(a.id(), a.outlet().name(), a.outlet().key(), a.title(),
        a.published() == null ? null : a.published().time(),
        a.published() == null ? null : a.published().origin(),
        a.sources().get(0).location(), a.url(),
        a.syndication() == null ? null : a.syndication().originalId());
  }
}
