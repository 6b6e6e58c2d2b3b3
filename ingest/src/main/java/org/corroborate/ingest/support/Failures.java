package org.corroborate.ingest.support;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;
import org.corroborate.model.Rejection;

/** Turns the ways reading can fail into rejections with stable reason codes. */
public final class Failures {
  private Failures() {}

  public static Rejection of(String source, IOException e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof InputLimitException lim) {
      return new Rejection(source, lim.reason(), msg);
    }
    if (e instanceof EOFException) {
      return new Rejection(source, "truncated", "the input ends early: " + msg);
    }
    if (e instanceof ZipException) {
      return new Rejection(source, "corrupt-gzip", "the gzip data is corrupt: " + msg);
    }
    if (e instanceof AccessDeniedException) {
      return new Rejection(source, "unreadable", "permission denied: " + msg);
    }
    if (e instanceof NoSuchFileException) {
      return new Rejection(source, "unreadable", "no such file (or a dangling link): " + msg);
    }
    if (e instanceof FileSystemLoopException) {
      return new Rejection(source, "symlink-loop", "a symbolic link leads back into its own directory: " + msg);
    }
    return new Rejection(source, "io-error", e.getClass().getSimpleName() + ": " + msg);
  }
}
