package org.corroborate.ingest.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes with a ceiling: a line longer than the limit is skipped up to its end and
 * reported as too long, so one huge line neither fills the memory nor hides the lines after it.
 */
final class LineSource {
  /** One line: its bytes, or null with {@code length} when it was longer than the limit. */
  record Line(byte[] bytes, long length, int number) {}

  private final InputStream in;
  private final int max;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private int number;
  private boolean eof;

  LineSource(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line without its line break (a trailing CR is dropped), or null at the end. */
  Line next() throws IOException {
    ByteArrayOutputStream cur = new ByteArrayOutputStream();
    long length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof) {
          break;
        }
        int n = in.read(buf);
        if (n <= 0) {
          eof = true;
          break;
        }
        pos = 0;
        end = n;
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl < 0 ? end : nl;
      int chunk = stop - pos;
      length += chunk;
      if (!tooLong) {
        if (length > max) {
          tooLong = true;
          cur = null;
        } else {
          cur.write(buf, pos, chunk);
        }
      }
      if (nl >= 0) {
        pos = nl + 1;
        number++;
        return line(cur, length, tooLong);
      }
      pos = end;
    }
    if (!any && length == 0) {
      return null;
    }
    number++;
    return line(cur, length, tooLong);
  }

  private Line line(ByteArrayOutputStream cur, long length, boolean tooLong) {
    if (tooLong) {
      return new Line(null, length, number);
    }
    byte[] b = cur.toByteArray();
    int n = b.length;
    if (n > 0 && b[n - 1] == '\r') {
      b = java.util.Arrays.copyOf(b, n - 1);
    }
    return new Line(b, length, number);
  }
}
