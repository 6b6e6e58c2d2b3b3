package org.corroborate.ledger;

import java.util.List;

/** The words each outlet uses for one main actor (descriptors and descriptions), side by side. */
public record Framing(String entityId, String name, List<OutletWords> outlets) {
  public Framing {
    outlets = List.copyOf(outlets);
  }

  /** One outlet's words for the actor, in order of appearance, without duplicates. */
  public record OutletWords(String outlet, List<String> articles, List<String> words) {
    public OutletWords {
      articles = List.copyOf(articles);
      words = List.copyOf(words);
    }
  }
}
