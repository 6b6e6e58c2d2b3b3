package org.corroborate.analysis.attribution;

/**
 * 64-bit feature keys from a template name and its parts, without building strings (feature
 * extraction is the tagger's main cost). Distinct features collide only when their parts' 32-bit
 * hash codes and lengths coincide, which is rare and merely merges two weak features.
 */
final class Hash {
  private Hash() {}

  private static final long M1 = 0x9E3779B97F4A7C15L;
  private static final long M2 = 0xC2B2AE3D27D4EB4FL;

  static long of(String name) {
    return fin(start(name));
  }

  static long of(String name, String a) {
    return fin(mix(start(name), a));
  }

  static long of(String name, String a, String b) {
    return fin(mix(mix(start(name), a), b));
  }

  static long of(String name, String a, String b, String c) {
    return fin(mix(mix(mix(start(name), a), b), c));
  }

  static long of(String name, String a, String b, int c) {
    return fin(mix(mix(mix(start(name), a), b), c));
  }

  static long of(String name, int a, String b) {
    return fin(mix(mix(start(name), a), b));
  }

  private static long start(String name) {
    return name.hashCode() * M1 + 0x632BE59BD9B4E019L;
  }

  private static long mix(long h, String s) {
    h ^= (s.hashCode() & 0xffffffffL) | ((long) s.length() << 32);
    return h * M2;
  }

  private static long mix(long h, int v) {
    h ^= v * 0x165667B19E3779F9L + 0x27D4EB2F165667C5L;
    return h * M2;
  }

  private static long fin(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
