package org.corroborate.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.corroborate.ingest.support.InputLimitException;

/**
 * Reads WARC records one after the other from a (decompressed) stream, holding at most one record
 * block of {@code maxBlock} bytes and a header of {@code maxHeader} bytes; a longer block is
 * skipped and returned without its bytes. A stream that ends inside a record throws
 * {@link EOFException}; one that does not look like WARC throws {@link InputLimitException}
 * ("malformed-warc").
 */
final class WarcParser {
  private final InputStream in;
  private final int maxHeader;
  private final int maxBlock;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private int count;

  WarcParser(InputStream in, int maxHeader, int maxBlock) {
    this.in = in;
    this.maxHeader = maxHeader;
    this.maxBlock = maxBlock;
  }

  /** Records read so far (the one being read included). */
  int count() {
    return count;
  }

  /** The next record, or null at a clean end of the stream. */
  WarcRecord next() throws IOException {
    String first;
    do {
      first = readLine(true);
      if (first == null) {
        return null;
      }
    } while (first.isEmpty());
    count++;
    if (!first.startsWith("WARC/")) {
      throw new InputLimitException("malformed-warc", "record " + count + " does not start with a WARC version line: \""
          + first.substring(0, Math.min(40, first.length())) + "\"");
    }
    Map<String, String> headers = new HashMap<>();
    int headerBytes = first.length();
    while (true) {
      String line = readLine(false);
      if (line.isEmpty()) {
        break;
      }
      headerBytes += line.length() + 2;
      if (headerBytes > maxHeader) {
        throw new InputLimitException("malformed-warc", "the header of record " + count + " is longer than "
            + maxHeader + " bytes (maxHeaderBytes)");
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
      }
    }
    String cl = headers.get("content-length");
    long length;
    try {
      length = Long.parseLong(cl == null ? "" : cl.strip());
    } catch (NumberFormatException e) {
      throw new InputLimitException("malformed-warc", "record " + count + " has no valid Content-Length: " + cl);
    }
    if (length < 0) {
      throw new InputLimitException("malformed-warc", "record " + count + " has a negative Content-Length");
    }
    if (length > maxBlock) {
      skip(length);
      return new WarcRecord(count, headers, length, null);
    }
    byte[] block = new byte[(int) length];
    readFully(block);
    return new WarcRecord(count, headers, length, block);
  }

  private boolean fill() throws IOException {
    if (pos < end) {
      return true;
    }
    int n = in.read(buf);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  /** A line without CRLF/LF; null at a clean end when {@code eofOk}, else EOF is an error. */
  private String readLine(boolean eofOk) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    boolean any = false;
    while (true) {
      if (!fill()) {
        if (eofOk && !any) {
          return null;
        }
        throw new EOFException("the stream ends inside the header of record " + Math.max(count, 1));
      }
      any = true;
      byte b = buf[pos++];
      if (b == '\n') {
        break;
      }
      if (line.size() >= maxHeader) {
        throw new InputLimitException("malformed-warc", "a header line longer than " + maxHeader + " bytes (maxHeaderBytes)");
      }
      line.write(b);
    }
    String s = line.toString(StandardCharsets.UTF_8);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private void readFully(byte[] dst) throws IOException {
    int off = 0;
    while (off < dst.length) {
      if (!fill()) {
        throw new EOFException("the stream ends inside record " + count + " after " + off + " of " + dst.length + " bytes");
      }
      int n = Math.min(end - pos, dst.length - off);
      System.arraycopy(buf, pos, dst, off, n);
      pos += n;
      off += n;
    }
  }

  private void skip(long length) throws IOException {
    long left = length;
    while (left > 0) {
      if (!fill()) {
        throw new EOFException("the stream ends inside record " + count);
      }
      int n = (int) Math.min(end - pos, left);
      pos += n;
      left -= n;
    }
  }
}
