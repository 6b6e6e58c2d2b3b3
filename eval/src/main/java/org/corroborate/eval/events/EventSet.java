package org.corroborate.eval.events;

import java.util.List;
import org.corroborate.model.Rejection;

/**
 * One gold set read from disk: its name ("ecbplus", "basil"), the documents in a fixed order
 * (sorted paths) and the files that could not be read, each with its reason.
 */
public record EventSet(String name, List<LabeledDoc> docs, List<Rejection> rejections) {
  public EventSet {
    docs = List.copyOf(docs);
    rejections = List.copyOf(rejections);
  }
}
