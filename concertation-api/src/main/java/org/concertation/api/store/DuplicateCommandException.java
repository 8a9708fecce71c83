package org.concertation.api.store;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.Checks;

/**
 * Thrown by {@link EventStore#append(String, long, CommandId, java.util.List)} when the stream
 * already holds the events of a command with the same id: the command was applied before, by this
 * writer or another. Nothing was written; read the earlier events with {@link
 * EventStore#readCommand}.
 */
public final class DuplicateCommandException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  /** The stream appended to. */
  private final String stream;

  /** The command's id. */
  private final CommandId command;

  /**
   * Reports a command applied before.
   *
   * @param stream the stream id, not blank
   * @param command the command's id
   */
  public DuplicateCommandException(String stream, CommandId command) {
    super(
        String.format(
            "Command '%s' was already applied to stream '%s'",
            checkNotNull(command, "command must not be null"), Checks.text("stream id", stream)));
    this.stream = stream;
    this.command = command;
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
   * The command's id.
   *
   * @return the id
   */
  public CommandId command() {
    return command;
  }
}
