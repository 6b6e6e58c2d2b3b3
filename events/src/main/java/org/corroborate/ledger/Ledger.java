package org.corroborate.ledger;

import java.util.List;
import org.corroborate.model.Rejection;

/**
 * The ledger a fact-checker works from: the articles read, the actors across them, and per event the
 * claims, disagreements and framing. Written as ledger.json (see {@link LedgerWriter}); the JSON
 * Schema of version {@value #SCHEMA_VERSION} is report/src/main/resources/ledger.schema.json.
 *
 * @param problems input that could not be used (a statement whose offsets fall outside its article,
 *                 a malformed alias line): recorded, not dropped silently
 */
public record Ledger(String schemaVersion, List<LedgerArticle> articles, List<LedgerEntity> entities,
    List<LedgerEvent> events, List<Rejection> problems) {
  /** Bumped on any change of the JSON shape: major for removals and renames, minor for additions. */
  public static final String SCHEMA_VERSION = "1.0";

  public Ledger {
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }
}
