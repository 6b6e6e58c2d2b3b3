package org.corroborate.model;

import java.time.Instant;

/**
 * When an article was published, where that came from ("meta:article:published_time",
 * "jsonld:datePublished", "text:dateline", "feed:pubDate", "warc:date", "url") and how sure it is.
 * A date known only to the day is stored at 00:00 UTC of that day with {@code dateOnly} true.
 */
public record Published(Instant time, String origin, Confidence confidence, boolean dateOnly) {
  public Published {
    java.util.Objects.requireNonNull(time, "time");
    java.util.Objects.requireNonNull(origin, "origin");
    java.util.Objects.requireNonNull(confidence, "confidence");
  }
}
