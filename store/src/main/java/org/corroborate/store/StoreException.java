package org.corroborate.store;

/**
 * The store could not do what was asked: the database file is unreadable, locked for too long, of a
 * newer schema than this program knows, or the disk failed. Unchecked, because no stage can recover
 * from it; the command line reports it and exits with status 1.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
