package org.corroborate.ledger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;

/**
 * One place under its administrative names: "Belgorod region", "Belgorod Oblast", "the Belgorod
 * province" and "Belgorodskaya oblast" are one region, and "Belgorod" alone is that region too unless
 * the text says it is a settlement ("the city of Belgorod", "Belgorod city", a descriptor "regional
 * capital"): a region and its capital city share the name, and only the text can tell them apart.
 * Stateless.
 */
final class Places {
  private Places() {}

  /** Adjectival endings of East Slavic region names before "oblast" ("Belgorodskaya", "Kharkivska"). */
  private static final Pattern SLAVIC_ADJECTIVE = Pattern.compile("(?:skaya|skiy|skyi|skij|ska|sky|ski)$");
  private static final Set<String> SETTLEMENT_WORDS = Set.of("city", "town", "village", "settlement", "capital",
      "hamlet", "suburb", "port", "municipality");
  private static final Pattern SETTLEMENT_BEFORE = Pattern.compile(
      "(?:city|town|village|settlement|hamlet|capital|port) of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SETTLEMENT_AFTER = Pattern.compile("^\\s+(?:city|town)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Words of a region whose name is the rest: "district" is not one of them (a district of a town, a
   * court's "U.S. District"), though {@link Names#key} folds it with them.
   */
  private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "krai", "raion", "governorate",
      "prefecture", "voivodeship", "okrug");

  /** True when a name as written is "X region"/"X Oblast"/"region of X" (not "X district"). */
  static boolean regionName(String written) {
    List<String> w = new java.util.ArrayList<>(org.corroborate.claims.Terms.words(written == null ? "" : written));
    while (!w.isEmpty() && Set.of("the", "a", "an").contains(w.get(0))) {
      w.remove(0);
    }
    return w.size() >= 2 && (REGION_WORDS.contains(w.get(w.size() - 1))
        || REGION_WORDS.contains(w.get(0)) && w.size() >= 3 && w.get(1).equals("of"));
  }

  /** True for a name key that ends (or starts) with a folded region word ({@link Names#key}: "belgorod region"). */
  static boolean regional(String nameKey) {
    List<String> w = List.of(nameKey.split(" "));
    return w.size() >= 2 && (w.get(w.size() - 1).equals("region") || w.get(0).equals("region") && w.size() >= 3
        && w.get(1).equals("of"));
  }

  /**
   * The keys a place name stands for without its region word: "belgorod region" gives "belgorod";
   * "belgorodskaya region" gives "belgorod" and "belgorodsk"; a key with no region word gives itself.
   */
  static Set<String> baseKeys(String nameKey) {
    Set<String> out = new LinkedHashSet<>();
    if (!regional(nameKey)) {
      out.add(nameKey);
      return out;
    }
    String rest = nameKey.endsWith(" region") ? nameKey.substring(0, nameKey.length() - " region".length())
        : nameKey.substring("region of ".length());
    out.add(rest);
    java.util.regex.Matcher m = SLAVIC_ADJECTIVE.matcher(rest);
    if (m.find() && m.start() >= 3) {
      out.add(rest.substring(0, m.start())); // Belgorodskaya -> Belgorod
      out.add(rest.substring(0, m.start() + 2)); // Donetskaya -> Donetsk
    }
    return out;
  }

  /** True when the entity can be a place: typed as one, or named "X Oblast" (typed otherwise by mistake). */
  static boolean placeLike(Entity e, String nameKey) {
    return e.type() == EntityType.GPE || e.type() == EntityType.LOCATION
        || e.type() != EntityType.PERSON && regional(nameKey);
  }

  /** True when the article says the entity is a settlement: a descriptor or the words around a name mention. */
  static boolean settlement(Entity e, String text) {
    for (String d : e.descriptors()) {
      for (String w : d.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (SETTLEMENT_WORDS.contains(w)) {
          return true;
        }
      }
    }
    for (Mention m : e.mentions()) {
      if (m.kind() == MentionKind.NOMINAL) {
        for (String w : EntityMerger.nz(m.text()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (SETTLEMENT_WORDS.contains(w)) {
            return true;
          }
        }
      }
      if (m.kind() != MentionKind.NAME || m.span() == null || text == null || m.span().start() < 0
          || m.span().end() > text.length() || m.span().start() > m.span().end()) {
        continue;
      }
      String before = text.substring(Math.max(0, m.span().start() - 24), m.span().start());
      String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 8));
      if (SETTLEMENT_BEFORE.matcher(before).find() || SETTLEMENT_AFTER.matcher(after).find()) {
        return true;
      }
    }
    return false;
  }
}
