/**
 * The ledger: from event groups of analysed articles to who claims what, who disputes it, how many
 * independent outlets carry it, where outlets disagree and how they describe the actors.
 *
 * <p>Entry points: {@link org.corroborate.ledger.LedgerBuilder#build} (events and
 * {@link org.corroborate.ledger.Aliases} in, an immutable {@link org.corroborate.ledger.Ledger} out) and
 * {@link org.corroborate.ledger.LedgerWriter} (ledger.json, claims.csv). The report module renders it.
 *
 * <p>Per event, in order:
 * <ol>
 *   <li>Actors: article entities merge by name key, user alias, last name and role
 *       ({@code EntityMerger}), a region under its administrative names ({@code Places}), spelling
 *       variants and transliterations of one person when the context agrees ({@code NameVariants});
 *       ledger entities merge across events by canonical name. Who each actor speaks for, read from the
 *       words for it ({@code Principals}: a spokesperson for its body, a state body for its state).</li>
 *   <li>Statements: each is checked (offsets inside the text, a non-empty content, a stance;
 *       otherwise it becomes a problem, not an exception), its claimant resolved to a ledger entity,
 *       a statement that only passes another on ("according to TASS, citing Peskov") becomes the
 *       other's channel.</li>
 *   <li>Claims: statements grouped per claimant ({@link org.corroborate.claims.ClaimGrouper}); one
 *       named claimant's statement relayed in part by one outlet and in full by another is one claim.
 *       Independent outlets: one per outlet, syndicated copies joined to their original, statements
 *       whose sentences read near-identically (word-trigram Jaccard &ge; 0.8, quoted words left out, as
 *       independent outlets quote the same words) counted once, and a statement the article relays from
 *       another news outlet counted as that outlet's ({@code SourceUnits}). Claim grouping sees each
 *       statement under its claimant's principal ({@code Stated#said}).</li>
 *   <li>Status, by precedence ({@link org.corroborate.ledger.ClaimStatus}): contested (a denial or
 *       negation by another claimant that matches, or a denial of responsibility against a claim that
 *       blames the denier), unconfirmed (an unverified marker on it, or a
 *       caveat of its article about it), corroborated (&ge; 2 independent outlets), single-source.</li>
 *   <li>Disagreements: numbers, dates, attribution, facts only one source carries.</li>
 *   <li>Framing: the descriptors and descriptions each outlet uses for each main actor.</li>
 * </ol>
 * Output is deterministic: the same input gives byte-identical JSON.
 */
package org.corroborate.ledger;
