package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.corroborate.model.EntityType;

/**
 * The ledger's entities across events: event actors with the same canonical name key (and both
 * persons, or both not) are one ledger entity, with ids "E1", "E2", ... in order of first sight.
 * Not thread-safe; one per build.
 */
final class GlobalEntities {
  private static final class Acc {
    final String id;
    final String name;
    final Map<EntityType, Integer> types = new LinkedHashMap<>();
    final LinkedHashSet<String> aliases = new LinkedHashSet<>();
    final LinkedHashSet<LedgerEntity.Member> members = new LinkedHashSet<>();

    Acc(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  private final Map<String, Acc> byKey = new LinkedHashMap<>();
  private final Map<String, Acc> byId = new HashMap<>();

  /** Registers an event actor and returns its ledger entity id. */
  String register(EntityMerger.Cluster c, Aliases aliases) {
    String key = (aliases.displayName(c.nameKey()) != null ? "A:" : c.type() == EntityType.PERSON ? "P:" : "O:") + c.nameKey();
    Acc acc = byKey.get(key);
    if (acc == null) {
      acc = new Acc("E" + (byKey.size() + 1), c.name());
      byKey.put(key, acc);
      byId.put(acc.id, acc);
    }
    acc.types.merge(c.type(), c.nodes().size(), Integer::sum);
    if (!Names.key(c.name()).equals(Names.key(acc.name))) {
      acc.aliases.add(c.name());
    }
    for (String a : c.aliases()) {
      if (!Names.key(a).equals(Names.key(acc.name))) {
        acc.aliases.add(a);
      }
    }
    for (EntityMerger.Node n : c.nodes()) {
      acc.members.add(new LedgerEntity.Member(n.articleId(), n.entity().id()));
    }
    return acc.id;
  }

  /** True when {@code id} is a ledger entity id registered here. */
  boolean contains(String id) {
    return byId.containsKey(id);
  }

  String name(String id) {
    Acc a = byId.get(id);
    return a == null ? null : a.name;
  }

  List<LedgerEntity> entities() {
    List<LedgerEntity> out = new ArrayList<>();
    for (Acc a : byKey.values()) {
      EntityType type = a.types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      LinkedHashSet<String> distinct = new LinkedHashSet<>();
      LinkedHashSet<String> seen = new LinkedHashSet<>();
      for (String s : a.aliases) {
        if (seen.add(Names.key(s))) {
          distinct.add(s);
        }
      }
      out.add(new LedgerEntity(a.id, a.name, type, List.copyOf(distinct), List.copyOf(a.members)));
    }
    return out;
  }
}
