package org.corroborate.ingest.dedup;

/**
 * Settings of the near-duplicate detector, each checked when set.
 *
 * <p>Defaults ({@link #DEFAULTS}): 4-word shingles; 144 MinHash functions in 48 bands of 3 rows, so a
 * pair of Jaccard 0.5 becomes a candidate with probability 0.998, 0.3 with 0.73, and 0.1 with 0.05; a
 * candidate is accepted when at least {@code minContainment} (0.5) of the smaller text's shingles are in
 * the larger one (containment, so a copy with its ending trimmed still matches) and their Jaccard is at
 * least {@code minJaccard} (0.2: distinct articles on one topic that quote the same statement share
 * shingles but stay below it); texts with fewer than {@code minShingles} (12) shingles are not compared
 * (too short to tell a copy from a shared quote). Chosen on {@link SyndicationFixtures} (copies with
 * 2-8% of words edited plus trims and insertions score containment 0.44-1.0, Jaccard 0.28-1.0; distinct
 * same-topic articles at most 0.43 and 0.19).
 *
 * <p>The keys are stored with each article, so changing {@code shingleSize}, {@code bands},
 * {@code rows} or {@code seed} makes new articles miss the keys of those stored before: keep them fixed
 * for a store.
 */
public record NearDuplicateConfig(
    int shingleSize, int bands, int rows, long seed, double minContainment, double minJaccard, int minShingles) {

  public static final NearDuplicateConfig DEFAULTS = new NearDuplicateConfig(4, 48, 3, 0x5eed_c0ffeeL, 0.5, 0.2, 12);

  public NearDuplicateConfig {
    if (shingleSize < 1 || shingleSize > 16) {
      throw new IllegalArgumentException("shingleSize must be 1..16, got " + shingleSize);
    }
    if (bands < 1 || rows < 1 || bands * rows > 1024) {
      throw new IllegalArgumentException("bands and rows must be >= 1 with bands*rows <= 1024, got "
          + bands + " bands x " + rows + " rows");
    }
    if (!(minContainment > 0 && minContainment <= 1)) {
      throw new IllegalArgumentException("minContainment must be in (0, 1], got " + minContainment);
    }
    if (!(minJaccard >= 0 && minJaccard <= 1)) {
      throw new IllegalArgumentException("minJaccard must be in [0, 1], got " + minJaccard);
    }
    if (minShingles < 1) {
      throw new IllegalArgumentException("minShingles must be >= 1, got " + minShingles);
    }
  }
}
