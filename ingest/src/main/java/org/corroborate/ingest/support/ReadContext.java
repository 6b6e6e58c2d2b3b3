package org.corroborate.ingest.support;

import java.time.Clock;
import java.util.Objects;
import org.corroborate.ingest.ReaderConfig;
import org.corroborate.ingest.html.HtmlExtractor;
import org.corroborate.model.Outlet;
import org.corroborate.model.SourceRef;

/**
 * What every reader is built with: the limits, the clock that stamps {@link SourceRef#seenAt()}
 * (injected so tests are deterministic) and the HTML extractor for HTML content.
 */
public record ReadContext(ReaderConfig config, Clock clock, HtmlExtractor html) {
  public ReadContext {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(html, "html");
  }

  public SourceRef source(String kind, String path, String url, String recordId, Outlet outlet) {
    return new SourceRef(kind, path, url, recordId, outlet, clock.instant());
  }
}
