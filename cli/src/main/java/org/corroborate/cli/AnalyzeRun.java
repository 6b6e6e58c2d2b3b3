package org.corroborate.cli;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.corroborate.ingest.IngestSummary;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;
import org.corroborate.store.ArticleStore;

/**
 * What the stages of one {@code analyze} run produced, for the {@link OutputWriter}s. Articles are read
 * from the store one at a time ({@link #forEachArticle}), so a large run is not held in memory. Later
 * stages add their results here (statements, events, the ledger).
 *
 * @param articleIds the run's articles (new, or already stored and seen again), first seen first
 * @param rejections the run's rejections, in order
 * @param analysed   the run's articles analysed, in the order of {@code articleIds}; empty when the
 *                   run skipped analysis
 */
record AnalyzeRun(ArticleStore store, List<String> articleIds, List<Rejection> rejections, IngestSummary ingest,
    List<AnalyzedArticle> analysed) {
  AnalyzeRun {
    Objects.requireNonNull(store, "store");
    articleIds = List.copyOf(articleIds);
    rejections = List.copyOf(rejections);
    analysed = List.copyOf(analysed);
  }

  AnalyzeRun(ArticleStore store, List<String> articleIds, List<Rejection> rejections, IngestSummary ingest) {
    this(store, articleIds, rejections, ingest, List.of());
  }

  AnalyzeRun withAnalysed(List<AnalyzedArticle> list) {
    return new AnalyzeRun(store, articleIds, rejections, ingest, list);
  }

  void forEachArticle(Consumer<? super Article> action) {
    for (String id : articleIds) {
      action.accept(store.get(id).orElseThrow(
          () -> new IllegalStateException("article " + id + " of this run is missing from the store")));
    }
  }
}
