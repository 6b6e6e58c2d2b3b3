package org.corroborate.ledger;

import java.time.Instant;
import java.util.List;
import org.corroborate.model.EntityType;

/**
 * One event in the ledger.
 *
 * @param title    the headline of its earliest article
 * @param articles ids of its articles, earliest first
 * @param start    earliest publication time of its articles (null when none is known)
 * @param end      latest publication time
 * @param claims   ordered for a fact-checker: contested, unconfirmed, corroborated, single-source,
 *                 then by independent outlets (most first), then first seen
 */
public record LedgerEvent(String id, String title, List<String> articles, Instant start, Instant end,
    List<Actor> places, List<Actor> actors, List<LedgerClaim> claims, List<Disagreement> disagreements,
    List<Framing> framing) {
  public LedgerEvent {
    articles = List.copyOf(articles);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    claims = List.copyOf(claims);
    disagreements = List.copyOf(disagreements);
    framing = List.copyOf(framing);
  }

  /** A ledger entity as it figures in this event: in how many articles, with how many mentions. */
  public record Actor(String entityId, String name, EntityType type, int articles, int mentions) {}
}
