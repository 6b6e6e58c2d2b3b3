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
   * Told while a large file is read (WARC, JSON Lines), every 8 MiB of its bytes on disk, on the
   * calling thread. Does nothing unless overridden.
   *
   * @param source    the file being read
   * @param bytesRead bytes of it read so far (compressed bytes for a .gz file)
   * @param fileBytes its size on disk
   */
  default void inFile(String source, long bytesRead, long fileBytes) {
  }

  /**
   * @param source     the file just finished, as given or found under a given directory
   * @param filesDone  files finished so far, this one included
   * @param filesTotal files to read in this call
   * @param bytesDone  bytes (on disk) of the finished files
   * @param bytesTotal bytes (on disk) of all files to read
   */
  record Progress(String source, long filesDone, long filesTotal, long bytesDone, long bytesTotal) {}
}
