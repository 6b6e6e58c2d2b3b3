/**
 * Bytes to text for every text format: byte-order marks, declared charsets (XML prolog, HTTP), then
 * sniffing (valid UTF-8, UTF-16 without BOM, windows-1252 or windows-1251 for legacy single-byte text),
 * and repair of mojibake (UTF-8 that was once read as windows-1252: "itâ€™s" back to "it’s").
 */
package org.corroborate.ingest.encoding;
