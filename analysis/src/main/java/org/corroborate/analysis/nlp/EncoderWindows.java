package org.corroborate.analysis.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * How a document's tokens are cut into encoder windows, the same at training and at tagging time:
 * whole sentences are packed greedily into a window's body (a sentence longer than a body is cut at
 * tokens), and each window also reads up to {@code context} word pieces of the tokens just before
 * its body, so content that runs over a sentence or paragraph boundary is still seen with what
 * precedes it. A token takes its vector from the window whose body holds it.
 */
public final class EncoderWindows {
  private EncoderWindows() {}

  /** Tokens {@code [from, to)} enter the window; tokens {@code [body, to)} take their vectors from it. */
  public record Window(int from, int body, int to) {
    public Window {
      if (from < 0 || from > body || body >= to) {
        throw new IllegalArgumentException("bad window " + from + "/" + body + "/" + to);
      }
    }
  }

  /**
   * @param pieces         word pieces per token (a token may have none)
   * @param sentenceStarts first token of each sentence, ascending
   * @param maxPieces      word pieces per window, [CLS] and [SEP] included
   * @param context        word pieces of preceding context a window may add before its body
   */
  public static List<Window> cut(int[] pieces, int[] sentenceStarts, int maxPieces, int context) {
    int budget = maxPieces - 2;
    if (context < 0 || budget - context < 1) {
      throw new IllegalArgumentException("maxPieces " + maxPieces + " leaves no room beside context " + context);
    }
    int n = pieces.length;
    if (sentenceStarts.length == 0 || sentenceStarts[0] != 0) {
      int[] s = new int[sentenceStarts.length + 1];
      System.arraycopy(sentenceStarts, 0, s, 1, sentenceStarts.length);
      sentenceStarts = s;
    }
    List<int[]> bodies = new ArrayList<>();
    int bodyBudget = budget - context;
    int from = 0;
    int size = 0;
    for (int s = 0; s < sentenceStarts.length; s++) {
      int start = sentenceStarts[s];
      int end = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : n;
      int len = 0;
      for (int i = start; i < end; i++) {
        len += pieces[i];
      }
      if (size > 0 && size + len > bodyBudget) {
        bodies.add(new int[] {from, start});
        from = start;
        size = 0;
      }
      for (int i = start; i < end; i++) {
        if (size > 0 && size + pieces[i] > bodyBudget) {
          bodies.add(new int[] {from, i});
          from = i;
          size = 0;
        }
        size += pieces[i];
      }
    }
    if (from < n) {
      bodies.add(new int[] {from, n});
    }
    List<Window> out = new ArrayList<>();
    for (int[] b : bodies) {
      int f = b[0];
      int used = 0;
      while (f > 0 && used + pieces[f - 1] <= context) {
        used += pieces[f - 1];
        f--;
      }
      out.add(new Window(f, b[0], b[1]));
    }
    return out;
  }
}
