/** WARC archives (ISO 28500, 1.0 and 1.1, plain or gzip per record): HTML responses become articles. */
package org.corroborate.ingest.warc;
