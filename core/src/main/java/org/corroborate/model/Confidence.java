package org.corroborate.model;

/** How sure a derived value is (a publication time, a resolved date). */
public enum Confidence {
  /** Stated in machine-readable metadata made for the purpose (article:published_time, JSON-LD). */
  HIGH,
  /** Read off human text (a dateline "May 22, 2023") or a feed's item date. */
  MEDIUM,
  /** Guessed (a URL path, a file's modification time, a date elsewhere on the page). */
  LOW
}
