package org.corroborate.ingest.warc;

import java.util.Map;

/**
 * One WARC record.
 *
 * @param number        its position in the file, from 1
 * @param headers       the WARC header fields, names lower-cased
 * @param contentLength the declared block length
 * @param block         the block bytes, or null when it was longer than the limit (and skipped)
 */
record WarcRecord(int number, Map<String, String> headers, long contentLength, byte[] block) {
  String header(String name) {
    return headers.get(name);
  }
}
