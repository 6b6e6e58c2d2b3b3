package org.corroborate.ingest;

/**
 * Turns one input of one format into articles or rejections. Implementations are thread-safe and
 * built once. They never throw on bad input: every problem ends as a {@link org.corroborate.model.Rejection}
 * in the sink; an input that gives neither an article nor a rejection is a bug.
 */
public interface ArticleReader {
  /** The format name, used in SourceRef.kind and in messages: "text", "html", "rss", "warc", ... */
  String format();

  /**
   * Whether this reader takes the input, judged by its name and its first bytes.
   *
   * @param head up to the first 8 KiB of the (decompressed) input
   */
  boolean accepts(String name, byte[] head);

  void read(Input input, ReadSink sink);
}
