/** What a cue says about its claimant: cue class, {@link org.corroborate.model.Stance}, negation and condition. */
package org.corroborate.analysis.stance;
