package org.corroborate.model;

/**
 * A hedge or verification marker on a statement or an author sentence.
 *
 * @param kind    "hedge" (reportedly, purportedly, appear to, allegedly), "unverified" (not independently
 *                confirmed, could not be verified, unconfirmed reports), "verified" (independently confirmed)
 * @param negated true when the marker itself is negated ("it is not alleged that...")
 */
public record Hedge(Span span, String text, String kind, boolean negated) {}
