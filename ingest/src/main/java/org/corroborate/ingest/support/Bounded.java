package org.corroborate.ingest.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reading with a ceiling: never holds more than the caller allows in memory. */
public final class Bounded {
  private Bounded() {}

  /**
   * Reads the whole stream, or fails with an {@link InputLimitException} ("too-large") as soon as it
   * has more than {@code max} bytes; the caller closes the stream.
   */
  public static byte[] readAll(InputStream in, int max, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw new InputLimitException("too-large", what + " is larger than the limit of " + max + " bytes (maxDocumentBytes)");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Like {@link #readHead} but keeps what was read when the stream fails after some bytes (a truncated
   * gzip file still shows its start); throws only when nothing could be read.
   */
  public static byte[] readHeadLenient(InputStream in, int n) throws IOException {
    byte[] buf = new byte[n];
    int off = 0;
    try {
      while (off < n) {
        int r = in.read(buf, off, n - off);
        if (r < 0) {
          break;
        }
        off += r;
      }
    } catch (InputLimitException e) {
      throw e;
    } catch (IOException e) {
      if (off == 0) {
        throw e;
      }
    }
    return off == n ? buf : Arrays.copyOf(buf, off);
  }

  /** Reads up to {@code n} bytes from the start of the stream (fewer at its end). */
  public static byte[] readHead(InputStream in, int n) throws IOException {
    byte[] buf = new byte[n];
    int off = 0;
    while (off < n) {
      int r = in.read(buf, off, n - off);
      if (r < 0) {
        break;
      }
      off += r;
    }
    return off == n ? buf : Arrays.copyOf(buf, off);
  }
}
