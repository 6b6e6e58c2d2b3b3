package org.corroborate.meaning;

/** Small operations on dense float vectors. */
public final class Vectors {
  private Vectors() {}

  /** The dot product; the cosine for unit vectors. 0 when either is null. */
  public static double dot(float[] a, float[] b) {
    if (a == null || b == null) {
      return 0;
    }
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Scales {@code v} in place to length 1 and returns it; a zero vector stays zero. */
  public static float[] normalize(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }

  /** True when every component is zero (the vector of a text with no word). */
  public static boolean isZero(float[] v) {
    for (float x : v) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }
}
