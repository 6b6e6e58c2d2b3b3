/** A generated corpus of hostile and broken inputs, to show that reading never crashes, hangs or loses input. */
package org.corroborate.ingest.hostile;
