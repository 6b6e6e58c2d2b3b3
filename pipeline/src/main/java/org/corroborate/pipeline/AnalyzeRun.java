package org.corroborate.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.corroborate.ingest.IngestSummary;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;
import org.corroborate.store.ArticleStore;

/**
 * What the stages of one {@code analyze} run produced, for the command's output writers. Articles are
 * read from the store one at a time ({@link #forEachArticle}), so a large run is not held in memory.
 *
 * @param articleIds the run's articles (new, or already stored and seen again), first seen first
 * @param rejections the run's rejections, in order
 * @param analysed   the run's articles analysed, in the order of {@code articleIds}; empty when the
 *                   run skipped analysis
 */
public record AnalyzeRun(ArticleStore store, List<String> articleIds, List<Rejection> rejections, IngestSummary ingest,
    List<AnalyzedArticle> analysed) {
  public AnalyzeRun {
    Objects.requireNonNull(store, "store");
    articleIds = List.copyOf(articleIds);
    rejections = List.copyOf(rejections);
    analysed = List.copyOf(analysed);
  }

  public AnalyzeRun(ArticleStore store, List<String> articleIds, List<Rejection> rejections, IngestSummary ingest) {
    this(store, articleIds, rejections, ingest, List.of());
  }

  public AnalyzeRun withAnalysed(List<AnalyzedArticle> list) {
    return new AnalyzeRun(store, articleIds, rejections, ingest, list);
  }

  public void forEachArticle(Consumer<? super Article> action) {
    for (String id : articleIds) {
      action.accept(store.get(id).orElseThrow(
          () -> new IllegalStateException("article " + id + " of this run is missing from the store")));
    }
  }
}
