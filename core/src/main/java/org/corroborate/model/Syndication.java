package org.corroborate.model;

/**
 * A near-duplicate link: this article is a republished copy of {@code originalId} (a wire story with
 * small edits, a new headline, a trimmed ending), so later stages count the two as one source.
 *
 * @param similarity estimated text overlap with the original, 0..1
 * @param method     how it was found, e.g. "minhash-shingles"
 */
public record Syndication(String originalId, double similarity, String method) {}
