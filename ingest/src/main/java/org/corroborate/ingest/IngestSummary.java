package org.corroborate.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run did.
 *
 * @param read              articles the readers produced
 * @param accepted          new articles stored (near-duplicates included: they are stored, linked)
 * @param exactDuplicates   copies of an article already stored, seen in a new place (a source added)
 * @param alreadyKnown      copies seen before in the same place (re-ingesting the same input): nothing added
 * @param nearDuplicates    of the accepted, those linked to an earlier article as a republished copy
 * @param rejectedByReason  rejections of this run by reason code, sorted by code
 */
public record IngestSummary(
    long read, long accepted, long exactDuplicates, long alreadyKnown, long nearDuplicates,
    Map<String, Long> rejectedByReason) {

  public IngestSummary {
    rejectedByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
  }

  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The summary lines a command prints. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("read: ").append(read).append('\n');
    sb.append("accepted: ").append(accepted).append('\n');
    sb.append("duplicates (exact): ").append(exactDuplicates).append('\n');
    sb.append("already known (same place): ").append(alreadyKnown).append('\n');
    sb.append("near-duplicates: ").append(nearDuplicates).append('\n');
    sb.append("rejected: ").append(rejected()).append('\n');
    rejectedByReason.forEach((reason, n) -> sb.append("  ").append(reason).append(": ").append(n).append('\n'));
    return sb.toString();
  }
}
