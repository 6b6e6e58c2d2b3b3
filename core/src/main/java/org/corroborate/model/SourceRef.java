package org.corroborate.model;

import java.time.Instant;

/**
 * One place an article was seen: the input file (inside an archive or directory), the page URL,
 * the feed or WARC record it came in, and the outlet that published it there. An article stored once
 * may have several (an exact copy of it seen elsewhere adds a SourceRef, not an article).
 *
 * @param kind     the reader that produced it: text, html, rss, atom, warc, jsonl
 * @param path     the input file as given by the user, with "!/" for a member of a container
 *                 ("dump.warc.gz!/record/17"); null when not from a file
 * @param url      the page URL where known
 * @param recordId the record inside a container (WARC-Record-ID, feed item guid, JSON line number)
 * @param outlet   the outlet this copy appeared under; null when unknown
 * @param seenAt   when this copy was ingested
 */
public record SourceRef(String kind, String path, String url, String recordId, Outlet outlet, Instant seenAt) {
  public SourceRef {
    java.util.Objects.requireNonNull(kind, "kind");
  }

  /** A short human-readable location: the path (with record) or else the URL. */
  public String location() {
    String base = path != null ? path : url;
    return base == null ? kind : base;
  }
}
