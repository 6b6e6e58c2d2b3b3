package org.corroborate.ledger;

import java.util.List;
import org.corroborate.model.Span;

/**
 * Where the articles of an event disagree.
 *
 * @param kind    "number" (different counts of the same thing), "date" (different dates for the same
 *                happening), "attribution" (outlets give the same content to different claimants),
 *                "single-outlet" (claims only one independent source reports)
 * @param subject what it is about ("people wounded", an outlet's name, shared words)
 * @param summary one sentence for a person
 * @param items   the conflicting readings, each tied to its article
 * @param claims  the ids of the claims concerned, where there are any
 */
public record Disagreement(String kind, String subject, String summary, List<Item> items, List<String> claims) {
  public Disagreement {
    items = List.copyOf(items);
    claims = List.copyOf(claims);
  }

  /** One reading: its value ("8", "2023-05-22", a claimant, a claim id) where it is said. */
  public record Item(String articleId, String outlet, String value, String text, Span span) {}
}
