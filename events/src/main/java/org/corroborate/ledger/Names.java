package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.claims.Terms;

/**
 * Name normalisation for merging actors across articles: "the Belgorod Oblast" and "Belgorod region"
 * share the key "belgorod region"; "Governor of Belgorod Oblast" and "the Belgorod governor" share
 * the role key "governor|belgorod". Stateless.
 */
public final class Names {
  private Names() {}

  private static final Set<String> LEADING = Set.of("the", "a", "an");
  /** Words for an administrative region, folded to one so "X Oblast" = "X region". */
  private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "krai", "district", "raion");
  /** Role nouns, mapped to one form each. */
  private static final java.util.Map<String, String> ROLES = java.util.Map.ofEntries(
      java.util.Map.entry("governor", "governor"), java.util.Map.entry("spokesperson", "spokesperson"),
      java.util.Map.entry("spokesman", "spokesperson"), java.util.Map.entry("spokeswoman", "spokesperson"),
      java.util.Map.entry("president", "president"), java.util.Map.entry("adviser", "adviser"),
      java.util.Map.entry("advisor", "adviser"), java.util.Map.entry("minister", "minister"),
      java.util.Map.entry("mayor", "mayor"), java.util.Map.entry("commander", "commander"),
      java.util.Map.entry("ambassador", "ambassador"), java.util.Map.entry("chancellor", "chancellor"),
      java.util.Map.entry("premier", "premier"), java.util.Map.entry("secretary", "secretary"),
      java.util.Map.entry("leader", "leader"), java.util.Map.entry("chief", "chief"),
      java.util.Map.entry("head", "head"), java.util.Map.entry("prosecutor", "prosecutor"),
      java.util.Map.entry("king", "king"), java.util.Map.entry("queen", "queen"), java.util.Map.entry("pope", "pope"));

  /** The comparison key of a name: folded, no leading article or possessive, region words as "region". */
  public static String key(String name) {
    List<String> words = new ArrayList<>(Terms.words(name));
    while (!words.isEmpty() && LEADING.contains(words.get(0))) {
      words.remove(0);
    }
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(REGION_WORDS.contains(w) ? "region" : w);
    }
    return String.join(" ", out);
  }

  /** Number of words in a name key. */
  public static int tokens(String key) {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }

  /** The last word of a name key ("gladkov" for "vyacheslav gladkov"). */
  public static String lastWord(String key) {
    int i = key.lastIndexOf(' ');
    return i < 0 ? key : key.substring(i + 1);
  }

  /** The role nouns of a description, one form each ("Kremlin spokesman": "spokesperson"); empty when none. */
  public static Set<String> roleNouns(String description) {
    Set<String> out = new TreeSet<>();
    for (String w : Terms.words(description == null ? "" : description)) {
      String f = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
      String r = ROLES.get(f);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The role key of a description, or null: a role noun plus the named words that qualify it
   * ("the Governor of Belgorod Oblast" and "The Belgorod governor" give "governor|belgorod").
   * A role without a named qualifier ("the governor") says too little and gives null.
   */
  public static String roleKey(String description) {
    List<String> raw = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'\u2019-]+")
        .matcher(description == null ? "" : description);
    while (m.find()) {
      raw.add(m.group());
    }
    String role = null;
    Set<String> qualifiers = new TreeSet<>();
    for (String w : raw) {
      String f = Terms.fold(w);
      if (f.endsWith("'s")) {
        f = f.substring(0, f.length() - 2);
      }
      String r = ROLES.get(f);
      if (r != null) {
        if (role == null) {
          role = r;
        }
        continue;
      }
      if (Character.isUpperCase(w.charAt(0)) && !LEADING.contains(f) && !REGION_WORDS.contains(f)) {
        qualifiers.add(Terms.stem(f));
      }
    }
    if (role == null || qualifiers.isEmpty()) {
      return null;
    }
    return role + "|" + String.join(" ", qualifiers);
  }
}
