package org.corroborate.pipeline;

import org.corroborate.analysis.Analyzer;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;

/**
 * The analysis stage as the pipeline sees it: one article to its analysis, safe to call from several
 * threads. {@link #of(Analyzer)} in production; tests give a light stand-in.
 */
public interface ArticleAnalyzer {
  AnalyzedArticle analyze(Article article);

  /** Threads to analyse on. */
  int parallelism();

  static ArticleAnalyzer of(Analyzer analyzer) {
    return new ArticleAnalyzer() {
      @Override
      public AnalyzedArticle analyze(Article article) {
        return analyzer.analyze(article);
      }

      @Override
      public int parallelism() {
        return analyzer.config().parallelism();
      }
    };
  }
}
