package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A log that does not verify, refused before any of its events is used.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BrokenLogException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  private final transient LogBreak logBreak;

  BrokenLogException(LogBreak logBreak) {
    super("Broken event log at " + checkNotNull(logBreak, "break must not be null").describe());
    this.logBreak = logBreak;
  }

  /**
   * Where and why the log breaks.
   *
   * @return the first break
   */
  public LogBreak logBreak() {
    return logBreak;
  }
}
