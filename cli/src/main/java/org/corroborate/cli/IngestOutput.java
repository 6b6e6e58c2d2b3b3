package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.ingest.ReadProgress;
import org.corroborate.pipeline.IngestRun;
import org.corroborate.store.ArticleStore;

/** The terminal side of ingest: {@link IngestRun} with a progress bar, and the closing summary. */
final class IngestOutput {
  private IngestOutput() {}

  static IngestRun.Done run(List<Path> inputs, ArticleStore store, IngestPipeline.Options options, PrintWriter err) {
    ReadProgress progress = ProgressBar.forTerminal(err);
    try {
      return IngestRun.run(inputs, store, options, progress);
    } finally {
      ProgressBar.finish(progress);
    }
  }

  /** The closing summary: files and bytes read, then the ingest counts, then the store's totals. */
  static void printSummary(PrintWriter out, IngestRun.Done done, ArticleStore store, Path data) {
    out.println("files: " + done.read().files() + " (" + ProgressBar.bytes(done.read().bytes()) + ")");
    out.print(done.ingest().describe());
    out.println("store: " + data + " (" + store.articleCount() + " articles, " + store.rejectionCount()
        + " rejections in total)");
  }
}
