package org.corroborate.events;

import java.util.Arrays;

/** A sparse vector: term ids strictly ascending, with weights. Mutable only inside this package. */
final class SparseVec {
  int[] ids;
  float[] w;
  int size;

  SparseVec(int[] ids, float[] w, int size) {
    this.ids = ids;
    this.w = w;
    this.size = size;
  }

  static SparseVec empty() {
    return new SparseVec(new int[0], new float[0], 0);
  }

  /** Adds {@code other} scaled by {@code f} (merge of two sorted lists). */
  void addScaled(SparseVec other, float f) {
    int[] ni = new int[size + other.size];
    float[] nw = new float[size + other.size];
    int a = 0;
    int b = 0;
    int k = 0;
    while (a < size || b < other.size) {
      if (b >= other.size || (a < size && ids[a] < other.ids[b])) {
        ni[k] = ids[a];
        nw[k++] = w[a++];
      } else if (a >= size || other.ids[b] < ids[a]) {
        ni[k] = other.ids[b];
        nw[k++] = other.w[b++] * f;
      } else {
        ni[k] = ids[a];
        nw[k++] = w[a++] + other.w[b++] * f;
      }
    }
    ids = ni;
    w = nw;
    size = k;
  }

  /**
   * Keeps the {@code max} heaviest entries (ties: the lower term id), so that an event's memory and
   * comparison cost stay bounded however many documents it gathers.
   */
  void truncate(int max) {
    if (size <= max) {
      if (ids.length != size) {
        ids = Arrays.copyOf(ids, size);
        w = Arrays.copyOf(w, size);
      }
      return;
    }
    int[] keep = TopK.largest(w, size, max);
    int[] ni = new int[keep.length];
    float[] nw = new float[keep.length];
    for (int i = 0; i < keep.length; i++) {
      ni[i] = ids[keep[i]];
      nw[i] = w[keep[i]];
    }
    ids = ni;
    w = nw;
    size = keep.length;
  }
}
