/** Statements from attribution spans: claimant resolution, stance, channels, nested reporting frames, hedges and author-voice statements. */
package org.corroborate.analysis.statements;
