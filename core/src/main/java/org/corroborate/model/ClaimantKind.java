package org.corroborate.model;

/** Who stands behind a statement. */
public enum ClaimantKind {
  /** A named or described source in the text ("Gladkov said", "a presidential adviser wrote"). */
  NAMED,
  /** An attribution with no source given ("it was reported", "unconfirmed reports"). */
  UNNAMED,
  /** The article's own voice: no attribution at all. */
  AUTHOR
}
