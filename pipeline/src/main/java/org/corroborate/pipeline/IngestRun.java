package org.corroborate.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.ingest.IngestSummary;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadProgress;
import org.corroborate.ingest.ReadSummary;
import org.corroborate.ingest.Readers;
import org.corroborate.store.ArticleStore;

/**
 * Reads inputs through the standard readers into the ingest pipeline and the store: the first stage of
 * {@code ingest}, {@code analyze} and of an upload to the server. Everything is committed when a call
 * returns.
 */
public final class IngestRun {
  private IngestRun() {}

  /** What a run read and did; the pipeline is closed (everything committed). */
  public record Done(ReadSummary read, IngestSummary ingest, IngestPipeline pipeline) {}

  /** Reads files and directories (walked recursively). */
  public static Done run(List<Path> inputs, ArticleStore store, IngestPipeline.Options options, ReadProgress progress) {
    Objects.requireNonNull(progress, "progress");
    try (IngestPipeline pipeline = new IngestPipeline(store, options, IngestPipeline.Listener.NONE)) {
      ReadSummary read = Readers.standard().read(inputs, pipeline, progress);
      pipeline.close();
      return new Done(read, pipeline.summary(), pipeline);
    }
  }

  /**
   * Reads inputs already in memory (an upload), with the same readers and rejections as files; the
   * pipeline tracks ids, so {@code done.pipeline().articleIds()} and {@code rejections()} say what
   * became of them.
   */
  public static Done runInputs(List<Input> inputs, ArticleStore store) {
    try (IngestPipeline pipeline = new IngestPipeline(store, IngestPipeline.Options.DEFAULTS.withTrackIds(true),
        IngestPipeline.Listener.NONE)) {
      long bytes = 0;
      Readers readers = Readers.standard();
      for (Input in : inputs) {
        readers.read(in, pipeline);
        bytes += Math.max(0, in.size());
      }
      pipeline.close();
      IngestSummary summary = pipeline.summary();
      java.util.Map<String, Long> byReason = new java.util.TreeMap<>();
      for (var r : pipeline.rejections()) {
        byReason.merge(r.reason(), 1L, Long::sum);
      }
      return new Done(new ReadSummary(inputs.size(), bytes, pipeline.articleIds().size(), byReason), summary, pipeline);
    }
  }
}
