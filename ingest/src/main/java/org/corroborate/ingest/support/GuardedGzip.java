package org.corroborate.ingest.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip stream (one or several concatenated members, as in .warc.gz) that stops a decompression
 * bomb: it fails with an {@link InputLimitException} ("gzip-bomb") once the output exceeds
 * {@code maxBytes}, or once more than {@code checkAfter} bytes came out at more than {@code maxRatio}
 * output bytes per input byte. Only a bounded buffer is ever held.
 */
public final class GuardedGzip extends FilterInputStream {
  private final Counting source;
  private final long maxBytes;
  private final long maxRatio;
  private final long checkAfter;
  private long produced;

  private GuardedGzip(InputStream gzip, Counting source, long maxBytes, long maxRatio, long checkAfter) {
    super(gzip);
    this.source = source;
    this.maxBytes = maxBytes;
    this.maxRatio = maxRatio;
    this.checkAfter = checkAfter;
  }

  /** Wraps a compressed stream. Reading the gzip header may already fail (not gzip, truncated). */
  public static InputStream open(InputStream compressed, long maxBytes, long maxRatio, long checkAfter) throws IOException {
    Counting counting = new Counting(compressed);
    return new GuardedGzip(new GZIPInputStream(counting, 64 * 1024), counting, maxBytes, maxRatio, checkAfter);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      produced += n;
      check();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  private void check() throws InputLimitException {
    if (produced > maxBytes) {
      throw new InputLimitException("gzip-bomb",
          "decompresses to more than " + maxBytes + " bytes (maxDecompressedBytes)");
    }
    if (produced > checkAfter && produced > maxRatio * Math.max(1, source.count)) {
      throw new InputLimitException("gzip-bomb", "decompresses at a ratio above " + maxRatio
          + ":1 (" + produced + " bytes from " + source.count + "; maxCompressionRatio)");
    }
  }

  /** Counts the compressed bytes consumed. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
