package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Channel;
import org.corroborate.model.Claimant;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.Entity;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Outlet;
import org.corroborate.model.Statement;
import org.corroborate.util.Demonyms;

/**
 * The independence unit of each statement. An article is its outlet's unit (syndicated copies joined
 * to their original, computed by the caller); but a statement the article attributes to another news
 * outlet ("..., the Guardian reported", "according to the state-run Vesta news agency", "told the ONIA
 * news agency") depends on that outlet, like a syndicated copy: its unit is that outlet's. The outlet
 * is read from the statement's channel, from the claimant of the statement it is reported through, or
 * from its own claimant, and is one when it is
 * <ul>
 *   <li>an outlet of the event, by name or domain brand ({@link Outlet#brand()}), or</li>
 *   <li>a news outlet named as such: the words or descriptions used for it say "news agency", "TV",
 *       "newspaper", ..., its name has the form of an outlet's name ("... Times", "... Information
 *       Agency"), or it is one of the world's wire services.</li>
 * </ul>
 * A generic source ("news agencies reported", "told Ukrainian media", "regional news outlets") names no
 * outlet and leaves the article's own unit. Not thread-safe; one per event.
 */
final class SourceUnits {
  /** Words that say a named thing is a news outlet. */
  private static final Pattern MEDIA_PHRASE = Pattern.compile(
      "\\b(?:news|press|information|wire) (?:agency|service)\\b|\\bnewspaper\\b|\\btelevision\\b"
      + "|\\bTV\\b|\\bradio\\b|\\bbroadcaster\\b|\\bnews (?:site|website|outlet|channel|network)\\b",
      Pattern.CASE_INSENSITIVE);
  /** The last word of many outlets' names. */
  private static final Set<String> OUTLET_HEADS = Set.of("times", "post", "herald", "gazette", "tribune", "journal",
      "telegraph", "guardian", "observer", "chronicle", "courier", "dispatch", "independent", "mail", "mirror",
      "express", "standard", "news", "review", "inquirer", "bulletin", "examiner", "sentinel", "monitor", "pravda",
      "izvestia", "kommersant", "vedomosti", "tv", "radio");
  /** Wire services and broadcasters known by a bare name. */
  private static final Set<String> WIRES = Set.of("reuters", "ap", "associated press", "afp", "agence france-presse",
      "agence france presse", "bloomberg", "interfax", "xinhua", "dpa", "efe", "ansa", "kyodo", "yonhap", "pti", "upi",
      "bbc", "cnn", "al jazeera", "tass", "ria novosti", "ria", "ukrinform", "unian", "anadolu");
  /** Words that are never an outlet's own name. */
  private static final Set<String> GENERIC = Set.of("news", "agency", "agencies", "media", "press", "outlet", "outlets",
      "newspaper", "newspapers", "tv", "television", "radio", "state-run", "state-owned", "state", "official",
      "the", "a", "an", "local", "regional", "national", "foreign", "international", "western", "independent",
      "reports", "reporters", "journalists", "channel", "channels", "service", "information", "wire");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019&.-]+");

  private final Aliases aliases;
  private final Map<String, Integer> articleUnits;
  private final Map<String, Integer> byBrand = new HashMap<>();
  private final Map<String, Integer> mediaUnits = new HashMap<>();
  private final Map<String, Map<String, Statement>> statementsById = new HashMap<>();
  private final Map<String, Map<String, Entity>> entitiesById = new HashMap<>();
  /** article id -> name keys and last names of its persons ("Bloomberg" the mayor is no wire service there). */
  private final Map<String, Set<String>> personNames = new HashMap<>();
  /** name key -> descriptions used for that name anywhere in the event. */
  private final Map<String, List<String>> descriptions = new HashMap<>();
  private int next;

  /**
   * @param articles     the event's articles
   * @param articleUnits each article's unit (its outlet, syndicated copies joined), ids from 0
   */
  SourceUnits(List<AnalyzedArticle> articles, Map<String, Integer> articleUnits, Aliases aliases) {
    this.aliases = aliases;
    this.articleUnits = Map.copyOf(articleUnits);
    this.next = articleUnits.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    for (AnalyzedArticle a : articles) {
      Outlet o = a.article().outlet();
      Integer unit = articleUnits.get(a.article().id());
      byBrand.putIfAbsent(o.brand(), unit);
      byBrand.putIfAbsent(brandOf(o.name()), unit);
      Map<String, Statement> sts = new HashMap<>();
      for (Statement s : a.statements()) {
        sts.put(s.id(), s);
      }
      statementsById.put(a.article().id(), sts);
      Map<String, Entity> ents = new HashMap<>();
      Set<String> persons = new java.util.HashSet<>();
      personNames.put(a.article().id(), persons);
      for (Entity e : a.entities()) {
        ents.put(e.id(), e);
        if (e.type() == org.corroborate.model.EntityType.PERSON) {
          for (Mention m : e.mentions()) {
            if (m.kind() == MentionKind.NAME && m.text() != null) {
              persons.add(key(m.text()));
              persons.add(Names.lastWord(key(m.text())));
            }
          }
        }
        List<String> words = new ArrayList<>(e.descriptors());
        words.add(EntityMerger.nz(e.name()));
        for (Mention m : e.mentions()) {
          if (m.kind() != MentionKind.PRONOUN && m.text() != null) {
            words.add(m.text());
          }
        }
        for (Mention m : e.mentions()) {
          if (m.kind() == MentionKind.NAME && m.text() != null) {
            descriptions.computeIfAbsent(key(m.text()), k -> new ArrayList<>()).addAll(words);
          }
        }
        descriptions.computeIfAbsent(key(EntityMerger.nz(e.name())), k -> new ArrayList<>()).addAll(words);
      }
      entitiesById.put(a.article().id(), ents);
    }
  }

  /** The independence unit of one statement of the event. */
  int of(Stated s) {
    String articleId = s.articleId();
    int own = articleUnits.getOrDefault(articleId, 0);
    Statement st = s.statement();
    List<Source> sources = new ArrayList<>();
    if (st.parentId() != null) {
      Statement parent = statementsById.getOrDefault(articleId, Map.of()).get(st.parentId());
      if (parent != null && parent.claimant() != null && parent.claimant().kind() == ClaimantKind.NAMED) {
        sources.add(source(articleId, parent.claimant()));
      }
    }
    Channel ch = st.channel();
    if (ch != null) {
      sources.add(new Source(ch.name(), ch.text(), List.of()));
    }
    if (s.channel() != null) {
      sources.add(new Source(s.channel(), s.channel(), List.of()));
    }
    if (st.claimant() != null && st.claimant().kind() == ClaimantKind.NAMED) {
      sources.add(source(articleId, st.claimant()));
    }
    Set<String> persons = personNames.getOrDefault(articleId, Set.of());
    for (Source src : sources) {
      if (persons.contains(key(core(src.name()))) || persons.contains(key(src.name()))) {
        continue; // a person the article names, not an outlet
      }
      Integer unit = unitOf(src);
      if (unit != null) {
        return unit;
      }
    }
    return own;
  }

  /** What the text says about one source: its name, its words, the descriptions of its entity. */
  private record Source(String name, String text, List<String> described) {}

  private Source source(String articleId, Claimant c) {
    List<String> described = new ArrayList<>();
    if (c.entityId() != null) {
      Entity e = entitiesById.getOrDefault(articleId, Map.of()).get(c.entityId());
      if (e != null && e.type() == org.corroborate.model.EntityType.PERSON) {
        return new Source(null, null, List.of()); // a person is a speaker, never an outlet
      }
      if (e != null) {
        described.addAll(e.descriptors());
        for (Mention m : e.mentions()) {
          if (m.kind() != MentionKind.PRONOUN && m.text() != null) {
            described.add(m.text());
          }
        }
      }
    }
    return new Source(c.name() != null ? c.name() : c.text(), c.text(), described);
  }

  /** The unit of the news outlet a source names, or null when it names none. */
  Integer unitOf(Source src) {
    String core = core(src.name());
    if (core.isEmpty()) {
      core = core(src.text());
    }
    if (core.isEmpty()) {
      return null; // "news agencies", "Ukrainian media": no outlet named
    }
    Integer event = byBrand.get(brandOf(core));
    if (event == null) {
      event = byBrand.get(brandOf(src.name()));
    }
    if (event != null) {
      return event;
    }
    if (!isMedia(src, core)) {
      return null;
    }
    String k = aliases.canonicalKey(key(src.name()));
    if (k.equals(key(src.name()))) {
      k = aliases.canonicalKey(key(core));
    }
    return mediaUnits.computeIfAbsent(k, x -> next++);
  }

  private boolean isMedia(Source src, String core) {
    String coreKey = key(core);
    if (WIRES.contains(coreKey) || WIRES.contains(key(src.name()))) {
      return true;
    }
    List<String> texts = new ArrayList<>();
    texts.add(src.name());
    texts.add(src.text());
    texts.addAll(src.described());
    texts.addAll(descriptions.getOrDefault(coreKey, List.of()));
    String canonical = aliases.canonicalKey(coreKey);
    if (!canonical.equals(coreKey)) {
      texts.add(canonical);
      texts.addAll(descriptions.getOrDefault(canonical, List.of()));
    }
    for (String t : texts) {
      if (t != null && MEDIA_PHRASE.matcher(t).find()) {
        return true;
      }
    }
    return Names.tokens(coreKey) >= 2 && OUTLET_HEADS.contains(Names.lastWord(coreKey));
  }

  /**
   * The part of a source's words that can name an outlet: the first run of capitalised words that is a
   * name, a single word neither generic nor a demonym ("the state-run ONIA news agency": "ONIA"; "the
   * Orvalian National Information Agency": all of it; "Ukrainian media", "news agencies": none;
   * "Economists polled by Northern Dispatch": "Economists", which is no outlet).
   */
  static String core(String name) {
    if (name == null) {
      return "";
    }
    List<String> run = new ArrayList<>();
    Matcher m = WORD.matcher(name);
    while (true) {
      boolean more = m.find();
      String w = more ? m.group().replaceAll("[.]+$", "") : "";
      boolean capital = !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
      boolean connective = !run.isEmpty() && (w.equals("of") || w.equals("&") || w.equals("de"));
      if (more && (capital || connective)) {
        run.add(w);
        continue;
      }
      while (!run.isEmpty() && (run.get(run.size() - 1).equals("of") || run.get(run.size() - 1).equals("&"))) {
        run.remove(run.size() - 1);
      }
      while (!run.isEmpty() && Set.of("the", "a", "an").contains(run.get(0).toLowerCase(Locale.ROOT))) {
        run.remove(0);
      }
      if (run.size() >= 2 || run.size() == 1 && !GENERIC.contains(run.get(0).toLowerCase(Locale.ROOT))
          && !isDemonym(run.get(0))) {
        return String.join(" ", run);
      }
      run.clear();
      if (!more) {
        return "";
      }
    }
  }

  private static boolean isDemonym(String w) {
    return w.length() > 4 && w.chars().skip(1).allMatch(Character::isLowerCase) && !Demonyms.stem(w).equals(w)
        && (w.endsWith("ian") || w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish"));
  }

  private static String key(String name) {
    return name == null ? "" : Names.key(name);
  }

  private static String brandOf(String name) {
    return name == null || name.isBlank() ? "" : new Outlet(name, null).brand();
  }
}
