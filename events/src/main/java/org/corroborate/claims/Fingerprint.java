package org.corroborate.claims;

import java.util.List;
import java.util.Set;

/**
 * What a piece of text says, reduced for comparison: content terms (see {@link Terms}), named terms,
 * numbers, raw words (for quote overlap) and whether it is negated. Immutable.
 */
public record Fingerprint(Set<String> terms, Set<String> named, Set<Double> numbers, List<String> words, boolean negated) {
  public Fingerprint {
    terms = Set.copyOf(terms);
    named = Set.copyOf(named);
    numbers = Set.copyOf(numbers);
    words = List.copyOf(words);
  }

  public static Fingerprint of(String text) {
    return new Fingerprint(Terms.contentTerms(text), Terms.namedTerms(text), Terms.numbers(text),
        Terms.words(text), Terms.negated(text));
  }

  /** The same fingerprint with extra content terms (a denier's own name, for "X denied being behind it"). */
  public Fingerprint withTerms(Set<String> extra) {
    java.util.LinkedHashSet<String> t = new java.util.LinkedHashSet<>(terms);
    t.addAll(extra);
    return new Fingerprint(t, named, numbers, words, negated);
  }
}
