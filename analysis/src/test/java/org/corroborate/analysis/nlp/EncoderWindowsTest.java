package org.corroborate.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncoderWindowsTest {
  @Test
  void bodiesCoverEveryTokenOnceWithinTheBudget() {
    Random r = new Random(11);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + r.nextInt(400);
      int[] pieces = new int[n];
      for (int i = 0; i < n; i++) {
        pieces[i] = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(r.nextInt(20) == 0 ? 32 : 3);
      }
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i == 0 || r.nextInt(15) == 0) {
          starts.add(i);
        }
      }
      int max = 64 + r.nextInt(200);
      int context = r.nextInt(24);
      List<EncoderWindows.Window> ws = EncoderWindows.cut(pieces, starts.stream().mapToInt(Integer::intValue).toArray(), max,
          context);
      int next = 0;
      for (EncoderWindows.Window w : ws) {
        assertEquals(next, w.body(), "bodies follow each other");
        next = w.to();
        int total = 2;
        int ctx = 0;
        for (int i = w.from(); i < w.to(); i++) {
          total += pieces[i];
          ctx += i < w.body() ? pieces[i] : 0;
        }
        assertTrue(total <= max, "window of " + total + " pieces over " + max);
        assertTrue(ctx <= context);
        if (w.body() > 0 && pieces[w.body() - 1] <= context - ctx) {
          assertTrue(w.from() < w.body() || pieces[w.body() - 1] > context, "context used when it fits");
        }
      }
      assertEquals(n, next, "the last body ends the document");
    }
  }

  @Test
  void sentencesStayWholeWhenTheyFit() {
    int[] pieces = new int[12];
    java.util.Arrays.fill(pieces, 1);
    // sentences of 5, 4 and 3 tokens; bodies of at most 10 - 2 - 2 = 6 pieces
    List<EncoderWindows.Window> ws = EncoderWindows.cut(pieces, new int[] {0, 5, 9}, 10, 2);
    assertEquals(List.of(new EncoderWindows.Window(0, 0, 5), new EncoderWindows.Window(3, 5, 9),
        new EncoderWindows.Window(7, 9, 12)), ws);
    assertThrows(IllegalArgumentException.class, () -> EncoderWindows.cut(pieces, new int[] {0}, 4, 2));
  }
}
