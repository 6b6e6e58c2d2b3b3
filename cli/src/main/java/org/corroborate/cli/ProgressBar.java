package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.corroborate.ingest.ReadProgress;

/**
 * A one-line progress display on stderr for long reads: files and bytes done, percentage, rate. Shown
 * only on a terminal ({@link #forTerminal}), never in tests or CI, where it would be noise in logs.
 * Redraws at most ten times a second; {@link #finish()} ends the line.
 */
final class ProgressBar implements ReadProgress {
  private static final int WIDTH = 24;
  private final PrintWriter err;
  private final LongSupplier nanos;
  private final long start;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, LongSupplier nanos) {
    this.err = err;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
    this.lastDraw = start - 1_000_000_000L;
  }

  /**
   * A progress bar when stderr is an interactive terminal and not in CI; otherwise a no-op. Java 22+
   * returns a Console even when redirected, so its isTerminal() is asked too where it exists.
   */
  static ReadProgress forTerminal(PrintWriter err) {
    java.io.Console console = System.console();
    if (console == null || System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
      return NONE;
    }
    try {
      Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
      if (Boolean.FALSE.equals(terminal)) {
        return NONE;
      }
    } catch (ReflectiveOperationException e) {
      // before Java 22 a non-null console means a terminal
    }
    return new ProgressBar(err, System::nanoTime);
  }

  @Override
  public void fileDone(Progress p) {
    long now = nanos.getAsLong();
    boolean last = p.filesDone() == p.filesTotal();
    if (!last && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    err.print('\r' + render(p, now - start));
    err.flush();
    drawn = true;
  }

  static String render(Progress p, long elapsedNanos) {
    double fraction = p.bytesTotal() > 0 ? (double) p.bytesDone() / p.bytesTotal()
        : p.filesTotal() > 0 ? (double) p.filesDone() / p.filesTotal() : 1;
    int filled = (int) Math.round(fraction * WIDTH);
    double seconds = Math.max(1e-9, elapsedNanos / 1e9);
    return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %d/%d files  %s/%s  %.1f files/s  %s/s",
        "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, p.filesDone(), p.filesTotal(),
        bytes(p.bytesDone()), bytes(p.bytesTotal()), p.filesDone() / seconds, bytes((long) (p.bytesDone() / seconds)));
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
    }
    if (n < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.2f GiB", n / (1024.0 * 1024 * 1024));
  }

  /** Ends the progress line, if one was drawn. */
  void finish() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }

  /** Ends the line of {@code progress} if it is a bar. */
  static void finish(ReadProgress progress) {
    if (progress instanceof ProgressBar bar) {
      bar.finish();
    }
  }
}
