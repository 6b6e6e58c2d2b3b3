package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.util.Demonyms;

/**
 * Merges the article-local entities of one event into actors. Two entities are one actor when
 * <ol>
 *   <li>they share a name key ({@link Names#key}: "Belgorod region" = "Belgorod Oblast"), after user
 *       aliases ("Rosgvardiya" = "National Guard"); a person only merges with a person;</li>
 *   <li>one is a person known by one word that is the last name of exactly one full name in the
 *       event ("Gladkov" = "Vyacheslav Gladkov"); two different full names never merge;</li>
 *   <li>they share a role key from their descriptors or descriptions ("the Governor of Belgorod
 *       Oblast" = "the Belgorod governor") held by exactly one named actor of the event, or, when no
 *       named actor holds it, by unnamed ones only.</li>
 * </ol>
 * Not thread-safe; one instance per event.
 */
final class EntityMerger {
  /** One article-local entity. */
  record Node(String articleId, Entity entity) {}

  /** A merged actor of the event. */
  record Cluster(List<Node> nodes, String name, String nameKey, EntityType type, List<String> aliases,
      Set<String> nameKeys, Set<String> roleKeys) {}

  private final Aliases aliases;
  private final List<Node> nodes = new ArrayList<>();
  private int[] parent;

  private final Map<String, String> knownCapitals;

  /** A merger that reads the capitals from the articles it merges. */
  EntityMerger(Aliases aliases) {
    this(aliases, null);
  }

  /** @param capitals the capitals the ledger's articles name ({@link Capitals}), read once for all events */
  EntityMerger(Aliases aliases, Map<String, String> capitals) {
    this.aliases = aliases;
    this.knownCapitals = capitals;
  }

  List<Cluster> merge(List<AnalyzedArticle> articles) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      byId.put(a.article().id(), a);
      for (Entity e : a.entities()) {
        nodes.add(new Node(a.article().id(), e));
      }
    }
    parent = new int[nodes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<Set<String>> nameKeys = new ArrayList<>();
    for (Node n : nodes) {
      nameKeys.add(nameKeys(n.entity()));
    }
    // 1. shared name keys
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (String k : nameKeys.get(i)) {
        // a user alias says the two are one, whatever types the analyser gave them
        String typed = (aliases.displayName(k) != null ? "A:" : isPerson(nodes.get(i)) ? "P:" : "O:") + k;
        Integer j = byName.putIfAbsent(typed, i);
        if (j != null) {
          union(i, j);
        }
      }
    }
    // 1b. "Kyiv has denied": a place acting as its country's government is that country as an actor
    Map<String, String> capitals = knownCapitals != null ? knownCapitals : Capitals.of(articles);
    for (int i = 0; i < nodes.size(); i++) {
      String stem = governmentOf(nodes.get(i).entity());
      if (stem == null) {
        stem = capitals.get(Names.key(nodes.get(i).entity().name()));
      }
      if (stem == null) {
        continue;
      }
      for (int j = 0; j < nodes.size(); j++) {
        Entity e = nodes.get(j).entity();
        if (j != i && e.type() == EntityType.GPE && Demonyms.names(stem, e.name())) {
          union(i, j);
        }
      }
    }
    // 1b'. a one-word "person" that the other articles of the event type as a place is that place
    placesTypedAsPersons(nameKeys);
    // 1c. places under their administrative names ("Belgorod region" = "Belgorodskaya oblast" = "Belgorod")
    mergePlaces(byId, nameKeys);
    // 2. last names of persons
    Map<String, Set<Integer>> fullByLast = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (!isPerson(nodes.get(i))) {
        continue;
      }
      for (String k : nameKeys.get(i)) {
        if (Names.tokens(k) >= 2) {
          fullByLast.computeIfAbsent(Names.lastWord(k), x -> new HashSet<>()).add(find(i));
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      if (!isPerson(nodes.get(i))) {
        continue;
      }
      for (String k : nameKeys.get(i)) {
        if (Names.tokens(k) == 1) {
          Set<Integer> full = roots(fullByLast.get(k));
          if (full.size() == 1) {
            union(i, full.iterator().next());
          }
        }
      }
    }
    // 3. role keys
    List<Set<String>> roleKeys = new ArrayList<>();
    for (Node n : nodes) {
      roleKeys.add(roleKeys(n.entity()));
    }
    Map<String, Set<Integer>> namedByRole = new HashMap<>();
    Map<String, List<Integer>> allByRole = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (String r : roleKeys.get(i)) {
        allByRole.computeIfAbsent(r, x -> new ArrayList<>()).add(i);
        if (hasProperName(nodes.get(i).entity())) {
          namedByRole.computeIfAbsent(r, x -> new HashSet<>()).add(i);
        }
      }
    }
    for (Map.Entry<String, List<Integer>> e : allByRole.entrySet()) {
      Set<Integer> named = roots(namedByRole.get(e.getKey()));
      if (named.size() > 1) {
        continue; // two different named people hold the role: ambiguous
      }
      Integer target = named.isEmpty() ? null : named.iterator().next();
      for (int i : e.getValue()) {
        boolean unnamed = !hasProperName(nodes.get(i).entity());
        if (target == null) {
          if (unnamed) {
            union(i, e.getValue().get(0));
          }
        } else if (unnamed || find(i) == find(target)) {
          union(i, target);
        }
      }
    }
    // 4. spelling variants and transliterations of one person, when the context agrees
    mergeVariants(byId, nameKeys, roleKeys);
    // collect
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      groups.computeIfAbsent(find(i), x -> new ArrayList<>()).add(i);
    }
    List<Cluster> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      out.add(cluster(g, nameKeys, roleKeys));
    }
    return out;
  }

  /**
   * "Mirevia said": the analyser sometimes types a country's bare name as a person. A node typed as a
   * person, known by one word only, with no descriptor, joins the place of that name when the event's
   * articles type the name as a place at least as often as a person.
   */
  private void placesTypedAsPersons(List<Set<String>> nameKeys) {
    Map<String, Integer> placeVotes = new HashMap<>();
    Map<String, Integer> personVotes = new HashMap<>();
    Map<String, Integer> placeNode = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Entity e = nodes.get(i).entity();
      boolean place = e.type() == EntityType.GPE || e.type() == EntityType.LOCATION;
      for (String k : nameKeys.get(i)) {
        if (place) {
          placeVotes.merge(k, 1, Integer::sum);
          placeNode.putIfAbsent(k, i);
        } else if (isPerson(nodes.get(i))) {
          personVotes.merge(k, 1, Integer::sum);
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      Entity e = nodes.get(i).entity();
      if (!isPerson(nodes.get(i)) || !e.descriptors().isEmpty() || nameKeys.get(i).size() != 1) {
        continue;
      }
      String k = nameKeys.get(i).iterator().next();
      Integer place = placeNode.get(k);
      if (place != null && Names.tokens(k) == 1 && placeVotes.get(k) >= personVotes.getOrDefault(k, 0)) {
        union(i, place);
      }
    }
  }

  /**
   * Joins each region ("X region", "X Oblast", "Xskaya oblast") with the other names of the region and
   * with the bare name "X", unless the actor of the bare name is said to be a settlement in one of its
   * articles ("the city of X"). Measured on the seed and example articles: every bare name that shares a
   * region's name was the region ("Russia's Belgorod region" read as "Belgorod", "the Velna region" as
   * "Velna"), while "the town of Belmora" must stay apart from any "Belmora district".
   */
  private void mergePlaces(Map<String, AnalyzedArticle> articles, List<Set<String>> nameKeys) {
    Map<String, List<Integer>> regions = new LinkedHashMap<>();
    Map<String, List<Integer>> bare = new LinkedHashMap<>();
    boolean[] settlement = new boolean[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      Set<String> regionKeys = new HashSet<>();
      for (Mention m : n.entity().mentions()) {
        if (m.kind() == MentionKind.NAME && Places.regionName(m.text())) {
          regionKeys.add(aliases.canonicalKey(Names.key(m.text())));
        }
      }
      if (hasProperName(n.entity()) && Places.regionName(n.entity().name())) {
        regionKeys.add(aliases.canonicalKey(Names.key(n.entity().name())));
      }
      for (String k : nameKeys.get(i)) {
        if (!Places.placeLike(n.entity(), k)) {
          continue;
        }
        if (Places.regional(k) && !regionKeys.contains(k)) {
          continue; // "U.S. District", "Belmora district": not a region under another name
        }
        if (Places.regional(k)) {
          for (String b : Places.baseKeys(k)) {
            regions.computeIfAbsent(b, x -> new ArrayList<>()).add(i);
          }
        } else {
          bare.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
      AnalyzedArticle a = articles.get(n.articleId());
      settlement[i] = Places.settlement(n.entity(), a == null ? null : a.article().text());
    }
    Set<Integer> settled = new HashSet<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (settlement[i]) {
        settled.add(find(i));
      }
    }
    for (Map.Entry<String, List<Integer>> e : regions.entrySet()) {
      List<Integer> rs = e.getValue();
      for (int r : rs) {
        union(r, rs.get(0));
      }
      for (int b : bare.getOrDefault(e.getKey(), List.of())) {
        if (!settled.contains(find(b))) {
          union(b, rs.get(0));
        }
      }
    }
  }

  /**
   * Joins two persons whose names are spelling variants ({@link NameVariants}: "Vyacheslav Gladkov" /
   * "Vyacheslav Hladkov") when the context agrees: they share a role key ("governor|belgorod") or a role
   * noun, or are mentioned in the same sentences as two or more of the same other actors. Never when
   * both have roles and none is shared ("Peskov" the spokesman and "Pesko" the mayor), nor when one
   * article names both (it told them apart).
   */
  private void mergeVariants(Map<String, AnalyzedArticle> articles, List<Set<String>> nameKeys, List<Set<String>> roleKeys) {
    Map<Integer, Set<String>> names = new LinkedHashMap<>();
    Map<Integer, Set<String>> roleKeysOf = new HashMap<>();
    Map<Integer, Set<String>> rolesOf = new HashMap<>();
    Map<Integer, Set<String>> articlesOf = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (!isPerson(nodes.get(i)) || !hasProperName(nodes.get(i).entity())) {
        continue;
      }
      int r = find(i);
      names.computeIfAbsent(r, x -> new LinkedHashSet<>()).addAll(nameKeys.get(i));
      roleKeysOf.computeIfAbsent(r, x -> new HashSet<>()).addAll(roleKeys.get(i));
      Set<String> roles = rolesOf.computeIfAbsent(r, x -> new HashSet<>());
      for (String d : nodes.get(i).entity().descriptors()) {
        roles.addAll(Names.roleNouns(d));
      }
      articlesOf.computeIfAbsent(r, x -> new HashSet<>()).add(nodes.get(i).articleId());
    }
    if (names.size() < 2) {
      return;
    }
    Map<Integer, Set<Integer>> coMentioned = coMentions(articles);
    // candidates only within a block: the first letter of a last name's transliteration key (an edit
    // rarely falls on it), which cuts the pairs compared roughly twentyfold
    Map<Character, List<Integer>> blocks = new LinkedHashMap<>();
    for (Map.Entry<Integer, Set<String>> e : names.entrySet()) {
      Set<Character> firsts = new HashSet<>();
      for (String k : e.getValue()) {
        String last = NameVariants.key(Names.lastWord(k));
        if (!last.isEmpty()) {
          firsts.add(last.charAt(0));
        }
      }
      for (char c : firsts) {
        blocks.computeIfAbsent(c, x -> new ArrayList<>()).add(e.getKey());
      }
    }
    Set<Long> seen = new HashSet<>();
    for (List<Integer> roots : blocks.values()) {
      for (int x = 0; x < roots.size(); x++) {
        for (int y = x + 1; y < roots.size(); y++) {
          int a = roots.get(x);
          int b = roots.get(y);
          if (find(a) == find(b) || !seen.add((long) a * nodes.size() + b) || !anyVariants(names.get(a), names.get(b))) {
            continue;
          }
          Set<String> sharedArticles = new HashSet<>(articlesOf.get(a));
          sharedArticles.retainAll(articlesOf.get(b));
          Set<String> ra = rolesOf.get(a);
          Set<String> rb = rolesOf.get(b);
          boolean roleConflict = !ra.isEmpty() && !rb.isEmpty() && java.util.Collections.disjoint(ra, rb);
          if (!sharedArticles.isEmpty() || roleConflict) {
            continue;
          }
          boolean sameRole = !java.util.Collections.disjoint(roleKeysOf.get(a), roleKeysOf.get(b))
              || !ra.isEmpty() && !java.util.Collections.disjoint(ra, rb);
          Set<Integer> ca = new HashSet<>();
          for (int o : coMentioned.getOrDefault(a, Set.of())) {
            ca.add(find(o));
          }
          Set<Integer> cb = new HashSet<>();
          for (int o : coMentioned.getOrDefault(b, Set.of())) {
            cb.add(find(o));
          }
          ca.retainAll(cb);
          ca.remove(find(a));
          ca.remove(find(b));
          if (sameRole || ca.size() >= 2) {
            union(a, b);
          }
        }
      }
    }
  }

  private static boolean anyVariants(Set<String> as, Set<String> bs) {
    for (String a : as) {
      for (String b : bs) {
        if (NameVariants.variants(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** For each node's root, the roots of the other entities named in the same sentences. */
  private Map<Integer, Set<Integer>> coMentions(Map<String, AnalyzedArticle> articles) {
    Map<String, Set<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      AnalyzedArticle a = articles.get(n.articleId());
      if (a == null) {
        continue;
      }
      for (Mention m : n.entity().mentions()) {
        if (m.span() == null) {
          continue;
        }
        for (org.corroborate.model.Sentence s : a.sentences()) {
          if (s.span().start() <= m.span().start() && m.span().start() < s.span().end()) {
            bySentence.computeIfAbsent(n.articleId() + "#" + s.index(), k -> new HashSet<>()).add(i);
            break;
          }
        }
      }
    }
    Map<Integer, Set<Integer>> out = new HashMap<>();
    for (Set<Integer> together : bySentence.values()) {
      for (int i : together) {
        Set<Integer> others = out.computeIfAbsent(find(i), x -> new HashSet<>());
        for (int j : together) {
          if (find(j) != find(i)) {
            others.add(j);
          }
        }
      }
    }
    return out;
  }

  private Cluster cluster(List<Integer> members, List<Set<String>> nameKeys, List<Set<String>> roleKeys) {
    List<Node> ns = new ArrayList<>();
    Map<EntityType, Integer> types = new LinkedHashMap<>();
    Map<String, Integer> nameCounts = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    Set<String> roles = new LinkedHashSet<>();
    LinkedHashSet<String> variants = new LinkedHashSet<>();
    for (int i : members) {
      Node n = nodes.get(i);
      ns.add(n);
      types.merge(n.entity().type(), 1, Integer::sum);
      keys.addAll(nameKeys.get(i));
      roles.addAll(roleKeys.get(i));
      if (hasProperName(n.entity())) {
        variants.add(nz(n.entity().name()));
      }
      for (Mention m : n.entity().mentions()) {
        if (m.kind() == MentionKind.NAME) {
          variants.add(nz(m.text()));
        }
      }
      if (hasProperName(n.entity())) {
        nameCounts.merge(nz(n.entity().name()), 1, Integer::sum);
      }
    }
    EntityType type = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String name = null;
    for (String k : keys) {
      String d = aliases.displayName(k);
      if (d != null) {
        name = d; // the user's canonical name wins over any text's
        break;
      }
    }
    if (name == null) {
      // the most frequent proper name; ties to the longer (the fuller name)
      name = nameCounts.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(e -> Names.tokens(Names.key(e.getKey())))
              .thenComparing(e -> e.getKey().length()))
          .map(Map.Entry::getKey)
          .orElse(nz(ns.get(0).entity().name()));
    }
    String finalName = name;
    List<String> aliasList = variants.stream()
        .filter(v -> !v.isEmpty() && !Names.key(v).equals(Names.key(finalName)))
        .filter(distinctByKey())
        .toList();
    return new Cluster(ns, name, aliases.canonicalKey(Names.key(name)), type, aliasList, keys, roles);
  }

  private static java.util.function.Predicate<String> distinctByKey() {
    Set<String> seen = new HashSet<>();
    return s -> seen.add(Names.key(s));
  }

  private Set<String> nameKeys(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    if (hasProperName(e)) {
      add(out, e.name());
    }
    for (Mention m : e.mentions()) {
      if (m.kind() == MentionKind.NAME) {
        add(out, m.text());
      }
    }
    return out;
  }

  private void add(Set<String> out, String name) {
    String k = Names.key(name);
    if (!k.isEmpty()) {
      out.add(aliases.canonicalKey(k));
    }
  }

  private static Set<String> roleKeys(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>(e.descriptors());
    for (Mention m : e.mentions()) {
      if (m.kind() == MentionKind.NOMINAL) {
        texts.add(m.text());
      }
    }
    if (!hasProperName(e)) {
      texts.add(e.name());
    }
    for (String t : texts) {
      String r = Names.roleKey(t);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /** A name or mention text stripped; null (an analyser's gap) as "". */
  static String nz(String s) {
    return s == null ? "" : s.strip();
  }

  /** True when the entity is known by a name, not only by a description or pronoun. */
  static boolean hasProperName(Entity e) {
    for (Mention m : e.mentions()) {
      if (m.kind() == MentionKind.NAME) {
        return true;
      }
    }
    return e.mentions().isEmpty() && !nz(e.name()).isEmpty();
  }

  private static final java.util.regex.Pattern ACTING_GOVERNMENT =
      java.util.regex.Pattern.compile("acting as the (\\p{Lu}\\p{L}+) government");

  /**
   * The stem of the country a place acts for as its government ("acting as the Ukrainian government":
   * "Ukra"), or null. Only governments: "the Russian presidency" (the Kremlin) stays its own actor.
   */
  static String governmentOf(Entity e) {
    for (String d : e.descriptors()) {
      java.util.regex.Matcher m = ACTING_GOVERNMENT.matcher(d);
      if (m.matches()) {
        return Demonyms.stem(m.group(1));
      }
    }
    return null;
  }

  private static boolean isPerson(Node n) {
    return n.entity().type() == EntityType.PERSON;
  }

  private Set<Integer> roots(Set<Integer> xs) {
    Set<Integer> out = new HashSet<>();
    if (xs != null) {
      for (int x : xs) {
        out.add(find(x));
      }
    }
    return out;
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
