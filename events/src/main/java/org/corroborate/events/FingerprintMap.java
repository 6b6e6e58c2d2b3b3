package org.corroborate.events;

/**
 * Strings to non-negative ints by 64-bit fingerprint, in two flat arrays with linear probing: a lookup
 * touches one or two cache lines however large the map grows, where a {@code HashMap<String, Integer>}
 * follows a node, a key string and its bytes. Several keys may share a fingerprint: {@link #find}
 * walks every entry with the fingerprint and lets the caller say which value is its key's (callers that
 * keep their keys check them; the vocabulary accepts a shared fingerprint as one term, see
 * {@link EventIndex}). Not thread-safe.
 */
final class FingerprintMap {
  private long[] keys = new long[1024]; // 0 = empty
  private int[] vals = new int[1024];
  private int size;

  /** A 64-bit fingerprint of {@code s}, never 0 (FNV-1a over the chars, then a 64-bit finaliser). */
  static long fingerprint(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** Decides whether a value found under a fingerprint belongs to the key looked up. */
  interface Check {
    boolean matches(int value);
  }

  /** The first value stored under {@code fp} that {@code check} accepts, or -1. */
  int find(long fp, Check check) {
    int mask = keys.length - 1;
    for (int i = slot(fp, mask); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == fp && (check == null || check.matches(vals[i]))) {
        return vals[i];
      }
    }
    return -1;
  }

  /** Adds {@code fp -> value} (an entry with the same fingerprint may exist already). */
  void add(long fp, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values must be >= 0, was " + value);
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(keys, vals, fp, value);
    size++;
  }

  int size() {
    return size;
  }

  private static int slot(long fp, int mask) {
    return (int) (fp ^ (fp >>> 32)) & mask;
  }

  private static void insert(long[] ks, int[] vs, long fp, int value) {
    int mask = ks.length - 1;
    int i = slot(fp, mask);
    while (ks[i] != 0) {
      i = (i + 1) & mask;
    }
    ks[i] = fp;
    vs[i] = value;
  }

  private void grow() {
    long[] nk = new long[keys.length * 2];
    int[] nv = new int[vals.length * 2];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        insert(nk, nv, keys[i], vals[i]);
      }
    }
    keys = nk;
    vals = nv;
  }
}
