package org.corroborate.cli;

import org.corroborate.pipeline.AnalyzeRun;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One output of {@code analyze}: a file in the output folder made from the run. The command runs its
 * stages (ingest now; analysis, events and the ledger as they are added) and then every writer in its
 * list, so a new output is a new class in that list, not an edit of the others.
 */
interface OutputWriter {
  /** The file name in the output folder ("articles.jsonl"). */
  String fileName();

  /** Writes the output to {@code file}; the caller makes the write atomic (temp file, then move). */
  void write(AnalyzeRun run, Path file) throws IOException;
}
