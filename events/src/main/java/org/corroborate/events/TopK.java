package org.corroborate.events;

import java.util.Arrays;

/** Selection of the k best entries without boxing: a bounded min-heap of packed long keys. */
final class TopK {
  private TopK() {}

  /**
   * Positions of the {@code k} largest of {@code score[0..n)} (non-negative values; ties: the lower
   * position wins), in ascending position order.
   */
  static int[] largest(float[] score, int n, int k) {
    k = Math.min(k, n);
    if (k <= 0) {
      return new int[0];
    }
    long[] heap = new long[k];
    int size = 0;
    for (int i = 0; i < n; i++) {
      long key = ((long) Float.floatToIntBits(Math.max(0f, score[i])) << 32) | (0xFFFFFFFFL & (Integer.MAX_VALUE - i));
      size = offer(heap, size, key);
    }
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = Integer.MAX_VALUE - (int) (heap[i] & 0xFFFFFFFFL);
    }
    Arrays.sort(out);
    return out;
  }

  /** Adds {@code key} to a min-heap of capacity {@code heap.length}; returns the new size. */
  static int offer(long[] heap, int size, long key) {
    if (size < heap.length) {
      int i = size++;
      heap[i] = key;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (heap[p] <= heap[i]) {
          break;
        }
        long t = heap[p];
        heap[p] = heap[i];
        heap[i] = t;
        i = p;
      }
      return size;
    }
    if (key <= heap[0]) {
      return size;
    }
    heap[0] = key;
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int m = i;
      if (l < size && heap[l] < heap[m]) {
        m = l;
      }
      if (r < size && heap[r] < heap[m]) {
        m = r;
      }
      if (m == i) {
        return size;
      }
      long t = heap[m];
      heap[m] = heap[i];
      heap[i] = t;
      i = m;
    }
  }
}
