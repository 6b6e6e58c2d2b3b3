package org.corroborate.ingest.dedup;

import java.util.Arrays;

/**
 * Turns a text into its set of word shingles (runs of {@code size} consecutive words), each hashed to
 * 64 bits. Words are maximal runs of letters and digits, lower-cased, so punctuation, line wrapping
 * and case do not matter; order does. Thread-safe (stateless).
 */
public final class Shingler {
  private final int size;

  public Shingler(int size) {
    if (size < 1 || size > 16) {
      throw new IllegalArgumentException("shingle size must be 1..16 words, got " + size);
    }
    this.size = size;
  }

  public int size() {
    return size;
  }

  /** The hashed words of {@code text}, in order. */
  public static long[] words(String text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    StringBuilder word = new StringBuilder(24);
    int len = text.length();
    for (int i = 0; i <= len; ) {
      int cp = i < len ? text.codePointAt(i) : ' ';
      if (i < len && Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = Hashing.hashChars(word, 0, word.length());
        word.setLength(0);
      }
      i += i < len ? Character.charCount(cp) : 1;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The distinct shingle hashes of {@code text}, sorted ascending (so two sets intersect by a merge).
   * A text shorter than one shingle gives its words as one shingle, or nothing if it has no words.
   */
  public long[] shingles(String text) {
    long[] w = words(text);
    if (w.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, w.length - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x2545f4914f6cdd1dL;
      for (int j = i; j < Math.min(w.length, i + size); j++) {
        h = Hashing.mix(Long.rotateLeft(h, 23) ^ w[j]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int d = 0;
    for (int i = 0; i < out.length; i++) {
      if (d == 0 || out[i] != out[d - 1]) {
        out[d++] = out[i];
      }
    }
    return Arrays.copyOf(out, d);
  }

  /** |a ∩ b| for two sorted, distinct arrays. */
  public static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
