package org.corroborate.ledger;

import java.util.List;
import java.util.Set;
import org.corroborate.claims.Terms;

/**
 * Words of responsibility, for matching a denial of responsibility ("denied being behind the attacks",
 * "any involvement", "any connection to the fighters") to the claims that put it on the denier ("a
 * Ukrainian group was responsible", "Mirevian-backed saboteurs"). Works on folded words
 * ({@link Terms#words}); stateless.
 */
final class Blame {
  private Blame() {}

  /** Words (or word beginnings, ending in '*') with which a denial is about responsibility. */
  private static final List<String> DENIED = List.of("responsib*", "behind", "involv*", "connect*", "link", "links",
      "linked", "ties", "role", "part", "orchestrat*", "sponsor*", "complicit*", "blame*", "organis*", "organiz*");

  /** Words with which a claim puts responsibility on someone. */
  private static final List<String> BLAMING = List.of("responsib*", "behind", "involv*", "orchestrat*", "sponsor*",
      "complicit*", "backed", "sent", "send", "sends", "ordered", "mastermind*", "directed",
      "funded");

  /** Terms of an attack ("raid", "strike", "incursion", "sabotage"): as {@link Terms#term} folds them. */
  private static final Set<String> ATTACK = Set.of(Terms.term("attack"), Terms.term("sabotage"));

  static boolean deniesResponsibility(List<String> words) {
    return any(words, DENIED);
  }

  /** How many words apart a name and a word of blame or attack may be to count as one phrase. */
  static final int WINDOW = 6;

  /**
   * The words put responsibility on the one named by {@code nameTerms}: a word of blame, or (when
   * {@code attackCounts}) of attack, within {@link #WINDOW} words of a word whose term names it.
   */
  static boolean putsOn(List<String> words, Set<String> nameTerms, boolean attackCounts) {
    List<Integer> names = new java.util.ArrayList<>();
    List<Integer> cues = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String t = Terms.term(w);
      if (nameTerms.contains(t)) {
        names.add(i);
      }
      if (matches(w, BLAMING) || attackCounts && ATTACK.contains(t)) {
        cues.add(i);
      }
    }
    for (int n : names) {
      for (int c : cues) {
        if (Math.abs(n - c) <= WINDOW) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean any(List<String> words, List<String> patterns) {
    for (String w : words) {
      if (matches(w, patterns)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String w, List<String> patterns) {
    for (String p : patterns) {
      if (p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p)) {
        return true;
      }
    }
    return false;
  }
}
