package org.corroborate.model;

/**
 * An input, or part of one, that did not become an article, and why. Bad input is data, not an
 * exception: every input ends as articles or as rejections.
 *
 * @param source where: the file path, with "!/" and the member or record for part of a container
 * @param reason a short stable code for counting ("empty", "binary", "too-large", "no-text",
 *               "malformed-json", "truncated", "encoding", "unsupported-format", "limit-exceeded", ...)
 * @param detail a sentence for a person: what was wrong and where
 */
public record Rejection(String source, String reason, String detail) {
  public Rejection {
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(reason, "reason");
    if (detail == null) {
      detail = reason;
    }
  }
}
