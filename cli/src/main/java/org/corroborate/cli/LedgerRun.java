package org.corroborate.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.corroborate.analysis.Analyzer;
import org.corroborate.events.EventCluster;
import org.corroborate.events.EventConfig;
import org.corroborate.events.EventDocs;
import org.corroborate.events.EventIndex;
import org.corroborate.ledger.EventGroup;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.store.ArticleStore;
import org.corroborate.util.Json;

/**
 * The stages of {@code analyze} after ingest: analysis, events, and the event groups the ledger is
 * built from. Store-backed, so a later run adds to what earlier runs did instead of starting over:
 *
 * <ul>
 *   <li>each article's analysis is kept in the store ({@link #ANALYSIS_KIND}) and reused while the
 *       analyser's output format is unchanged;
 *   <li>the event index is kept in the store as a snapshot ({@link #EVENTS_KIND}); new articles are
 *       added to it online, so they join the events of earlier runs.
 * </ul>
 */
final class LedgerRun {
  /** Store kind of cached analyses; bump the suffix when the analyser's output changes (format, rules or model). */
  static final String ANALYSIS_KIND = "analysis/4";
  /** Store kind and key of the event index snapshot. */
  static final String EVENTS_KIND = "events/1";
  static final String EVENTS_KEY = "index";

  private final ArticleStore store;
  private final Supplier<Analyzer> analyzer;
  private final PrintWriter err;
  private final Map<String, AnalyzedArticle> analyses = new HashMap<>();
  private int analysedNow;
  private int analysisReused;

  /** @param analyzer built on first use only (loading the models takes seconds) */
  LedgerRun(ArticleStore store, Supplier<Analyzer> analyzer, PrintWriter err) {
    this.store = store;
    this.analyzer = analyzer;
    this.err = err;
  }

  /**
   * The ledger of event groups, as {@code analyze} builds it (one place, so the evaluations score
   * what users get): the ledger module's one-call form, with its defaults (thresholds, and whatever
   * that form compares statements with).
   */
  static org.corroborate.ledger.Ledger buildLedger(List<EventGroup> events, org.corroborate.ledger.Aliases aliases) {
    return org.corroborate.ledger.LedgerBuilder.build(events, aliases);
  }

  /** What the stages produced. */
  record Result(List<AnalyzedArticle> analysed, List<EventGroup> events, int analysedNow, int analysisReused) {}

  /**
   * Analyses the run's articles (reusing stored analyses), places them in events, and returns the
   * events that hold at least one of them, each with all its articles (earlier runs' too), analysed.
   */
  Result run(List<Article> articles, EventConfig eventConfig) {
    List<AnalyzedArticle> analysed = analyse(articles);
    EventIndex index = loadIndex(eventConfig);
    for (AnalyzedArticle aa : analysed) {
      if (index.eventOf(aa.article().id()) == null) {
        index.add(EventDocs.fromAnalyzed(aa));
      }
    }
    // Joins events that the arrival order split (bounded: only events changed since the last pass).
    index.mergePass();
    saveIndex(index);
    Set<String> runIds = new LinkedHashSet<>();
    for (Article a : articles) {
      runIds.add(a.id());
    }
    Map<String, EventCluster> touched = new LinkedHashMap<>();
    for (EventCluster c : index.events()) {
      for (String id : c.docIds()) {
        if (runIds.contains(id)) {
          touched.put(c.id(), c);
          break;
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (EventCluster c : touched.values()) {
      for (String id : c.docIds()) {
        if (!analyses.containsKey(id)) {
          missing.add(id);
        }
      }
    }
    if (!missing.isEmpty()) {
      analyse(store.getAll(missing));
    }
    List<EventGroup> groups = new ArrayList<>();
    for (EventCluster c : touched.values()) {
      List<AnalyzedArticle> members = new ArrayList<>();
      for (String id : c.docIds()) {
        AnalyzedArticle aa = analyses.get(id);
        if (aa != null) {
          members.add(aa);
        }
      }
      groups.add(new EventGroup(c.id(), members));
    }
    return new Result(analysed, groups, analysedNow, analysisReused);
  }

  /**
   * Analyses articles outside any event (an evaluation that sets the event groups itself), reusing
   * and keeping stored analyses like {@link #run}; the articles need not be in the store.
   */
  List<AnalyzedArticle> analyseAll(List<Article> articles) {
    return analyse(articles);
  }

  int analysedNow() {
    return analysedNow;
  }

  int analysisReused() {
    return analysisReused;
  }

  private List<AnalyzedArticle> analyse(List<Article> articles) {
    List<Article> todo = new ArrayList<>();
    for (Article a : articles) {
      if (analyses.containsKey(a.id())) {
        continue;
      }
      Optional<byte[]> cached = store.getDerived(ANALYSIS_KIND, a.id());
      if (cached.isPresent()) {
        try {
          AnalyzedArticle aa = Json.mapper().readValue(cached.get(), AnalyzedArticle.class);
          // The stored article may have gained sources since: the analysis keeps the current record.
          analyses.put(a.id(), new AnalyzedArticle(a, aa.sentences(), aa.entities(), aa.statements(),
              aa.quantities(), aa.dates()));
          analysisReused++;
          continue;
        } catch (IOException e) {
          err.println("corroborate: stored analysis of " + a.id() + " is unreadable (" + e.getMessage()
              + "); analysing again");
        }
      }
      todo.add(a);
    }
    if (!todo.isEmpty()) {
      err.println("analysing " + todo.size() + " article(s)...");
      err.flush();
      List<AnalyzedArticle> done = analyzer.get().analyzeAll(todo);
      for (AnalyzedArticle aa : done) {
        try {
          store.putDerived(ANALYSIS_KIND, aa.article().id(), Json.mapper().writeValueAsBytes(aa));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        analyses.put(aa.article().id(), aa);
        analysedNow++;
      }
    }
    List<AnalyzedArticle> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(analyses.get(a.id()));
    }
    return out;
  }

  private EventIndex loadIndex(EventConfig config) {
    Optional<byte[]> snap = store.getDerived(EVENTS_KIND, EVENTS_KEY);
    if (snap.isPresent()) {
      try {
        EventIndex restored = EventIndex.restore(new ByteArrayInputStream(snap.get()));
        if (restored.config().equals(config)) {
          return restored;
        }
        err.println("corroborate: event settings changed since the stored event index; rebuilding it");
      } catch (IOException e) {
        err.println("corroborate: stored event index is unreadable (" + e.getMessage() + "); rebuilding it");
      }
      List<String> ids = new ArrayList<>();
      store.forEachArticle(a -> ids.add(a.id()));
      EventIndex index = new EventIndex(config);
      for (Article a : store.getAll(ids)) {
        Optional<byte[]> cached = store.getDerived(ANALYSIS_KIND, a.id());
        if (cached.isPresent() || analyses.containsKey(a.id())) {
          index.add(EventDocs.fromAnalyzed(analyse(List.of(a)).get(0)));
        }
      }
      index.mergePass();
      return index;
    }
    return new EventIndex(config);
  }

  private void saveIndex(EventIndex index) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      index.snapshot(buf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store.putDerived(EVENTS_KIND, EVENTS_KEY, buf.toByteArray());
  }
}
