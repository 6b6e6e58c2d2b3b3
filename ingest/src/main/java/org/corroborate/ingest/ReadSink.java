package org.corroborate.ingest;

import org.corroborate.model.Article;
import org.corroborate.model.Rejection;

/** Where a reader puts what it read: articles and rejections, in input order. Not thread-safe unless said. */
public interface ReadSink {
  void accept(Article article);

  void reject(Rejection rejection);
}
