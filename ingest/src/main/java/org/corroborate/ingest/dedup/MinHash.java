package org.corroborate.ingest.dedup;

/**
 * MinHash signatures with LSH banding. The signature of a shingle set has one minimum per hash
 * function; two sets agree on a position with probability equal to their Jaccard similarity. The
 * signature is cut into {@code bands} bands of {@code rows} positions; each band hashes to one key,
 * and two sets sharing any key are candidates. With b bands of r rows, a pair of Jaccard similarity
 * s becomes a candidate with probability 1 - (1 - s^r)^b: a steep S-curve around (1/b)^(1/r).
 * Candidate retrieval is then an indexed key lookup, flat as the corpus grows. Thread-safe.
 */
public final class MinHash {
  private final int bands;
  private final int rows;
  private final long[] seeds;

  public MinHash(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1 || bands * rows > 1024) {
      throw new IllegalArgumentException("bands and rows must be >= 1 with bands*rows <= 1024, got "
          + bands + "x" + rows);
    }
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    long s = seed;
    for (int i = 0; i < seeds.length; i++) {
      s += 0x9e3779b97f4a7c15L;
      seeds[i] = Hashing.mix(s);
    }
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature: for each hash function, the minimum over the shingles. Empty input, empty output. */
  public long[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long sh : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Hashing.mix(sh ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** One key per band: the band's index and its rows hashed together. Empty signature, no keys. */
  public long[] bandKeys(long[] signature) {
    if (signature.length == 0) {
      return new long[0];
    }
    if (signature.length != seeds.length) {
      throw new IllegalArgumentException("signature of length " + signature.length + ", expected " + seeds.length);
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = Hashing.mix(0x51afd7ed558ccd00L + b);
      for (int r = 0; r < rows; r++) {
        h = Hashing.mix(h ^ signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The estimated probability that a pair of Jaccard similarity {@code s} becomes a candidate. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
