package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One input to read: a file, an archive member, a WARC record body. Opened as often as a reader needs
 * (sniffing, then reading); each {@link #open()} starts from the first byte.
 *
 * @param name        where it is, for SourceRef and rejections ("seeds/a.txt", "x.warc.gz!/record/3")
 * @param size        its size in bytes, or -1 if unknown
 */
public record Input(String name, long size, Opener opener) {
  /** Opens the bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public InputStream open() throws IOException {
    return opener.open();
  }

  public static Input ofBytes(String name, byte[] bytes) {
    return new Input(name, bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
  }
}
