package org.concertation.core.store.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The database failed: it could not be reached, read or written, or it holds what this store cannot
 * read. Its message says what the store was doing (the operation and the stream, never an event's
 * content); its cause is the driver's {@link SQLException}, whose SQL state {@link #sqlState()}
 * repeats. Conflicts between writers are not failures: they are {@link
 * org.concertation.api.store.ConcurrencyConflictException}s and {@link
 * org.concertation.api.store.DuplicateCommandException}s.
 *
 * <p>This class is immutable and thread-safe (as far as its cause is).
 */
public final class EventStoreException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  /** The SQL state of the cause, if the database gave one. */
  private final @Nullable String sqlState;

  EventStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
    this.sqlState = cause instanceof SQLException sql ? sql.getSQLState() : null;
  }

  /** A failure of the database while the store was doing something. */
  static EventStoreException of(String doing, SQLException cause) {
    return new EventStoreException(
        "Cannot "
            + doing
            + ": "
            + cause.getMessage()
            + (cause.getSQLState() == null ? "" : " (SQL state " + cause.getSQLState() + ")"),
        cause);
  }

  /**
   * The SQL state of the database's error (such as {@code 08001} when it cannot be reached), as the
   * driver gave it.
   *
   * @return the SQL state, or empty when the failure did not come from the database or the driver
   *     gave none (SQLite's driver gives none: see the cause's error code)
   */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
