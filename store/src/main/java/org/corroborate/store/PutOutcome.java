package org.corroborate.store;

/** What {@link ArticleStore#put} did with an article. */
public enum PutOutcome {
  /** The article was new: stored with its sources and near-duplicate keys. */
  STORED,
  /** The article was already stored (same id); this copy's place was new and was added to its sources. */
  SOURCE_ADDED,
  /** The article and this place were both known: nothing changed (re-ingesting the same input). */
  UNCHANGED
}
