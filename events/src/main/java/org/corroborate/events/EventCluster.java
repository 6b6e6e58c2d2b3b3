package org.corroborate.events;

import java.time.Instant;
import java.util.List;

/**
 * One event as the index sees it now.
 *
 * @param id     stable event id: {@code "ev-"} and the id of its first document
 * @param docIds its documents in the order they were added
 * @param first  earliest publication time among its documents, or null when none has one
 * @param last   latest publication time among its documents, or null when none has one
 */
public record EventCluster(String id, List<String> docIds, Instant first, Instant last) {
  public EventCluster {
    docIds = List.copyOf(docIds);
  }
}
