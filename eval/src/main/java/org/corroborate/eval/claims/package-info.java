/**
 * Claim-level quality: a hand-written gold of claims scored against the ledger ({@link
 * org.corroborate.eval.claims.ClaimScorer}), and quotations two outlets both print, found in the
 * texts alone, as a gold that needs no annotation ({@link org.corroborate.eval.claims.BasilQuotes}).
 */
package org.corroborate.eval.claims;
