package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.ingest.IngestSummary;
import org.corroborate.ingest.ReadProgress;
import org.corroborate.ingest.ReadSummary;
import org.corroborate.ingest.Readers;
import org.corroborate.store.ArticleStore;

/** Reads inputs through the readers into the ingest pipeline and store: the first stage of ingest and analyze. */
final class IngestRun {
  private IngestRun() {}

  /** What a run read and did; the pipeline is closed (everything committed). */
  record Done(ReadSummary read, IngestSummary ingest, IngestPipeline pipeline) {}

  static Done run(List<Path> inputs, ArticleStore store, IngestPipeline.Options options, PrintWriter err) {
    ReadProgress progress = ProgressBar.forTerminal(err);
    ReadSummary read;
    try (IngestPipeline pipeline = new IngestPipeline(store, options, IngestPipeline.Listener.NONE)) {
      try {
        read = Readers.standard().read(inputs, pipeline, progress);
      } finally {
        ProgressBar.finish(progress);
      }
      pipeline.close();
      return new Done(read, pipeline.summary(), pipeline);
    }
  }

  /** The closing summary: files and bytes read, then the ingest counts, then the store's totals. */
  static void printSummary(PrintWriter out, Done done, ArticleStore store, Path data) {
    out.println("files: " + done.read().files() + " (" + ProgressBar.bytes(done.read().bytes()) + ")");
    out.print(done.ingest().describe());
    out.println("store: " + data + " (" + store.articleCount() + " articles, " + store.rejectionCount()
        + " rejections in total)");
  }
}
