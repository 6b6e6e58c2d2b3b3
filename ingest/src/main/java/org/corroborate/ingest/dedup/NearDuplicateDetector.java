package org.corroborate.ingest.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.corroborate.model.Article;
import org.corroborate.model.Syndication;
import org.corroborate.store.ArticleStore.NearDuplicateCandidate;

/**
 * Finds the article a new one was republished from (the same wire story with small edits, a new
 * headline, a trimmed ending or an added paragraph). Two steps, so the cost stays flat as the corpus
 * grows: {@link #fingerprint} gives the article's LSH keys, with which the store returns the few
 * stored articles that share one ({@code ArticleStore.nearDuplicateCandidates}), each with the sketch
 * stored with it ({@link #sketch}: MinHash signature and shingle count); {@link #match} screens them
 * on the sketches (estimated Jaccard and containment, with a margin), loads the text of those that
 * pass, verifies each on the exact shingle sets and keeps the best. Thread-safe.
 */
public final class NearDuplicateDetector {
  /** {@link Syndication#method()} of the links this detector makes. */
  public static final String METHOD = "minhash-shingles";

  private final NearDuplicateConfig config;
  private final Shingler shingler;
  private final MinHash minHash;
  private final int scheme;

  /** How far below the thresholds a sketch estimate may fall and still be verified (about 3 standard errors). */
  static final double SCREEN_MARGIN = 0.12;

  /** Candidates to ask the store for per article: the ones sharing the most LSH keys. */
  public static final int MAX_CANDIDATES = 100;

  /**
   * Candidates verified on their text per article, the highest estimated containment first: bounds
   * the work when many stored articles look alike (templated bulletins), where any of them will do.
   */
  public static final int MAX_VERIFIED = 8;

  public NearDuplicateDetector(NearDuplicateConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.shingler = new Shingler(config.shingleSize());
    this.minHash = new MinHash(config.bands(), config.rows(), config.seed());
    this.scheme = Long.hashCode(Hashing.mix(config.seed() * 31 + config.bands() * 1_000_003L
        + config.rows() * 1009L + config.shingleSize()));
  }

  public NearDuplicateConfig config() {
    return config;
  }

  /**
   * A text's shingles, MinHash signature and LSH keys.
   *
   * @param shingles  sorted distinct shingle hashes
   * @param signature the MinHash signature; empty for a text too short to compare
   * @param keys      the LSH band keys to store and to look up with; empty for a text too short to compare
   */
  public record Fingerprint(long[] shingles, int[] signature, long[] keys) {}

  public Fingerprint fingerprint(String text) {
    long[] sh = shingler.shingles(text);
    if (sh.length < config.minShingles()) {
      return new Fingerprint(sh, new int[0], new long[0]);
    }
    int[] sig = minHash.signature(sh);
    return new Fingerprint(sh, sig, minHash.bandKeys(sig));
  }

  /**
   * The sketch to store with an article: a scheme tag (so sketches of other settings are never
   * compared), the shingle count and the signature; null for a text too short to compare.
   */
  public byte[] sketch(Fingerprint fp) {
    if (fp.signature().length == 0) {
      return null;
    }
    ByteBuffer b = ByteBuffer.allocate(8 + 4 * fp.signature().length);
    b.putInt(scheme).putInt(fp.shingles().length);
    for (int v : fp.signature()) {
      b.putInt(v);
    }
    return b.array();
  }

  /**
   * Whether a candidate with this sketch could pass verification: its estimated Jaccard and
   * containment are within {@link #SCREEN_MARGIN} of the thresholds. A missing sketch, or one from
   * other settings, cannot be judged and passes.
   */
  boolean plausible(Fingerprint fp, byte[] sketch) {
    return estimatedContainment(fp, sketch) >= 0;
  }

  /**
   * The containment estimated from the sketch if the candidate is plausible; 1 when the sketch cannot
   * be judged (so it is verified first); -1 when it is screened out.
   */
  private double estimatedContainment(Fingerprint fp, byte[] sketch) {
    if (sketch == null || sketch.length != 8 + 4 * fp.signature().length) {
      return 1;
    }
    ByteBuffer b = ByteBuffer.wrap(sketch);
    if (b.getInt() != scheme) {
      return 1;
    }
    int count = b.getInt();
    if (count < config.minShingles()) {
      return -1;
    }
    int[] other = new int[fp.signature().length];
    for (int i = 0; i < other.length; i++) {
      other[i] = b.getInt();
    }
    double j = MinHash.agreement(fp.signature(), other);
    int a = fp.shingles().length;
    double containment = j * (a + count) / ((1 + j) * Math.min(a, count));
    boolean ok = j >= config.minJaccard() - SCREEN_MARGIN && containment >= config.minContainment() - SCREEN_MARGIN;
    return ok ? containment : -1;
  }

  /**
   * The best verified match among the candidates the store returned: screens them on their sketches,
   * loads those that pass with {@code load}, and verifies them as {@link #match(Fingerprint, Collection)}.
   */
  public Optional<Syndication> match(Fingerprint fp, List<NearDuplicateCandidate> candidates,
      Function<String, Optional<Article>> load) {
    if (fp.keys().length == 0 || candidates.isEmpty()) {
      return Optional.empty();
    }
    List<Map.Entry<NearDuplicateCandidate, Double>> ranked = new ArrayList<>();
    for (NearDuplicateCandidate c : candidates) {
      double estimate = estimatedContainment(fp, c.sketch());
      if (estimate >= 0) {
        ranked.add(Map.entry(c, estimate));
      }
    }
    // stable: equal estimates keep the store's order (most shared keys first)
    ranked.sort(Map.Entry.<NearDuplicateCandidate, Double>comparingByValue().reversed());
    List<Article> plausible = new ArrayList<>();
    for (Map.Entry<NearDuplicateCandidate, Double> e : ranked.subList(0, Math.min(MAX_VERIFIED, ranked.size()))) {
      load.apply(e.getKey().id()).ifPresent(plausible::add);
    }
    return match(fp, plausible);
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
