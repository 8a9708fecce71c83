package org.concertation.api.store;

import org.concertation.api.domain.Checks;

/**
 * The identity of one command, chosen by the host, so that a command sent twice (a retry after a
 * network timeout, two instances driving the same work) is applied once: a store keeps each id at
 * most once per stream, with the events its command caused ({@link EventStore#append(String, long,
 * CommandId, java.util.List)}).
 *
 * <p>Not blank, no surrounding spaces, at most 200 characters: a store can keep it in a unique key
 * on (stream, command id). Derive it from what identifies the command in the host (a request id, a
 * file and its line), never from the clock alone. This class is immutable and thread-safe.
 *
 * @param value the identifier's text
 */
public record CommandId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier's text
   */
  public CommandId {
    Checks.id("command id", value);
  }

  /**
   * Returns the identity with this text.
   *
   * @param value the identifier's text
   * @return the identity
   * @throws IllegalArgumentException if the text is blank, padded or too long
   */
  public static CommandId of(String value) {
    return new CommandId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
