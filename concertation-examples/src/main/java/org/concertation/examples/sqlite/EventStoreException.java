package org.concertation.examples.sqlite;

/**
 * The database failed: it could not be opened, read or written. Conflicts between writers are not
 * failures: they are {@link org.concertation.api.store.ConcurrencyConflictException}s.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventStoreException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  EventStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
