/**
 * Claims across outlets: when do two statements say the same thing?
 *
 * <p>{@link org.corroborate.claims.Terms} reduces a text to comparable terms (lower case, number words
 * as digits, a light stemmer with demonyms, a few synonym classes of crisis news: wounded = injured,
 * captured = overran = liberated, region = oblast). {@link org.corroborate.claims.Similarity} scores
 * two contents by term overlap (optionally weighted by {@link org.corroborate.claims.TermWeights#idf}
 * over the event's statements), halves it when both name things and share no name, and lifts it
 * when both carry the same run of five words (a shared quote). Conflicting numbers never match.
 * {@link org.corroborate.claims.ClaimGrouper} groups the statements of one claimant by average link;
 * for a named claimant, a content nearly contained in another ({@link org.corroborate.claims.Similarity#contained})
 * joins it too (one outlet relays part of a statement another relays in full).
 *
 * <p>Author-voice statements (no attribution) are grouped by content across outlets under the
 * claimant "author": a fact several outlets state in their own voice is one claim, carried by those
 * outlets, whose claimant is shown as the outlets' names. Unnamed sources ("unconfirmed reports")
 * group the same way under "unnamed". This keeps the outlet count meaningful for facts while never
 * mixing an outlet's own assertion with a named actor's claim.
 */
package org.corroborate.claims;
