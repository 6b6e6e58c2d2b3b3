package org.corroborate.ledger;

import java.util.List;
import org.corroborate.model.EntityType;

/**
 * An actor or place merged across articles (and across events when the name is the same).
 *
 * @param aliases the other names and mentions by name it goes by, without {@code name}
 * @param members the article-local entities merged into it
 */
public record LedgerEntity(String id, String name, EntityType type, List<String> aliases, List<Member> members) {
  public LedgerEntity {
    aliases = List.copyOf(aliases);
    members = List.copyOf(members);
  }

  /** One article-local entity ({@link org.corroborate.model.Entity#id()}) of an article. */
  public record Member(String articleId, String entityId) {}
}
