package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.ingest.feed.FeedReader;
import org.corroborate.ingest.html.HtmlExtractor;
import org.corroborate.ingest.html.MainTextExtractor;
import org.corroborate.ingest.jsonl.JsonDocumentReader;
import org.corroborate.ingest.jsonl.JsonLinesReader;
import org.corroborate.ingest.support.Bounded;
import org.corroborate.ingest.support.Failures;
import org.corroborate.ingest.support.GuardedGzip;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.ingest.support.Sniff;
import org.corroborate.ingest.text.PlainTextReader;
import org.corroborate.ingest.warc.WarcReader;
import org.corroborate.ingest.web.HtmlFileReader;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;

/**
 * The way in for every input: give it files and directories, get articles and rejections.
 *
 * <pre>{@code
 * Readers readers = Readers.standard(ReaderConfig.defaults());
 * ReadSummary s = readers.read(List.of(Path.of("news/")), sink);
 * }</pre>
 *
 * <p>Directories are walked recursively in name order (symbolic links followed, loops detected);
 * .gz files are decompressed (also when only the gzip magic shows it), with bomb limits; each input's
 * format is sniffed from its name and first bytes and it goes to the first reader that takes it:
 * WARC, JSON Lines, JSON, RSS/Atom feed, HTML, plain text. Binary files are rejected as "binary",
 * empty ones as "empty". WARC and JSON Lines files are streamed (up to {@code maxInputBytes}); any
 * other document is held in memory and so limited to {@code maxDocumentBytes}.
 *
 * <p>Contract: every file ends as at least one article or rejection; nothing is dropped silently. All
 * sink calls happen on the calling thread, in a deterministic order (inputs in the order given,
 * files in name order, items in document order). A {@code Readers} is immutable and thread-safe;
 * several threads may call {@link #read} with their own sinks.
 *
 * <p>Rejection reason codes (stable, for counting): "empty", "binary", "too-large", "gzip-bomb",
 * "truncated", "corrupt-gzip", "unreadable", "not-a-file", "symlink-loop", "too-deep",
 * "limit-exceeded", "unsupported-format", "encoding", "no-text", "malformed-xml", "xml-entities",
 * "malformed-json", "line-too-long", "malformed-warc", "malformed-http", "unsupported-encoding",
 * "not-html", "http-status", "warc-skipped" (non-response WARC records, one summary per file),
 * "io-error"; "reader-error" and "no-output" mean a bug in a reader.
 */
public final class Readers {
  /** Bytes of an input's start used to sniff its format (decompressed). */
  public static final int HEAD_BYTES = 8192;

  private final ReadContext ctx;
  private final List<ArticleReader> readers;

  private Readers(ReadContext ctx) {
    this.ctx = ctx;
    this.readers = List.of(
        new WarcReader(ctx),
        new JsonLinesReader(ctx),
        new JsonDocumentReader(ctx),
        new FeedReader(ctx),
        new HtmlFileReader(ctx),
        new PlainTextReader(ctx));
  }

  /** All readers, default limits, the project's HTML extractor. */
  public static Readers standard() {
    return standard(ReaderConfig.defaults());
  }

  public static Readers standard(ReaderConfig config) {
    return standard(config, new MainTextExtractor());
  }

  public static Readers standard(ReaderConfig config, HtmlExtractor html) {
    return standard(config, html, Clock.systemUTC());
  }

  /** With an injected clock for {@code SourceRef.seenAt}, so tests are deterministic. */
  public static Readers standard(ReaderConfig config, HtmlExtractor html, Clock clock) {
    return new Readers(new ReadContext(config, clock, html));
  }

  public ReaderConfig config() {
    return ctx.config();
  }

  /** The format names of the readers, in the order they are tried. */
  public List<String> formats() {
    return readers.stream().map(ArticleReader::format).toList();
  }

  public ReadSummary read(List<Path> inputs, ReadSink sink) {
    return read(inputs, sink, ReadProgress.NONE);
  }

  /**
   * Reads files and directories (recursively). Misuse (null arguments) fails fast; anything wrong with
   * the inputs themselves becomes a rejection.
   */
  public ReadSummary read(List<Path> inputs, ReadSink sink, ReadProgress progress) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    Counting counting = new Counting(sink);
    List<Walked> walked = new ArrayList<>();
    Set<Path> ancestors = new HashSet<>();
    for (Path p : inputs) {
      walk(Objects.requireNonNull(p, "an input path is null"), p.toString(), 0, ancestors, walked);
    }
    long bytesTotal = walked.stream().mapToLong(Walked::size).sum();
    long filesDone = 0;
    long bytesDone = 0;
    for (Walked w : walked) {
      try {
        if (w.rejection() != null) {
          counting.reject(w.rejection());
        } else {
          readFile(w.path(), w.name(), w.size(), counting, progress);
        }
      } catch (SinkFailure f) {
        throw f.cause();
      }
      filesDone++;
      bytesDone += w.size();
      progress.fileDone(new ReadProgress.Progress(w.name(), filesDone, walked.size(), bytesDone, bytesTotal));
    }
    return new ReadSummary(walked.size(), bytesTotal, counting.articles, counting.reasons);
  }

  /** One walked entry: a regular file to read, or a rejection decided while walking. */
  private record Walked(Path path, String name, long size, Rejection rejection) {}

  private void walk(Path p, String name, int depth, Set<Path> ancestors, List<Walked> out) {
    if (out.size() >= ctx.config().maxFiles()) {
      if (out.size() == ctx.config().maxFiles()) {
        out.add(new Walked(p, name, 0, new Rejection(name, "limit-exceeded",
            "more than " + ctx.config().maxFiles() + " files (maxFiles); the rest were not read")));
      }
      return;
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      out.add(new Walked(p, name, 0, Files.isSymbolicLink(p)
          ? new Rejection(name, "unreadable", "a symbolic link whose target cannot be read: " + e.getMessage())
          : Failures.of(name, e)));
      return;
    }
    if (attrs.isRegularFile()) {
      out.add(new Walked(p, name, attrs.size(), null));
      return;
    }
    if (!attrs.isDirectory()) {
      out.add(new Walked(p, name, 0, new Rejection(name, "not-a-file",
          "not a regular file or directory (a pipe, socket or device is not read)")));
      return;
    }
    if (depth >= ctx.config().maxDirectoryDepth()) {
      out.add(new Walked(p, name, 0, new Rejection(name, "too-deep",
          "directory nesting deeper than " + ctx.config().maxDirectoryDepth() + " (maxDirectoryDepth)")));
      return;
    }
    Path real;
    try {
      real = p.toRealPath();
    } catch (IOException e) {
      out.add(new Walked(p, name, 0, Failures.of(name, e)));
      return;
    }
    if (!ancestors.add(real)) {
      out.add(new Walked(p, name, 0, new Rejection(name, "symlink-loop",
          "a symbolic link leads back to " + real + ", a directory being walked; not followed")));
      return;
    }
    try {
      List<String> names = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
        for (Path child : ds) {
          names.add(child.getFileName().toString());
        }
      } catch (IOException e) {
        out.add(new Walked(p, name, 0, Failures.of(name, e)));
        return;
      }
      names.sort(null);
      for (String n : names) {
        walk(p.resolve(n), name.endsWith("/") ? name + n : name + "/" + n, depth + 1, ancestors, out);
      }
    } finally {
      ancestors.remove(real);
    }
  }

  private void readFile(Path path, String name, long size, ReadSink sink, ReadProgress progress) {
    if (size == 0) {
      sink.reject(new Rejection(name, "empty", "the file is empty"));
      return;
    }
    if (size > ctx.config().maxInputBytes()) {
      sink.reject(new Rejection(name, "too-large",
          "the file has " + size + " bytes, more than the limit of " + ctx.config().maxInputBytes() + " (maxInputBytes)"));
      return;
    }
    read(new Input(name, size, () -> new Reporting(Files.newInputStream(path), name, size, progress)), sink);
  }

  /** Tells the progress listener, every {@link #STEP} bytes, how far into a large file reading is. */
  private static final class Reporting extends java.io.FilterInputStream {
    static final long STEP = 8L << 20;
    private final String name;
    private final long size;
    private final ReadProgress progress;
    private long position;
    private long next = STEP;

    Reporting(InputStream in, String name, long size, ReadProgress progress) {
      super(in);
      this.name = name;
      this.size = size;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      if (k > 0) {
        advance(k);
      }
      return k;
    }

    private void advance(long n) {
      position += n;
      if (position >= next) {
        next = position + STEP;
        progress.inFile(name, position, size);
      }
    }
  }

  /**
   * Reads one input of any supported format: decompresses gzip, sniffs, dispatches. Emits at least one
   * article or rejection.
   */
  public void read(Input input, ReadSink sink) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sink, "sink");
    boolean outermost = !(sink instanceof Counting);
    Counting counting = sink instanceof Counting c ? c : new Counting(sink);
    long before = counting.total();
    try {
      dispatch(input, counting);
    } catch (SinkFailure f) {
      if (outermost) {
        throw f.cause();
      }
      throw f;
    }
    if (counting.total() == before) {
      counting.reject(new Rejection(input.name(), "no-output", "no reader produced an article or a rejection (a bug)"));
    }
  }

  private void dispatch(Input raw, ReadSink sink) {
    String name = raw.name();
    byte[] magic;
    try (InputStream in = raw.open()) {
      magic = Bounded.readHead(in, 2);
    } catch (IOException e) {
      sink.reject(Failures.of(name, e));
      return;
    }
    if (magic.length == 0) {
      sink.reject(new Rejection(name, "empty", "the input is empty"));
      return;
    }
    Input input = raw;
    String sniffName = name;
    if (Sniff.isGzip(magic)) {
      ReaderConfig c = ctx.config();
      input = new Input(name, -1, () -> GuardedGzip.open(raw.open(), c.maxDecompressedBytes(),
          c.maxCompressionRatio(), c.ratioCheckAfterBytes()));
      sniffName = stripGz(name);
    }
    byte[] head;
    try (InputStream in = input.open()) {
      head = Bounded.readHeadLenient(in, HEAD_BYTES);
    } catch (IOException e) {
      sink.reject(Failures.of(name, e));
      return;
    }
    if (head.length == 0) {
      sink.reject(new Rejection(name, "empty", "the gzip data decompresses to nothing"));
      return;
    }
    ArticleReader chosen = null;
    try {
      if (!readers.get(0).accepts(sniffName, head)) {
        String binary = Sniff.binaryKind(head);
        if (binary != null) {
          sink.reject(new Rejection(name, "binary", "not text: looks like a " + binary));
          return;
        }
      }
      for (ArticleReader r : readers) {
        if (r.accepts(sniffName, head)) {
          chosen = r;
          boolean streamed = r instanceof WarcReader || r instanceof JsonLinesReader;
          if (!streamed && input.size() > ctx.config().maxDocumentBytes()) {
            sink.reject(new Rejection(name, "too-large", "a " + r.format() + " document of " + input.size()
                + " bytes, more than the limit of " + ctx.config().maxDocumentBytes() + " (maxDocumentBytes)"));
            return;
          }
          r.read(input, sink);
          return;
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      if (e instanceof SinkFailure f) {
        throw f; // the caller's sink failed (a full disk, a closed store): not the input's fault
      }
      // A reader bug or an input that defeats a library: recorded, so that a batch goes on.
      sink.reject(new Rejection(name, "reader-error", (chosen == null ? "sniffing" : "the " + chosen.format() + " reader")
          + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      return;
    }
    sink.reject(new Rejection(name, "unsupported-format", "no reader takes this input (not text, HTML, a feed, JSON or WARC)"));
  }

  private static String stripGz(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      return name.substring(0, name.length() - 3);
    }
    if (lower.endsWith(".gzip")) {
      return name.substring(0, name.length() - 5);
    }
    return name;
  }

  /**
   * A failure of the caller's sink, carried through the readers (which record their own failures as
   * rejections) and rethrown as it was to the caller: an article that could not be stored must fail
   * the run, not pass for a bad input.
   */
  private static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    RuntimeException cause() {
      return (RuntimeException) getCause();
    }
  }

  /** Counts what passes to the caller's sink. */
  private static final class Counting implements ReadSink {
    private final ReadSink target;
    long articles;
    final Map<String, Long> reasons = new HashMap<>();
    long rejections;

    Counting(ReadSink target) {
      this.target = target;
    }

    long total() {
      return articles + rejections;
    }

    /** Runs a call into the caller's sink; its failure is carried out as a {@link SinkFailure}. */
    private static void forward(Runnable call) {
      try {
        call.run();
      } catch (SinkFailure f) {
        throw f;
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void accept(Article article) {
      articles++;
      forward(() -> target.accept(article));
    }

    @Override
    public void reject(Rejection rejection) {
      rejections++;
      reasons.merge(rejection.reason(), 1L, Long::sum);
      forward(() -> target.reject(rejection));
    }
  }
}
