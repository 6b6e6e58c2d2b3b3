package org.corroborate.model;

/** What the claimant does with the content, read from the cue and its context. */
public enum Stance {
  /** States it as fact ("said", "wrote", the author's voice). */
  ASSERT,
  /** Claims it, marking it as the claimant's contention ("claims to have", "said it had taken"). */
  CLAIM,
  DENY,
  CONFIRM,
  /** Accuses or alleges ("alleged that", "accused"). */
  ALLEGE,
  /** Passes on what others said ("news agencies reported", "according to TASS"). */
  REPORT,
  /** Predicts, promises, threatens, warns. */
  PREDICT,
  /** Believes, thinks, fears: an internal state. */
  BELIEVE
}
