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
  private final long[] mul;
  private final long[] add;

  public MinHash(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1 || bands * rows > 1024) {
      throw new IllegalArgumentException("bands and rows must be >= 1 with bands*rows <= 1024, got "
          + bands + "x" + rows);
    }
    this.bands = bands;
    this.rows = rows;
    this.mul = new long[bands * rows];
    this.add = new long[bands * rows];
    long s = seed;
    for (int i = 0; i < mul.length; i++) {
      s += 0x9e3779b97f4a7c15L;
      mul[i] = Hashing.mix(s) | 1L; // odd: x -> a*x + b is a bijection on 64-bit words
      s += 0x9e3779b97f4a7c15L;
      add[i] = Hashing.mix(s);
    }
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /**
   * The signature: for each hash function, the minimum over the shingles. The functions are
   * multiply-add permutations of the (already well mixed) shingle hashes, keeping the high 32 bits:
   * one multiplication per shingle and function, and 32 bits make chance agreement negligible (2^-32).
   * Values are in [0, 2^32). Empty input, empty output.
   */
  public int[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return new int[0];
    }
    int n = mul.length;
    long[] min = new long[n];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long sh : shingles) {
      for (int i = 0; i < n; i++) {
        long h = (mul[i] * sh + add[i]) >>> 32;
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    int[] sig = new int[n];
    for (int i = 0; i < n; i++) {
      sig[i] = (int) min[i];
    }
    return sig;
  }

  /** The fraction of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
  public static double agreement(int[] a, int[] b) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("signatures of lengths " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return (double) same / a.length;
  }

  public int length() {
    return mul.length;
  }

  /** One key per band: the band's index and its rows hashed together. Empty signature, no keys. */
  public long[] bandKeys(int[] signature) {
    if (signature.length == 0) {
      return new long[0];
    }
    if (signature.length != mul.length) {
      throw new IllegalArgumentException("signature of length " + signature.length + ", expected " + mul.length);
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
