/**
 * Pieces the readers share: bounded reading and guarded decompression, turning I/O failures into
 * rejection reasons, date and URL parsing, HTML fragments to paragraphs, and format sniffing.
 */
package org.corroborate.ingest.support;
