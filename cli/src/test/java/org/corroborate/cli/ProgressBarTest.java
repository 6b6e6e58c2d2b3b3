package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.ingest.ReadProgress;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void rendersFilesBytesAndRate() {
    String line = ProgressBar.render(new ReadProgress.Progress("x", 5, 10, 512 * 1024, 1024 * 1024), 2_000_000_000L);
    assertTrue(line.contains(" 50%"), line);
    assertTrue(line.contains("5/10 files"), line);
    assertTrue(line.contains("512.0 KiB/1.0 MiB"), line);
    assertTrue(line.contains("2.5 files/s"), line);
  }

  @Test
  void redrawsAtMostTenTimesASecondAndEndsTheLine() {
    StringWriter sw = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    ProgressBar bar = new ProgressBar(new PrintWriter(sw), now::get);
    for (int i = 1; i <= 50; i++) {
      now.addAndGet(10_000_000L); // 10 ms per file
      bar.fileDone(new ReadProgress.Progress("f", i, 50, i, 50));
    }
    bar.finish();
    long draws = sw.toString().chars().filter(c -> c == '\r').count();
    assertTrue(draws >= 5 && draws <= 7, "draws " + draws);
    assertTrue(sw.toString().endsWith("\n"));
  }

  @Test
  void noBarWithoutATerminal() {
    // tests run with stdin/stdout redirected (and in CI), so there is no console
    assertEquals(ReadProgress.NONE, ProgressBar.forTerminal(new PrintWriter(new StringWriter())));
  }
}
