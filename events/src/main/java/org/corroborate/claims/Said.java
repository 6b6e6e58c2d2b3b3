package org.corroborate.claims;

import java.util.List;
import java.util.Set;
import org.corroborate.model.Stance;

/**
 * One statement reduced to what grouping needs.
 *
 * @param claimantKey   who says it: a ledger entity id (the principal's, when the speaker speaks for
 *                      one), a normalised name, "author" or "unnamed"
 * @param denial        a denial (DENY stance, or a negated cue): it never groups with an assertion
 * @param meaning       the content's unit vector from a {@link org.corroborate.meaning.TextEmbedder},
 *                      or null when none was computed (then only words compare)
 * @param claimantWords the claimant's name as lower-case words ("stone", "roger"), for telling a
 *                      misread claimant ("Stone on Friday") from another person; empty when unknown
 * @param partMeanings  the vectors of the content's parts when it says several things, else empty
 * @param partNegations for each part, whether it is negated
 * @param direct        the content is a direct quotation
 */
public record Said(String claimantKey, Stance stance, boolean denial, Fingerprint content, float[] meaning,
    List<float[]> partMeanings, List<Boolean> partNegations, Set<String> claimantWords, boolean direct) {
  public Said {
    claimantWords = Set.copyOf(claimantWords);
    partMeanings = List.copyOf(partMeanings);
    partNegations = List.copyOf(partNegations);
    if (partNegations.size() != partMeanings.size()) {
      throw new IllegalArgumentException("one negation per part: " + partNegations.size() + " for " + partMeanings.size());
    }
  }

  /** A statement compared by its words alone. */
  public Said(String claimantKey, Stance stance, boolean denial, Fingerprint content) {
    this(claimantKey, stance, denial, content, null, List.of(), List.of(), Set.of(), false);
  }

  /**
   * @param vector the whole content's vector
   * @param parts     the vectors of its parts when it says several things (sentences of a quotation, the
   *                  parts of a quotation split by its attribution, clauses joined by "and that"); empty
   *                  when it is one part
   * @param negations for each part, whether it is negated
   */
  public Said withMeaning(float[] vector, List<float[]> parts, List<Boolean> negations) {
    return new Said(claimantKey, stance, denial, content, vector, parts, negations, claimantWords, direct);
  }

  public Said withClaimant(Set<String> words, boolean directQuote) {
    return new Said(claimantKey, stance, denial, content, meaning, partMeanings, partNegations, words, directQuote);
  }

  /** The same statement under another claimant key (to compare what two claimants say). */
  public Said withClaimantKey(String key) {
    return new Said(key, stance, denial, content, meaning, partMeanings, partNegations, claimantWords, direct);
  }

  /** An outlet's own voice or an unnamed source: no speaker to compare. */
  public boolean anonymous() {
    return claimantKey.equals("author") || claimantKey.equals("unnamed");
  }
}
