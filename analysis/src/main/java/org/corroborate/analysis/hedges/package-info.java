/** Hedges (reportedly, appear to) and verification markers (not independently confirmed, independently verified) in article text. */
package org.corroborate.analysis.hedges;
