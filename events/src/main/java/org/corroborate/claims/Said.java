package org.corroborate.claims;

import org.corroborate.model.Stance;

/**
 * One statement reduced to what grouping needs.
 *
 * @param claimantKey who says it: a ledger entity id, a normalised name, "author" or "unnamed"
 * @param denial      a denial (DENY stance, or a negated cue): it never groups with an assertion
 */
public record Said(String claimantKey, Stance stance, boolean denial, Fingerprint content) {}
