package org.corroborate.model;

import java.util.List;

/** An article with what analysis read off it. All spans are offsets into {@code article.text()}. */
public record AnalyzedArticle(
    Article article,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Statement> statements,
    List<Quantity> quantities,
    List<DateMention> dates) {

  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    statements = List.copyOf(statements);
    quantities = List.copyOf(quantities);
    dates = List.copyOf(dates);
  }

  /** The same analysis of {@code a}, which must be the same article (same id) with other metadata. */
  public AnalyzedArticle withArticle(Article a) {
    if (!a.id().equals(article.id())) {
      throw new IllegalArgumentException("not the same article: " + a.id() + " vs " + article.id());
    }
    return new AnalyzedArticle(a, sentences, entities, statements, quantities, dates);
  }

  public Entity entity(String id) {
    for (Entity e : entities) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }
}
