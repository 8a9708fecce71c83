package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A log that does not verify, refused before any of its events is used: broken, truncated or
 * impossible, as its {@link #logBreak()} tells.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BrokenLogException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  private final transient LogBreak logBreak;

  BrokenLogException(LogBreak logBreak) {
    super(message(checkNotNull(logBreak, "break must not be null")));
    this.logBreak = logBreak;
  }

  private static String message(LogBreak logBreak) {
    switch (logBreak.kind()) {
      case TRUNCATED:
        return "Truncated event log at " + logBreak.describe();
      case IMPOSSIBLE:
        return "Impossible history in event log at " + logBreak.describe();
      default:
        return "Broken event log at " + logBreak.describe();
    }
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
