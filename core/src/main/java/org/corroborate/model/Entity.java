package org.corroborate.model;

import java.util.List;

/**
 * One actor or place within one article: all its mentions ("Vyacheslav Gladkov", "Gladkov",
 * "the Belgorod governor", "he") and the words the article uses to describe it (appositives and
 * modifiers: "anti-Kremlin militia", "a spokesperson for Ukraine's military intelligence").
 *
 * @param id          article-local id, "E1", "E2", ...
 * @param name        the canonical name: the longest proper-name mention
 * @param descriptors descriptions as written, in order of appearance, without duplicates
 */
public record Entity(String id, String name, EntityType type, List<Mention> mentions, List<String> descriptors) {
  public Entity {
    mentions = List.copyOf(mentions);
    descriptors = List.copyOf(descriptors);
  }
}
