package org.corroborate.ingest.support;

import java.io.IOException;

/**
 * An input went past a configured limit (or is hostile in a way we detect while reading). Thrown by
 * the bounded streams so that a reader can stop at once; readers turn it into a rejection with
 * {@link #reason()} as the code.
 */
public final class InputLimitException extends IOException {
  private final String reason;

  public InputLimitException(String reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  /** The rejection reason code: "too-large", "gzip-bomb", "line-too-long", ... */
  public String reason() {
    return reason;
  }
}
