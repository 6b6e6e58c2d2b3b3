package org.corroborate.ledger;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.AnalyzedArticle;

/** The articles that report one news event, as the event clusterer grouped them. */
public record EventGroup(String id, List<AnalyzedArticle> articles) {
  public EventGroup {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
  }
}
