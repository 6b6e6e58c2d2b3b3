package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.claims.Terms;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.util.Demonyms;

/**
 * Who an actor speaks for, read from the words the articles use for it: a spokesperson, press
 * secretary or minister speaks for the body or government named with the role ("Kremlin spokesperson
 * Dmitry Peskov": the Kremlin; "a spokesperson for Ukraine's military intelligence": Ukraine's military
 * intelligence); a ministry, army, intelligence service, presidency or the officials of a country speak
 * for its government ("the Mirevian foreign ministry": Mirevia; the Kremlin, "acting as the Russian
 * presidency": Russia). The chain is followed to its end, so a claim of Peskov, of the Kremlin and of
 * "Moscow" share one principal key, the country's actor.
 *
 * <p>Only these roles make a principal: a governor, mayor, president, adviser, commander or analyst
 * speaks as himself (a regional governor is not a spokesperson of the state), and an owner must be
 * named (by name, possessive or demonym): "a presidential spokesman", "its foreign ministry" or "the
 * army spokesman" name no one and leave the speaker as the principal. News agencies and media are
 * channels, never principals.
 *
 * <p><b>Across events.</b> A role outlives one story: when an event's words for an actor name no
 * principal ("an army spokesman") but other events of the ledger name one for the same ledger entity ("a
 * spokesman for the Orvalian army"), the ledger's {@link Roles} supply it. One per event; not thread-safe.
 */
final class Principals {
  /**
   * An actor's principal.
   *
   * @param key   the ledger key of the end of the chain: a ledger entity id, or "body:..." for a body
   *              no actor of the event names
   * @param name  its name as the ledger shows it ("Ukraine")
   * @param chain the names from the first principal to the last ("Ukraine's military intelligence",
   *              "Ukraine"), never empty
   */
  record Principal(String key, String name, List<String> chain) {
    Principal {
      chain = List.copyOf(chain);
    }
  }

  /** Role nouns of a person who speaks for someone else; folded forms, one or two words. */
  private static final Set<String> SPEAKER_ROLES = Set.of("spokesman", "spokesperson", "spokeswoman",
      "spokespeople", "spokespersons", "spokesmen", "spokeswomen", "press secretary", "press officer",
      "press service", "press office", "minister", "deputy minister");
  /** Words before "minister" that make a head of government, who speaks as himself. */
  private static final Set<String> HEAD_OF_GOVERNMENT = Set.of("prime", "first", "chief");
  /** Nouns of a body of a state or organisation. */
  private static final Set<String> BODY_NOUNS = Set.of("ministry", "agency", "department", "office", "military",
      "army", "forces", "intelligence", "presidency", "service", "services", "command", "staff", "navy",
      "police", "embassy", "cabinet", "administration", "directorate", "guard");
  /** Words of a group that fights or opposes a state: "Russian partisan forces" are not Russia's forces. */
  private static final Set<String> NON_STATE = Set.of("partisan", "partisans", "rebel", "rebels", "separatist",
      "separatists", "opposition", "volunteer", "volunteers", "insurgent", "insurgents", "militant", "militants",
      "militia", "exile", "exiles", "resistance", "underground", "guerrilla", "paramilitary", "private");
  /** Adjectives of a body: "presidential spokesman" speaks for the presidency. */
  private static final Map<String, String> BODY_ADJECTIVES = Map.of("presidential", "presidency");
  /** Nouns for the whole government of the owner: its principal is the owner itself. */
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "authorities", "officials", "leadership", "state");
  /** Words of media: a news agency, TV channel or newspaper is a channel, not a principal. */
  private static final Set<String> MEDIA_WORDS = Set.of("news", "press", "media", "newspaper", "tv", "television",
      "radio", "broadcaster", "outlet", "outlets", "wire");
  private static final Set<String> SKIP = Set.of("the", "a", "an", "one", "two", "its", "his", "her", "their", "our");
  private static final Set<String> LINKS = Set.of("for", "of", "at", "to", "from", "in");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019-]+");
  private static final Pattern ACTING = Pattern.compile("^acting as (?:the )?", Pattern.CASE_INSENSITIVE);

  private final Aliases aliases;
  private final List<EntityMerger.Cluster> clusters;
  private final List<String> gids;
  private final java.util.function.Function<String, String> names;
  private final Roles roles;
  private final Owners owners;
  /** gid -> the first link (a cluster's gid or a pseudo body), resolved lazily. */
  private final Map<String, Link> firstLink = new HashMap<>();
  private final Map<String, Principal> memo = new HashMap<>();

  /** One step of a chain: to an actor (gid) or to a body no actor names (key, name, then its owner's gid). */
  record Link(String key, String name, String next) {}

  /**
   * The ledger's first links by ledger entity: the words of all events, counted together. Filled by
   * every event's {@link #offer} before any event asks {@link #ofActor}; not thread-safe.
   */
  static final class Roles {
    private final Map<String, Votes> votes = new HashMap<>();

    /** No roles from other events (an event read alone). */
    static Roles none() {
      return new Roles();
    }

    void add(String gid, Votes counted) {
      votes.computeIfAbsent(gid, g -> new Votes()).addAll(counted);
    }

    Votes of(String gid) {
      return votes.getOrDefault(gid, new Votes());
    }
  }

  /**
   * Links counted for one actor, apart by how they were read: named in the words ("a spokesman for the
   * Orvalian army") or taken from the passage ({@link Owners}: "the army spokesman" where one state is
   * named). Words outrank passages.
   */
  static final class Votes {
    final Map<Link, Integer> named = new LinkedHashMap<>();
    final Map<Link, Integer> passage = new LinkedHashMap<>();

    void addAll(Votes o) {
      o.named.forEach((l, n) -> named.merge(l, n, Integer::sum));
      o.passage.forEach((l, n) -> passage.merge(l, n, Integer::sum));
    }

    boolean isEmpty() {
      return named.isEmpty() && passage.isEmpty();
    }

    static Link best(Map<Link, Integer> v) {
      return v.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
  }

  private static final Link NONE = new Link(null, null, null);

  /**
   * @param clusters the event's actors
   * @param gids     the ledger id of each cluster, same order (several clusters may share one)
   * @param names    ledger id to the name the ledger shows (any ledger entity, not only this event's)
   * @param roles    the ledger's roles, for actors this event's words give no principal
   */
  Principals(List<EntityMerger.Cluster> clusters, List<String> gids, java.util.function.Function<String, String> names,
      Aliases aliases, Roles roles, Owners owners) {
    if (clusters.size() != gids.size()) {
      throw new IllegalArgumentException("one ledger id per cluster: " + clusters.size() + " vs " + gids.size());
    }
    this.clusters = List.copyOf(clusters);
    this.gids = List.copyOf(gids);
    this.names = java.util.Objects.requireNonNull(names, "names");
    this.aliases = aliases;
    this.roles = java.util.Objects.requireNonNull(roles, "roles");
    this.owners = java.util.Objects.requireNonNull(owners, "owners");
  }

  /** Gives the ledger's roles what this event's words say of each of its actors. */
  void offer() {
    for (String gid : new LinkedHashSet<>(gids)) {
      Votes v = localVotes(gid);
      if (!v.isEmpty()) {
        roles.add(gid, v);
      }
    }
  }

  /** The principal of an event actor by its ledger id, or null when it speaks for itself. */
  Principal ofActor(String gid) {
    if (gid == null) {
      return null;
    }
    if (memo.containsKey(gid)) {
      return memo.get(gid);
    }
    Principal p = follow(link(gid), new LinkedHashSet<>(List.of(gid)));
    memo.put(gid, p);
    return p;
  }

  /**
   * The principal of a claimant known only by its words ("a spokesperson for the Mirevian foreign
   * ministry"), or null.
   */
  Principal ofText(String written) {
    return ofText(written, null, -1);
  }

  /**
   * The principal of a claimant known only by its words, written at {@code offset} of an article:
   * a body with no owner ("its foreign ministry") takes the state of the passage ({@link Owners}).
   */
  Principal ofText(String written, String articleId, int offset) {
    if (written == null) {
      return null;
    }
    java.util.function.Supplier<String> context = articleId == null || offset < 0 ? null : () -> owners.near(articleId, offset);
    Link l = parse(written, null, true, context);
    if (l == null && context != null) {
      l = parse(written, null, false, context);
    }
    return l == null ? null : follow(l, new LinkedHashSet<>());
  }

  private Principal follow(Link first, Set<String> seen) {
    if (first == null || first == NONE) {
      return null;
    }
    List<String> chain = new ArrayList<>();
    Link l = first;
    String key = null;
    String name = null;
    for (int depth = 0; l != null && l != NONE && depth < 6; depth++) {
      if (l.key().startsWith("body:")) {
        if (!seen.add(l.key())) {
          break;
        }
        chain.add(l.name());
        key = l.key();
        name = l.name();
        l = l.next() == null ? null : new Link(l.next(), names.apply(l.next()), null);
        continue;
      }
      if (!seen.add(l.key())) {
        break;
      }
      chain.add(l.name());
      key = l.key();
      name = l.name();
      l = link(l.key());
    }
    return key == null ? null : new Principal(key, name, chain);
  }

  /**
   * The first link of an actor, the most frequent (ties to the first seen) of: the links this event's
   * words name for it; else those the words of the ledger's other events name; else those read from the
   * passages where it is written, counted over the whole ledger (a person's owner is one, wherever he
   * speaks), else over this event.
   */
  private Link link(String gid) {
    Link cached = firstLink.get(gid);
    if (cached != null) {
      return cached;
    }
    firstLink.put(gid, NONE); // guards against cycles while resolving
    Votes local = localVotes(gid);
    Votes ledger = roles.of(gid);
    Link best = Votes.best(local.named);
    if (best == null) {
      best = Votes.best(ledger.named);
    }
    if (best == null) {
      best = Votes.best(ledger.passage);
    }
    if (best == null) {
      best = Votes.best(local.passage);
    }
    best = best == null ? NONE : best;
    firstLink.put(gid, best);
    return best;
  }

  /** How often each first link is named by the words this event uses for an actor, or read from their passages. */
  private Votes localVotes(String gid) {
    Votes votes = new Votes();
    for (int c = 0; c < clusters.size(); c++) {
      if (!gids.get(c).equals(gid)) {
        continue;
      }
      EntityMerger.Cluster cl = clusters.get(c);
      boolean person = cl.type() == EntityType.PERSON;
      for (EntityMerger.Node n : cl.nodes()) {
        int first = Owners.firstMention(n.entity());
        boolean[] read = new boolean[1]; // set when the passage gave the owner
        java.util.function.Supplier<String> context = first < 0 ? null : () -> {
          String o = owners.near(n.articleId(), first);
          read[0] |= o != null;
          return o;
        };
        List<String> texts = new ArrayList<>(n.entity().descriptors());
        for (Mention m : n.entity().mentions()) {
          if (m.kind() == MentionKind.NOMINAL && m.text() != null) {
            texts.add(m.text());
          }
        }
        for (String t : texts) {
          read[0] = false;
          boolean selfDescription = ACTING.matcher(t.strip()).find();
          Link l = parse(ACTING.matcher(t.strip()).replaceFirst(""), gid, !selfDescription, context);
          if (l == null && !person) {
            l = parse(ACTING.matcher(t.strip()).replaceFirst(""), gid, false, context); // "the Orvalian defence ministry"
          }
          if (l != null) {
            (read[0] ? votes.passage : votes.named).merge(l, 1, Integer::sum);
          }
        }
        if (!person) { // "Ukrainian Defence Ministry" as a name
          Link l = parse(EntityMerger.nz(n.entity().name()), gid, false, null);
          if (l != null) {
            votes.named.merge(l, 1, Integer::sum);
          }
        }
      }
    }
    return votes;
  }

  /**
   * The first link named by a description, or null.
   *
   * @param self       the actor described (never its own principal), or null
   * @param asSpeaker  true to read it as a person's role ("Kremlin spokesperson"); false to read it as
   *                   a body's own name ("the Orvalian defence ministry")
   */
  private Link parse(String text, String self, boolean asSpeaker, java.util.function.Supplier<String> context) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    List<String> phrase;
    if (asSpeaker) {
      int role = -1;
      int roleLen = 0;
      for (int i = 0; i < words.size() && role < 0; i++) {
        String two = i + 1 < words.size() ? fold(words.get(i)) + " " + fold(words.get(i + 1)) : null;
        if (two != null && SPEAKER_ROLES.contains(two)) {
          role = i;
          roleLen = 2;
        } else if (SPEAKER_ROLES.contains(fold(words.get(i)))
            && !(i > 0 && HEAD_OF_GOVERNMENT.contains(fold(words.get(i - 1))))) {
          role = i; // not "Prime Minister": a head of government speaks as himself, like a president
          roleLen = 1;
        }
      }
      if (role < 0) {
        return null;
      }
      phrase = new ArrayList<>(words.subList(0, role));
      stripLeading(phrase);
      if (phrase.isEmpty() || phrase.stream().allMatch(w -> Character.isLowerCase(w.charAt(0)) && !BODY_NOUNS.contains(fold(w)))) {
        // "a spokesperson for Ukraine's military intelligence": the phrase after the role
        int i = role + roleLen;
        if (i < words.size() && LINKS.contains(fold(words.get(i)))) {
          List<String> after = new ArrayList<>(words.subList(i + 1, words.size()));
          stripLeading(after);
          phrase = after;
        } else if (phrase.isEmpty()) {
          return null;
        }
      }
    } else {
      phrase = new ArrayList<>(words);
      stripLeading(phrase);
    }
    return resolvePhrase(phrase, self, asSpeaker, context);
  }

  private static void stripLeading(List<String> phrase) {
    while (!phrase.isEmpty() && SKIP.contains(fold(phrase.get(0)))) {
      phrase.remove(0);
    }
  }

  /**
   * @param context the state of the passage where the words are written, asked only for a body with no
   *                owner in the words ("the foreign ministry", "presidential"); null when unknown
   */
  private Link resolvePhrase(List<String> phrase, String self, boolean asSpeaker, java.util.function.Supplier<String> context) {
    if (phrase.isEmpty() || phrase.size() > 8) {
      return null;
    }
    // the whole phrase names an actor: "Kremlin spokesperson", "a spokesman for the Free Orvalia Brigade"
    if (asSpeaker) {
      String whole = actorNamed(String.join(" ", phrase), self);
      if (whole != null) {
        return new Link(whole, names.apply(whole), null);
      }
    }
    for (String w : phrase) {
      String f = fold(w);
      if (MEDIA_WORDS.contains(f)) {
        return null; // "the state-run ONIA news agency": a channel
      }
      if (NON_STATE.contains(f) || f.startsWith("anti-") || f.startsWith("pro-")) {
        return null; // "Russian partisan forces", "anti-Kremlin militia"
      }
    }
    String owner = null;
    String ownerWritten = null;
    List<String> body = new ArrayList<>();
    boolean bodyNoun = false;
    boolean government = false;
    List<String> proper = new ArrayList<>();
    for (int i = 0; i < phrase.size(); i++) {
      String w = phrase.get(i);
      String f = fold(w);
      boolean possessive = f.endsWith("'s") || f.endsWith("\u2019s");
      String bare = possessive ? w.substring(0, w.length() - 2) : w;
      if (LINKS.contains(f)) {
        continue; // "the foreign ministry of Mirevia"
      }
      if (GOVERNMENT_NOUNS.contains(f)) {
        government = true;
        continue;
      }
      if (BODY_ADJECTIVES.containsKey(f)) {
        body.add(BODY_ADJECTIVES.get(f)); // "presidential spokesman": the presidency's
        bodyNoun = true;
        continue;
      }
      if (BODY_NOUNS.contains(f) && !(Character.isUpperCase(w.charAt(0)) && possessive)) {
        body.add(f);
        bodyNoun = true;
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        proper.add(bare);
        if (possessive) {
          String gid = actorNamed(String.join(" ", proper), self);
          if (gid != null) {
            owner = gid;
            ownerWritten = String.join(" ", proper);
          }
          proper.clear();
        }
        continue;
      }
      body.add(f);
    }
    if (owner == null && !proper.isEmpty()) {
      String joined = String.join(" ", proper);
      String gid = actorNamed(joined, self);
      if (gid == null && proper.size() == 1) {
        gid = countryOf(proper.get(0), self);
      }
      if (gid == null && proper.size() > 1) {
        gid = countryOf(proper.get(0), self); // "Ukrainian Armed Forces" read as words: the owner is the demonym
      }
      if (gid != null) {
        owner = gid;
        ownerWritten = joined;
      }
    }
    if (owner == null && bodyNoun && proper.isEmpty() && context != null) {
      owner = context.get(); // "the foreign ministry spokesperson", "its defence ministry": the passage's state
      ownerWritten = owner == null ? null : names.apply(owner);
    }
    if (owner == null || owner.equals(self) || !asSpeaker && !bodyNoun && !government) {
      return null; // a body's own name must say it is one ("Russian Supreme Court" does not speak for Russia)
    }
    if (!asSpeaker || government || !bodyNoun) {
      // the body is the described actor itself, the whole government, or a minister of the owner
      return new Link(owner, names.apply(owner), null);
    }
    // "Ukraine's military intelligence": a body no actor names, then its owner
    List<String> kept = new ArrayList<>();
    for (String b : body) {
      if (!b.contains("-")) {
        kept.add(b);
      }
    }
    String bodyPhrase = String.join(" ", kept.isEmpty() ? body : kept);
    String ownerName = java.util.Objects.requireNonNullElse(names.apply(owner), ownerWritten);
    return new Link("body:" + owner + "|" + bodyPhrase, ownerName + "\u2019s " + bodyPhrase, owner);
  }

  /** The ledger id of the one event actor with this name (user aliases applied), other than self; else null. */
  private String actorNamed(String name, String self) {
    String key = aliases.canonicalKey(Names.key(name));
    if (key.isEmpty()) {
      return null;
    }
    String found = null;
    for (int c = 0; c < clusters.size(); c++) {
      EntityMerger.Cluster cl = clusters.get(c);
      if (cl.nameKeys().contains(key) || cl.nameKey().equals(key)) {
        String gid = gids.get(c);
        if (gid.equals(self)) {
          continue;
        }
        if (found != null && !found.equals(gid)) {
          return null; // two actors of that name: say nothing
        }
        found = gid;
      }
    }
    return found;
  }

  /** The one place actor that a demonym ("Ukrainian", "Mirevian") names, else null. */
  private String countryOf(String adjective, String self) {
    String stem = Demonyms.stem(adjective);
    if (stem.equals(adjective) || stem.length() < 3) {
      return null;
    }
    // places first; then, when none, a country name the analyser typed as a person ("Orvalia said")
    for (boolean places : new boolean[] {true, false}) {
      String found = null;
      boolean ambiguous = false;
      for (int c = 0; c < clusters.size(); c++) {
        EntityMerger.Cluster cl = clusters.get(c);
        boolean place = cl.type() == EntityType.GPE || cl.type() == EntityType.LOCATION;
        if (place != places || !places && cl.type() != EntityType.PERSON || !Demonyms.names(stem, cl.name())) {
          continue;
        }
        String gid = gids.get(c);
        if (gid.equals(self)) {
          continue;
        }
        ambiguous |= found != null && !found.equals(gid);
        found = gid;
      }
      if (found != null) {
        return ambiguous ? null : found;
      }
    }
    return null;
  }

  private static String fold(String w) {
    return Terms.fold(w).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
