package org.corroborate.ingest;

/**
 * Told after each file of a {@link Readers#read} call, on the calling thread. The totals are known up
 * front because the inputs are walked before reading.
 */
@FunctionalInterface
public interface ReadProgress {
  ReadProgress NONE = p -> { };

  void fileDone(Progress progress);

  /**
   * @param source     the file just finished, as given or found under a given directory
   * @param filesDone  files finished so far, this one included
   * @param filesTotal files to read in this call
   * @param bytesDone  bytes (on disk) of the finished files
   * @param bytesTotal bytes (on disk) of all files to read
   */
  record Progress(String source, long filesDone, long filesTotal, long bytesDone, long bytesTotal) {}
}
