package org.corroborate.ingest.encoding;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes and how.
 *
 * @param text     the text, without a byte-order mark, mojibake repaired
 * @param charset  the charset used (for mixed input: the main one)
 * @param method   how it was chosen: "bom", "declared", "utf-8", "utf-16-sniffed",
 *                 "utf-8+windows-1252" (UTF-8 with stray single-byte characters), "windows-1252", "windows-1251"
 * @param repaired how many mojibake sequences were repaired
 * @param suspect  how many characters are control characters or U+FFFD: a measure of how unlike text it is
 */
public record Decoded(String text, Charset charset, String method, int repaired, int suspect) {}
