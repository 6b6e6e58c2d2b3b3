/**
 * JSON Lines (one article per line) and JSON documents (one article object, or an array of them).
 * The field names are documented on {@link org.corroborate.ingest.jsonl.JsonArticles}.
 */
package org.corroborate.ingest.jsonl;
