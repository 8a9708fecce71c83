package org.concertation.api.store;

import static com.google.common.base.Preconditions.checkArgument;

import org.concertation.api.domain.Checks;

/**
 * Thrown by {@link EventStore#append} when the stream is no longer at the version the writer
 * expected: another writer appended first. Nothing was written; read the stream again, decide again
 * and retry.
 */
public final class ConcurrencyConflictException extends RuntimeException {
  /** The stream appended to. */
  private final String stream;

  /** The version the writer expected. */
  private final long expectedVersion;

  /** The version the stream was at. */
  private final long actualVersion;

  /**
   * Reports a conflict.
   *
   * @param stream the stream id, not blank
   * @param expectedVersion the version the writer expected, at least 0
   * @param actualVersion the version the stream is at, at least 0 and not the expected one
   */
  public ConcurrencyConflictException(String stream, long expectedVersion, long actualVersion) {
    super(message(stream, expectedVersion, actualVersion));
    this.stream = stream;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  private static String message(String stream, long expectedVersion, long actualVersion) {
    Checks.text("stream id", stream);
    checkArgument(
        expectedVersion >= 0, "Invalid expected version %s: must be at least 0", expectedVersion);
    checkArgument(
        actualVersion >= 0, "Invalid actual version %s: must be at least 0", actualVersion);
    checkArgument(
        expectedVersion != actualVersion,
        "Invalid conflict on stream '%s': expected and actual versions are both %s",
        stream,
        actualVersion);
    return String.format(
        "Concurrency conflict on stream '%s': expected version %d but it is at version %d",
        stream, expectedVersion, actualVersion);
  }

  /**
   * The stream appended to.
   *
   * @return the stream id
   */
  public String stream() {
    return stream;
  }

  /**
   * The version the writer expected.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The version the stream was at.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
