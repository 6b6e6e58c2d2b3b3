package org.corroborate.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.corroborate.ingest.support.Bounded;
import org.corroborate.ingest.support.GuardedGzip;
import org.corroborate.ingest.support.InputLimitException;

/**
 * An HTTP response as a WARC response record holds it: status, headers (names lower-cased) and the
 * body, de-chunked and decompressed (gzip, deflate) within {@code maxBody} bytes.
 */
record HttpResponse(int status, Map<String, String> headers, byte[] body) {

  static HttpResponse parse(byte[] block, int maxHeader, int maxBody) throws IOException {
    int i = 0;
    int lineStart = 0;
    String statusLine = null;
    Map<String, String> headers = new HashMap<>();
    int bodyStart = -1;
    while (i < block.length && i < maxHeader) {
      if (block[i] == '\n') {
        String line = new String(block, lineStart, i - lineStart, StandardCharsets.ISO_8859_1).strip();
        if (statusLine == null) {
          statusLine = line;
        } else if (line.isEmpty()) {
          bodyStart = i + 1;
          break;
        } else {
          int colon = line.indexOf(':');
          if (colon > 0) {
            headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
          }
        }
        lineStart = i + 1;
      }
      i++;
    }
    if (statusLine == null || !statusLine.startsWith("HTTP/")) {
      throw new InputLimitException("malformed-http", "the response record does not start with an HTTP status line");
    }
    if (bodyStart < 0) {
      throw new InputLimitException("malformed-http", "the HTTP header does not end within " + maxHeader + " bytes");
    }
    String[] parts = statusLine.split("\\s+");
    int status;
    try {
      status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    } catch (NumberFormatException e) {
      status = -1;
    }
    byte[] body = java.util.Arrays.copyOfRange(block, bodyStart, block.length);
    String te = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
    if (te.contains("chunked") && looksChunked(body)) {
      body = dechunk(body);
    }
    String ce = headers.getOrDefault("content-encoding", "").toLowerCase(Locale.ROOT).strip();
    if ((ce.equals("gzip") || ce.equals("x-gzip")) && body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
      try (InputStream in = GuardedGzip.open(new ByteArrayInputStream(body), maxBody, 100, 16L << 20)) {
        body = Bounded.readAll(in, maxBody, "the HTTP body");
      }
    } else if (ce.equals("deflate")) {
      try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body))) {
        body = Bounded.readAll(in, maxBody, "the HTTP body");
      }
    } else if (ce.equals("br") || ce.equals("zstd")) {
      throw new InputLimitException("unsupported-encoding", "the HTTP body is compressed with " + ce + ", which is not supported");
    }
    return new HttpResponse(status, headers, body);
  }

  private static boolean looksChunked(byte[] b) {
    int i = 0;
    while (i < b.length && i < 20 && isHex(b[i])) {
      i++;
    }
    return i > 0 && i < b.length && (b[i] == '\r' || b[i] == '\n' || b[i] == ';');
  }

  private static boolean isHex(byte c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Chunked transfer coding removed; a broken chunk ends the body there (lenient, like browsers). */
  private static byte[] dechunk(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    int i = 0;
    while (i < b.length) {
      int lineEnd = i;
      while (lineEnd < b.length && b[lineEnd] != '\n') {
        lineEnd++;
      }
      String sizeLine = new String(b, i, lineEnd - i, StandardCharsets.ISO_8859_1).strip();
      int semi = sizeLine.indexOf(';');
      if (semi >= 0) {
        sizeLine = sizeLine.substring(0, semi);
      }
      int size;
      try {
        size = Integer.parseInt(sizeLine.strip(), 16);
      } catch (NumberFormatException e) {
        break;
      }
      if (size <= 0) {
        break;
      }
      int start = lineEnd + 1;
      int n = Math.min(size, Math.max(0, b.length - start));
      out.write(b, start, n);
      i = start + n;
      while (i < b.length && (b[i] == '\r' || b[i] == '\n')) {
        i++;
      }
    }
    return out.toByteArray();
  }
}
