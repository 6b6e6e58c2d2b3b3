package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
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

  public LedgerBuilder(LedgerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The one-call form with the default thresholds. */
  public static Ledger build(List<EventGroup> events, Aliases aliases) {
    return new LedgerBuilder(LedgerConfig.defaults()).buildLedger(events, aliases);
  }

  public Ledger buildLedger(List<EventGroup> events, Aliases aliases) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(aliases, "aliases (use Aliases.none())");
    List<Rejection> problems = new ArrayList<>(aliases.problems());
    GlobalEntities globals = new GlobalEntities();
    Map<String, LedgerArticle> articles = new LinkedHashMap<>();
    List<LedgerEvent> out = new ArrayList<>();
    java.util.Set<String> eventIds = new java.util.HashSet<>();
    for (EventGroup g : events) {
      if (!eventIds.add(g.id())) {
        throw new IllegalArgumentException("two event groups have the id " + g.id());
      }
      LedgerEvent e = new EventAssembler(g, aliases, config, globals, problems).assemble();
      for (AnalyzedArticle a : g.articles()) {
        articles.putIfAbsent(a.article().id(), article(a.article()));
      }
      out.add(e);
    }
    List<LedgerArticle> sorted = new ArrayList<>(articles.values());
    sorted.sort(java.util.Comparator.comparing(LedgerArticle::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(LedgerArticle::id));
    return new Ledger(Ledger.SCHEMA_VERSION, sorted, globals.entities(), out, problems);
  }

  static LedgerArticle article(Article a) {
    return new LedgerArticle(a.id(), a.outlet().name(), a.outlet().key(), a.title(),
        a.published() == null ? null : a.published().time(),
        a.published() == null ? null : a.published().origin(),
        a.sources().get(0).location(), a.url(),
        a.syndication() == null ? null : a.syndication().originalId());
  }
}
