package org.corroborate.analysis.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.analysis.nlp.NlpDocument;

/**
 * How likely each (lower-cased) lemma is to be part of a cue, learned from tagged training
 * articles: {@code p = cueCount / (count + 1)}, kept for lemmas seen as cue at least twice.
 * A feature source, not a rule: the sequence model weighs it with everything else.
 */
public record CueLexicon(Map<String, Float> probability) {
  public CueLexicon {
    probability = Map.copyOf(probability);
  }

  /** Below this a lemma is not a cue candidate for the distance features. */
  public static final float CANDIDATE = 0.15f;

  public float p(String lowerLemma) {
    Float p = probability.get(lowerLemma);
    return p == null ? 0f : p;
  }

  public boolean candidate(String lowerLemma) {
    return p(lowerLemma) >= CANDIDATE;
  }

  /** Learns the lexicon from documents and their gold tag sequences (same order, same lengths). */
  public static CueLexicon learn(List<NlpDocument> docs, List<Tag[]> tags) {
    if (docs.size() != tags.size()) {
      throw new IllegalArgumentException("docs and tags differ in size");
    }
    Map<String, int[]> counts = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      NlpDocument doc = docs.get(d);
      Tag[] t = tags.get(d);
      for (int i = 0; i < t.length; i++) {
        int[] c = counts.computeIfAbsent(Features.lowerLemma(doc.tokens().get(i)), k -> new int[2]);
        c[0]++;
        if (t[i].role() == Tag.Role.CUE) {
          c[1]++;
        }
      }
    }
    Map<String, Float> p = new TreeMap<>();
    counts.forEach((lemma, c) -> {
      if (c[1] >= 2) {
        p.put(lemma, c[1] / (c[0] + 1f));
      }
    });
    return new CueLexicon(p);
  }
}
