package org.corroborate.claims;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much a shared word says: {@link #UNIFORM} counts every word once; {@link #idf} weighs a word by
 * its inverse document frequency among a set of texts (the statements of one event), so words every
 * statement of the event uses ("troops", "town", "Russian") count for little and distinctive ones
 * ("shelled", "informed", "responsible") for much.
 */
@FunctionalInterface
public interface TermWeights {
  TermWeights UNIFORM = term -> 1.0;

  double weight(String term);

  /** Smoothed IDF, {@code ln((N + 1) / (df + 1)) + 1}: at least 1, unknown words weigh most. */
  static TermWeights idf(Collection<Set<String>> documents) {
    Map<String, Integer> df = new HashMap<>();
    for (Set<String> d : documents) {
      for (String t : d) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int n = documents.size();
    Map<String, Double> w = new HashMap<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      w.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 1.0)) + 1);
    }
    double unseen = Math.log(n + 1.0) + 1;
    Map<String, Double> frozen = Map.copyOf(w);
    return term -> frozen.getOrDefault(term, unseen);
  }
}
