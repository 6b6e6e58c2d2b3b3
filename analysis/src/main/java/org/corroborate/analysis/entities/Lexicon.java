package org.corroborate.analysis.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small curated word lists the rule-based readers use: places that speak for a government
 * ("Kyiv", "the Kremlin"), news agencies and platforms (channels, and names NER often mistypes),
 * role nouns ("governor"), group nouns ("militia") and titles ("President").
 *
 * <p>Immutable; {@link #standard()} loads the bundled lists once. Lists are generic, not tuned to any
 * one article. Lookups are case-insensitive on the written form.
 */
public final class Lexicon {

  /** A place in the gazetteer: its canonical name and whom it speaks for when used as an actor. */
  public record Place(String canonical, String actsFor) {}

  private static final class Holder {
    static final Lexicon STANDARD = load();
  }

  private final Map<String, Place> places;
  private final Map<String, String> agencies;
  private final Map<String, String> platforms;
  private final Set<String> roles;
  private final Set<String> groups;
  private final Set<String> titles;
  private final Set<String> female;
  private final Set<String> male;

  private Lexicon(Map<String, Place> places, Map<String, String> agencies, Map<String, String> platforms,
      Set<String> roles, Set<String> groups, Set<String> titles, Set<String> female, Set<String> male) {
    this.places = Map.copyOf(places);
    this.agencies = Map.copyOf(agencies);
    this.platforms = Map.copyOf(platforms);
    this.roles = Set.copyOf(roles);
    this.groups = Set.copyOf(groups);
    this.titles = Set.copyOf(titles);
    this.female = Set.copyOf(female);
    this.male = Set.copyOf(male);
  }

  /** The bundled lists (loaded on first use). */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  /** The gazetteer place for a name ("Kiev" -> Kyiv, the Ukrainian government), or null. */
  public Place place(String name) {
    return places.get(key(name));
  }

  /** The canonical news-agency name for a written name ("ITAR-TASS" -> "TASS"), or null. */
  public String agency(String name) {
    return agencies.get(key(name));
  }

  /** The canonical platform name ("VK" -> "VKontakte"), or null. */
  public String platform(String name) {
    return platforms.get(key(name));
  }

  /** Every written form of the news agencies (canonical names and aliases), longest first. */
  public List<String> agencyForms() {
    return forms(agencies);
  }

  /** Every written form of the platforms, longest first. */
  public List<String> platformForms() {
    return forms(platforms);
  }

  private static List<String> forms(Map<String, String> byKey) {
    List<String> out = new ArrayList<>(byKey.keySet());
    out.sort(java.util.Comparator.comparing(String::length).reversed().thenComparing(x -> x));
    return List.copyOf(out);
  }

  /** "female", "male" or null: the gender a given name usually has, to keep "she" off men and "he" off women. */
  public String gender(String givenName) {
    String k = key(givenName);
    return female.contains(k) ? "female" : male.contains(k) ? "male" : null;
  }

  /** A noun that describes a person by role ("governor", "spokesperson"). */
  public boolean isRole(String noun) {
    return roles.contains(key(noun)) || roles.contains(singular(key(noun)));
  }

  /** A noun that describes an organisation or armed group ("militia", "agency"). */
  public boolean isGroup(String noun) {
    return groups.contains(key(noun)) || groups.contains(singular(key(noun)));
  }

  /** A title written before a name ("President", "Gov."), matched case-sensitively on capitalised form. */
  public boolean isTitle(String word) {
    return titles.contains(key(word));
  }

  static String key(String s) {
    return s.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  static String singular(String noun) {
    if (noun.endsWith("ies") && noun.length() > 4) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 3) {
      return noun.substring(0, noun.length() - 1);
    }
    return noun;
  }

  private static Lexicon load() {
    Map<String, Place> places = new HashMap<>();
    for (String[] row : rows("places.tsv", 3)) {
      String canonical = "-".equals(row[1]) ? row[0] : row[1];
      places.put(key(row[0]), new Place(canonical, row[2]));
    }
    Map<String, String> agencies = aliases("agencies.tsv");
    Map<String, String> platforms = aliases("platforms.tsv");
    return new Lexicon(places, agencies, platforms, words("roles.txt"), words("groups.txt"), words("titles.txt"),
        words("female-names.txt"), words("male-names.txt"));
  }

  private static Map<String, String> aliases(String resource) {
    Map<String, String> out = new HashMap<>();
    for (String[] row : rows(resource, 2)) {
      out.put(key(row[0]), row[0]);
      if (!"-".equals(row[1])) {
        for (String alias : row[1].split("\\|")) {
          out.put(key(alias), row[0]);
        }
      }
    }
    return out;
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String[] row : rows(resource, 1)) {
      out.add(key(row[0]));
    }
    return out;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != columns) {
          throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " columns, got " + cols.length);
        }
        out.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
    return out;
  }
}
