package org.concertation.examples.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A scenario that cannot be read or run: malformed or invalid JSON, or a command that the state
 * machine refuses. The message names the place in the file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  ScenarioException(String message, Throwable cause) {
    super(checkNotNull(message, "message must not be null"), cause);
  }

  ScenarioException(String message) {
    super(checkNotNull(message, "message must not be null"));
  }
}
