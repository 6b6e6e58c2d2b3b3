package org.corroborate.ingest.dedup;

/** 64-bit mixing shared by the shingler, the MinHash permutations and the LSH bands. */
final class Hashing {
  private Hashing() {}

  /** SplitMix64's finaliser: a bijection on longs that spreads every input bit over every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** FNV-1a over the chars of {@code s[from, to)}, then mixed. */
  static long hashChars(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }
}
