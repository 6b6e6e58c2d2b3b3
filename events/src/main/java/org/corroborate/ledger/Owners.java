package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;
import org.corroborate.util.Demonyms;

/**
 * The state a role without an owner belongs to, read from where it is written: "the foreign ministry
 * spokesperson", "presidential spokesman Oskar Meddin", "its defence ministry" name no state, but a reader
 * takes the one the passage is about. That is the one state named in the sentence of the role and the
 * sentence before it, leaving out what statements say (a quotation naming another country is not the
 * speaker's owner); a capital named in the passage stands for its country ({@link Capitals}). A place
 * is a state when the event's articles use its adjective ("Mirevian" for Mirevia), which towns and
 * regions rarely have. Two states in the passage, or none, give no owner: the role then speaks for
 * itself, as before.
 * Immutable after construction; one per event.
 */
final class Owners {
  private static final Pattern ADJECTIVE = Pattern.compile("\\b\\p{Lu}\\p{L}+(?:ian|an|ese|ish|i|ic)\\b");

  /** A place mentioned outside any statement's content, with the state it stands for. */
  private record Place(int start, String state) {}

  private final Map<String, List<Place>> places = new HashMap<>();
  private final Map<String, List<Sentence>> sentences = new HashMap<>();

  /**
   * @param articles the event's articles
   * @param clusters the event's actors
   * @param gids     the ledger id of each cluster, same order
   * @param capitals capital name key to its country's stem ({@link Capitals#of})
   */
  Owners(List<AnalyzedArticle> articles, List<EntityMerger.Cluster> clusters, List<String> gids,
      Map<String, String> capitals) {
    Set<String> stems = new HashSet<>();
    for (AnalyzedArticle a : articles) {
      Matcher m = ADJECTIVE.matcher(a.article().text());
      while (m.find()) {
        String stem = Demonyms.stem(m.group());
        if (stem.length() >= 3 && !stem.equals(m.group())) {
          stems.add(stem);
        }
      }
    }
    Map<String, String> stateOf = new HashMap<>(); // articleId \0 entityId -> state gid
    for (int c = 0; c < clusters.size(); c++) {
      EntityMerger.Cluster cl = clusters.get(c);
      if (cl.type() != EntityType.GPE) {
        continue;
      }
      String country = capitals.get(cl.nameKey());
      String state = country != null ? countryGid(country, clusters, gids)
          : stems.stream().anyMatch(st -> Demonyms.names(st, cl.name())) ? gids.get(c) : null;
      if (state == null) {
        continue;
      }
      for (EntityMerger.Node n : cl.nodes()) {
        stateOf.put(n.articleId() + "\u0000" + n.entity().id(), state);
      }
    }
    for (AnalyzedArticle a : articles) {
      String id = a.article().id();
      List<Span> said = new ArrayList<>();
      for (Statement s : a.statements()) {
        if (s.content() != null) {
          said.add(s.content());
        }
      }
      List<Place> ps = new ArrayList<>();
      for (var e : a.entities()) {
        String state = stateOf.get(id + "\u0000" + e.id());
        if (state == null) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.span() != null && said.stream().noneMatch(s -> s.start() <= m.span().start() && m.span().end() <= s.end())) {
            ps.add(new Place(m.span().start(), state));
          }
        }
      }
      places.put(id, ps);
      sentences.put(id, a.sentences());
    }
  }

  /** The one state of the passage around {@code offset} in the article, or null. */
  String near(String articleId, int offset) {
    List<Sentence> ss = sentences.get(articleId);
    List<Place> ps = places.get(articleId);
    if (ss == null || ps == null || ps.isEmpty()) {
      return null;
    }
    int at = -1;
    for (int i = 0; i < ss.size(); i++) {
      Span sp = ss.get(i).span();
      if (sp.start() <= offset && offset < sp.end()) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    int from = ss.get(Math.max(0, at - 1)).span().start();
    int to = ss.get(at).span().end();
    Set<String> states = new LinkedHashSet<>();
    for (Place p : ps) {
      if (p.start() >= from && p.start() < to) {
        states.add(p.state());
      }
    }
    return states.size() == 1 ? states.iterator().next() : null;
  }

  /** The first mention of an actor in an article, or -1. */
  static int firstMention(org.corroborate.model.Entity e) {
    int best = -1;
    for (Mention m : e.mentions()) {
      if (m.span() != null && (best < 0 || m.span().start() < best)) {
        best = m.span().start();
      }
    }
    return best;
  }

  private static String countryGid(String stem, List<EntityMerger.Cluster> clusters, List<String> gids) {
    String found = null;
    for (int c = 0; c < clusters.size(); c++) {
      EntityMerger.Cluster cl = clusters.get(c);
      if (cl.type() == EntityType.GPE && Demonyms.names(stem, cl.name())) {
        if (found != null && !found.equals(gids.get(c))) {
          return null;
        }
        found = gids.get(c);
      }
    }
    return found;
  }
}
