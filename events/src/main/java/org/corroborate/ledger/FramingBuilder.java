package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;

/**
 * The framing table: for each main actor (most articles, then most mentions; persons, organisations
 * and the like, not places), the words each outlet uses for it: the entity's descriptors (appositives,
 * modifiers) and its descriptions ("the anti-Kremlin militia"), leading articles dropped.
 */
final class FramingBuilder {
  private static final Set<String> EMPTY_WORDS = Set.of("he", "she", "it", "they", "him", "her", "them",
      "group", "the group", "one", "this", "that");

  private final int limit;

  FramingBuilder(int limit) {
    this.limit = limit;
  }

  List<Framing> build(List<AnalyzedArticle> articles, List<EntityMerger.Cluster> clusters,
      Map<String, String> localToGlobal, List<LedgerEvent.Actor> actors) {
    Map<String, String> outletOfArticle = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      outletOfArticle.put(a.article().id(), a.article().outlet().name());
    }
    List<Framing> out = new ArrayList<>();
    for (LedgerEvent.Actor actor : actors) {
      if (out.size() >= limit) {
        break;
      }
      // outlet -> (articles, words), outlets in article order
      Map<String, LinkedHashSet<String>> words = new LinkedHashMap<>();
      Map<String, LinkedHashSet<String>> arts = new LinkedHashMap<>();
      for (AnalyzedArticle a : articles) {
        String outlet = a.article().outlet().name();
        Set<String> seen = new HashSet<>();
        for (EntityMerger.Cluster c : clusters) {
          for (EntityMerger.Node n : c.nodes()) {
            if (!n.articleId().equals(a.article().id())
                || !actor.entityId().equals(localToGlobal.get(n.articleId() + "\u0000" + n.entity().id()))) {
              continue;
            }
            List<String> texts = new ArrayList<>(n.entity().descriptors());
            for (Mention m : n.entity().mentions()) {
              if (m.kind() == MentionKind.NOMINAL) {
                texts.add(m.text());
              }
            }
            for (String t : texts) {
              String w = clean(t);
              String k = w.toLowerCase(java.util.Locale.ROOT);
              if (w.isEmpty() || EMPTY_WORDS.contains(k) || Names.key(w).equals(Names.key(actor.name()))) {
                continue;
              }
              LinkedHashSet<String> ws = words.computeIfAbsent(outlet, o -> new LinkedHashSet<>());
              if (seen.add(k) && ws.stream().noneMatch(x -> x.equalsIgnoreCase(w))) {
                ws.add(w);
              }
              arts.computeIfAbsent(outlet, o -> new LinkedHashSet<>()).add(a.article().id());
            }
          }
        }
      }
      if (words.isEmpty()) {
        continue;
      }
      List<Framing.OutletWords> row = new ArrayList<>();
      for (String outlet : new LinkedHashSet<>(outletOfArticle.values())) {
        LinkedHashSet<String> ws = words.get(outlet);
        row.add(new Framing.OutletWords(outlet, ws == null ? List.of() : List.copyOf(arts.get(outlet)),
            ws == null ? List.of() : List.copyOf(ws)));
      }
      out.add(new Framing(actor.entityId(), actor.name(), row));
    }
    return out;
  }

  static String clean(String t) {
    String s = Texts.oneLine(t).replaceAll("^[\"'\u201c\u201d\u2018\u2019(\\[]+|[\"'\u201c\u201d\u2018\u2019)\\],.;:]+$", "");
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    for (String art : new String[] {"the ", "a ", "an ", "another "}) {
      if (lower.startsWith(art)) {
        return s.substring(art.length()).strip();
      }
    }
    return s.strip();
  }
}
