package org.corroborate.ingest.dedup;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.Syndication;

/**
 * Finds the article a new one was republished from (the same wire story with small edits, a new
 * headline, a trimmed ending or an added paragraph). Two steps, so the cost stays flat as the corpus
 * grows: {@link #fingerprint} gives the article's LSH keys, with which the store returns the few
 * stored articles that share one ({@code ArticleStore.nearDuplicateCandidates}); {@link #match} then
 * verifies each candidate on the exact shingle sets and keeps the best. Thread-safe.
 */
public final class NearDuplicateDetector {
  /** {@link Syndication#method()} of the links this detector makes. */
  public static final String METHOD = "minhash-shingles";

  private final NearDuplicateConfig config;
  private final Shingler shingler;
  private final MinHash minHash;

  public NearDuplicateDetector(NearDuplicateConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.shingler = new Shingler(config.shingleSize());
    this.minHash = new MinHash(config.bands(), config.rows(), config.seed());
  }

  public NearDuplicateConfig config() {
    return config;
  }

  /**
   * A text's shingles and LSH keys.
   *
   * @param shingles sorted distinct shingle hashes
   * @param keys     the LSH band keys to store and to look up with; empty for a text too short to compare
   */
  public record Fingerprint(long[] shingles, long[] keys) {}

  public Fingerprint fingerprint(String text) {
    long[] sh = shingler.shingles(text);
    if (sh.length < config.minShingles()) {
      return new Fingerprint(sh, new long[0]);
    }
    return new Fingerprint(sh, minHash.bandKeys(minHash.signature(sh)));
  }

  /**
   * The best verified match among {@code candidates} for a text with fingerprint {@code fp}: the
   * candidate with the highest containment (ties: the first given), if it reaches the thresholds. The
   * link points at the candidate's own original when the candidate is itself a copy, so every copy of
   * a story links to the same root; the similarity is the one measured against the matched candidate.
   */
  public Optional<Syndication> match(Fingerprint fp, Collection<Article> candidates) {
    if (fp.keys().length == 0 || candidates.isEmpty()) {
      return Optional.empty();
    }
    Article best = null;
    double bestContainment = -1;
    for (Article c : candidates) {
      long[] other = shingler.shingles(c.text());
      if (other.length < config.minShingles()) {
        continue;
      }
      Similarity s = similarity(fp.shingles(), other);
      if (s.containment() >= config.minContainment() && s.jaccard() >= config.minJaccard()
          && s.containment() > bestContainment) {
        best = c;
        bestContainment = s.containment();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String root = best.syndication() != null ? best.syndication().originalId() : best.id();
    return Optional.of(new Syndication(root, Math.round(bestContainment * 1000) / 1000.0, METHOD));
  }

  /** Containment (of the smaller set in the larger) and Jaccard similarity of two shingle sets. */
  public record Similarity(double containment, double jaccard) {}

  public static Similarity similarity(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return new Similarity(0, 0);
    }
    int inter = Shingler.intersectionSize(a, b);
    int union = a.length + b.length - inter;
    return new Similarity((double) inter / Math.min(a.length, b.length), (double) inter / union);
  }
}
