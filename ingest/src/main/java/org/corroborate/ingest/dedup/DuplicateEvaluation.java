package org.corroborate.ingest.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.SourceRef;
import org.corroborate.store.SqliteArticleStore;

/**
 * Measures near-duplicate detection end to end: the generated corpus ({@link SyndicationFixtures}) goes
 * through the real {@link IngestPipeline} into a fresh SQLite store in {@code workDir} (so the index is
 * the persistent one), in two runs (the first half, then the rest, reopening the store in between, so
 * links to articles of an earlier run are measured too). Links are then read back from the store.
 *
 * <p>Scoring is over pairs of articles: two articles are predicted together when the links (followed
 * to their root) or a shared content id put them in one cluster; they belong together when they are
 * the same story (a base and its copies). Precision, recall and F1 over those pairs; clustering makes
 * the score independent of which copy happened to arrive first.
 */
public final class DuplicateEvaluation {

  /**
   * The figures.
   *
   * @param goldPairs        pairs that belong together
   * @param predictedPairs   pairs the detector put together
   * @param truePairs        pairs both
   * @param copyRecallByEdit per kind of edit: the fraction of copies made with it that were linked to their story
   * @param retrieval        candidates returned and verified per new article, over both runs
   */
  public record Result(int articles, int copies, int distinct, long goldPairs, long predictedPairs, long truePairs,
      Map<SyndicationFixtures.Edit, double[]> copyRecallByEdit, IngestPipeline.RetrievalStats retrieval) {

    public double precision() {
      return predictedPairs == 0 ? 1.0 : (double) truePairs / predictedPairs;
    }

    public double recall() {
      return goldPairs == 0 ? 1.0 : (double) truePairs / goldPairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private DuplicateEvaluation() {}

  public static Result run(long seed, int stories, Path workDir, NearDuplicateConfig config) {
    Objects.requireNonNull(workDir, "workDir");
    List<SyndicationFixtures.Item> items = SyndicationFixtures.generate(seed, stories);
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> idOfKey = new HashMap<>();
    IngestPipeline.Options options = new IngestPipeline.Options(64, false, config);
    int half = items.size() / 2;
    long lookups = 0;
    long candidates = 0;
    long verified = 0;
    for (List<SyndicationFixtures.Item> part : List.of(items.subList(0, half), items.subList(half, items.size()))) {
      try (SqliteArticleStore store = SqliteArticleStore.open(workDir);
          IngestPipeline pipeline = new IngestPipeline(store, options, IngestPipeline.Listener.NONE)) {
        for (SyndicationFixtures.Item it : part) {
          Article a = toArticle(it);
          idOfKey.put(it.key(), a.id());
          pipeline.accept(a);
        }
        pipeline.close();
        IngestPipeline.RetrievalStats st = pipeline.retrievalStats();
        lookups += st.lookups();
        candidates += st.candidates();
        verified += st.verified();
      }
    }
    Map<String, String> rootOfId = new HashMap<>();
    try (SqliteArticleStore store = SqliteArticleStore.open(workDir)) {
      store.forEachArticle(a -> rootOfId.put(a.id(), a.syndication() == null ? a.id() : a.syndication().originalId()));
    }
    // Cluster by root (a root's own root is itself: links always point at an unlinked article).
    Map<String, String> predicted = new HashMap<>();
    Map<String, String> gold = new HashMap<>();
    Map<String, SyndicationFixtures.Item> byKey = new HashMap<>();
    for (SyndicationFixtures.Item it : items) {
      predicted.put(it.key(), rootOfId.get(idOfKey.get(it.key())));
      gold.put(it.key(), it.group());
      byKey.put(it.key(), it);
    }
    Map<String, Long> goldSizes = new HashMap<>();
    Map<String, Long> predSizes = new HashMap<>();
    Map<String, Long> bothSizes = new HashMap<>();
    for (SyndicationFixtures.Item it : items) {
      goldSizes.merge(gold.get(it.key()), 1L, Long::sum);
      predSizes.merge(predicted.get(it.key()), 1L, Long::sum);
      bothSizes.merge(gold.get(it.key()) + "\u0000" + predicted.get(it.key()), 1L, Long::sum);
    }
    // Per edit: was the copy put in the same predicted cluster as its base?
    Map<SyndicationFixtures.Edit, double[]> byEdit = new EnumMap<>(SyndicationFixtures.Edit.class);
    int copies = 0;
    int distinct = 0;
    for (SyndicationFixtures.Item it : items) {
      if (it.distinct()) {
        distinct++;
      }
      if (!it.isCopy()) {
        continue;
      }
      copies++;
      boolean linked = Objects.equals(predicted.get(it.key()), predicted.get(it.group()));
      for (SyndicationFixtures.Edit e : it.edits()) {
        double[] c = byEdit.computeIfAbsent(e, k -> new double[2]);
        c[0] += linked ? 1 : 0;
        c[1] += 1;
      }
    }
    return new Result(items.size(), copies, distinct, pairs(goldSizes), pairs(predSizes), pairs(bothSizes), byEdit,
        new IngestPipeline.RetrievalStats(lookups, candidates, verified));
  }

  private static long pairs(Map<String, Long> sizes) {
    long n = 0;
    for (long s : sizes.values()) {
      n += s * (s - 1) / 2;
    }
    return n;
  }

  private static Article toArticle(SyndicationFixtures.Item it) {
    Outlet outlet = new Outlet(it.outlet(), null);
    SourceRef src = new SourceRef("text", "fixtures/" + it.key() + ".txt", null, null, outlet,
        Instant.parse("2031-01-01T00:00:00Z"));
    return Article.of(outlet, it.title(), null, null, "en", new ArrayList<>(it.paragraphs()), null, src);
  }
}
