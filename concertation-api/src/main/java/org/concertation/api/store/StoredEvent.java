package org.concertation.api.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.Checks;

/**
 * An event as an {@link EventStore} keeps it: in its stream, with its version.
 *
 * <p>This class is immutable and thread-safe if the event is.
 *
 * @param stream the stream id, not blank
 * @param version the event's number in its stream, from 1
 * @param event the event
 * @param <E> the type of the event
 */
public record StoredEvent<E>(String stream, long version, E event) {
  /**
   * Validates the stored event.
   *
   * @param stream the stream id, not blank
   * @param version the event's number in its stream, from 1
   * @param event the event
   */
  public StoredEvent {
    Checks.text("stream id", stream);
    checkArgument(
        version >= 1,
        "Invalid version %s of an event in stream '%s': must be at least 1",
        version,
        stream);
    checkNotNull(event, "event %s of stream '%s' must not be null", version, stream);
  }
}
