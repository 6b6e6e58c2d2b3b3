/**
 * Meaning as vectors: the {@link org.corroborate.meaning.TextEmbedder} contract that claims and events
 * compare texts with, and small vector helpers. No model lives here.
 */
package org.corroborate.meaning;
