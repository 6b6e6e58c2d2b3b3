package org.corroborate.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link Readers#read} call did: files, bytes, articles emitted, rejections by reason code.
 */
public record ReadSummary(long files, long bytes, long articles, Map<String, Long> rejectionsByReason) {
  public ReadSummary {
    rejectionsByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectionsByReason));
  }

  public long rejections() {
    return rejectionsByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
