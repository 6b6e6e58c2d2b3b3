package org.corroborate.ingest;

/**
 * Every limit the readers enforce, in one typed record. A limit that an input exceeds makes a
 * {@link org.corroborate.model.Rejection} with the reason, never an out-of-memory error, a hang or a
 * crash. Build it from {@link #defaults()} and the {@code with...} methods; each value is checked
 * when set and a bad one fails with a message that names it.
 *
 * @param maxInputBytes        largest file on disk that is opened at all (default 8 GiB: WARC and
 *                             JSON Lines files are streamed, so they may be large). Larger: "too-large".
 * @param maxDecompressedBytes most bytes one .gz file may expand to (default 32 GiB, a large
 *                             .warc.gz). More: "gzip-bomb".
 * @param maxCompressionRatio  most decompressed bytes per compressed byte once more than
 *                             {@code ratioCheckAfterBytes} came out (default 100; text and HTML
 *                             compress 4 to 15 times, a bomb of zeros 1000 times). More: "gzip-bomb".
 * @param ratioCheckAfterBytes decompressed bytes after which the ratio is checked (default 16 MiB)
 * @param maxDocumentBytes     most bytes of one document held in memory: a text, HTML, feed or JSON
 *                             file, or one WARC record payload (default 64 MiB). More: "too-large"
 *                             (an uncompressed file is rejected by its size, before reading).
 * @param maxTextChars         most characters of one article body (default 2,000,000). More: "too-large".
 * @param maxLineBytes         longest JSON Lines line (default 16 MiB). Longer: "line-too-long",
 *                             and the next lines are still read.
 * @param maxFeedItems         most items or entries read from one feed (default 10,000); the rest
 *                             become one "limit-exceeded" rejection.
 * @param maxNestingDepth      deepest XML element or JSON value nesting (default 1,000). Deeper: "too-deep".
 * @param maxHeaderBytes       largest WARC or HTTP header block (default 64 KiB). Larger: "malformed-warc".
 * @param maxWarcRecords       most records read from one WARC file (default 10,000,000).
 * @param maxFiles             most files one {@link Readers#read} call walks (default 10,000,000).
 * @param maxDirectoryDepth    deepest directory level walked (default 64). Deeper: "too-deep".
 */
public record ReaderConfig(
    long maxInputBytes,
    long maxDecompressedBytes,
    int maxCompressionRatio,
    long ratioCheckAfterBytes,
    int maxDocumentBytes,
    int maxTextChars,
    int maxLineBytes,
    int maxFeedItems,
    int maxNestingDepth,
    int maxHeaderBytes,
    long maxWarcRecords,
    long maxFiles,
    int maxDirectoryDepth) {

  private static final long MIB = 1024L * 1024;

  public ReaderConfig {
    positive("maxInputBytes", maxInputBytes);
    positive("maxDecompressedBytes", maxDecompressedBytes);
    positive("maxCompressionRatio", maxCompressionRatio);
    positive("ratioCheckAfterBytes", ratioCheckAfterBytes);
    positive("maxDocumentBytes", maxDocumentBytes);
    positive("maxTextChars", maxTextChars);
    positive("maxLineBytes", maxLineBytes);
    positive("maxFeedItems", maxFeedItems);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxHeaderBytes", maxHeaderBytes);
    positive("maxWarcRecords", maxWarcRecords);
    positive("maxFiles", maxFiles);
    positive("maxDirectoryDepth", maxDirectoryDepth);
    if (maxDocumentBytes > Integer.MAX_VALUE - 64) {
      throw new IllegalArgumentException("maxDocumentBytes must fit in an array: " + maxDocumentBytes);
    }
  }

  /** The documented defaults. */
  public static ReaderConfig defaults() {
    return new ReaderConfig(8192 * MIB, 32768 * MIB, 100, 16 * MIB, (int) (64 * MIB), 2_000_000,
        (int) (16 * MIB), 10_000, 1_000, 64 * 1024, 10_000_000L, 10_000_000L, 64);
  }

  /**
   * This config with the settings of a string like {@code "maxInputBytes=2g, maxFeedItems=500"}
   * (sizes may end in k, m or g, for 1024-based units). An unknown key or a bad value fails with a
   * message that names it.
   */
  public ReaderConfig with(String spec) {
    ReaderConfig c = this;
    for (String part : spec.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected key=value, got \"" + part.strip() + "\"");
      }
      c = c.with(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
    }
    return c;
  }

  /** This config with one setting changed, by its component name. */
  public ReaderConfig with(String key, String value) {
    long v = parseSize(key, value);
    return switch (key) {
      case "maxInputBytes" -> withMaxInputBytes(v);
      case "maxDecompressedBytes" -> withMaxDecompressedBytes(v);
      case "maxCompressionRatio" -> withMaxCompressionRatio(toInt(key, v), ratioCheckAfterBytes);
      case "ratioCheckAfterBytes" -> withMaxCompressionRatio(maxCompressionRatio, v);
      case "maxDocumentBytes" -> withMaxDocumentBytes(toInt(key, v));
      case "maxTextChars" -> withMaxTextChars(toInt(key, v));
      case "maxLineBytes" -> withMaxLineBytes(toInt(key, v));
      case "maxFeedItems" -> withMaxFeedItems(toInt(key, v));
      case "maxNestingDepth" -> withMaxNestingDepth(toInt(key, v));
      case "maxHeaderBytes" -> withMaxHeaderBytes(toInt(key, v));
      case "maxWarcRecords" -> withMaxWarcRecords(v);
      case "maxFiles" -> withMaxFiles(v);
      case "maxDirectoryDepth" -> withMaxDirectoryDepth(toInt(key, v));
      default -> throw new IllegalArgumentException("unknown reader setting \"" + key + "\"; known: maxInputBytes,"
          + " maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes, maxTextChars,"
          + " maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth");
    };
  }

  private static long parseSize(String key, String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    long unit = 1;
    if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
      unit = v.endsWith("k") ? 1024L : v.endsWith("m") ? MIB : 1024 * MIB;
      v = v.substring(0, v.length() - 1);
    }
    try {
      return Math.multiplyExact(Long.parseLong(v.replace("_", "")), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(key + ": not a number: \"" + value + "\"", e);
    }
  }

  private static int toInt(String key, long v) {
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(key + " is at most " + Integer.MAX_VALUE + ", was " + v);
    }
    return (int) v;
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  public ReaderConfig withMaxInputBytes(long v) {
    return new ReaderConfig(v, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxDecompressedBytes(long v) {
    return new ReaderConfig(maxInputBytes, v, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxCompressionRatio(int v, long checkAfterBytes) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, v, checkAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxDocumentBytes(int v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, v,
        maxTextChars, maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxTextChars(int v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        v, maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxLineBytes(int v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, v, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxFeedItems(int v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, v, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxNestingDepth(int v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, maxFeedItems, v, maxHeaderBytes, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxHeaderBytes(int v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, maxFeedItems, maxNestingDepth, v, maxWarcRecords, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxWarcRecords(long v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, v, maxFiles, maxDirectoryDepth);
  }

  public ReaderConfig withMaxFiles(long v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, v, maxDirectoryDepth);
  }

  public ReaderConfig withMaxDirectoryDepth(int v) {
    return new ReaderConfig(maxInputBytes, maxDecompressedBytes, maxCompressionRatio, ratioCheckAfterBytes, maxDocumentBytes,
        maxTextChars, maxLineBytes, maxFeedItems, maxNestingDepth, maxHeaderBytes, maxWarcRecords, maxFiles, v);
  }
}
