package org.concertation.core.store.jdbc;

import org.concertation.api.event.Event;
import org.concertation.core.json.JsonCodec;

/**
 * How a {@link JdbcEventStore} writes an event into a text column and reads it back. Reading what
 * was written must give an equal event.
 *
 * <p>Implementations must be safe for use by concurrent threads.
 *
 * @param <E> the type of the events
 */
public interface EventCodec<E> {
  /**
   * An event as text.
   *
   * @param event the event
   * @return its text
   */
  String encode(E event);

  /**
   * An event from its text.
   *
   * @param text what {@link #encode} wrote
   * @return the event
   * @throws RuntimeException if the text is not an event this codec reads
   */
  E decode(String text);

  /**
   * The library's events as the JSON of {@link JsonCodec}, the format of the event logs, documented
   * in {@code org/concertation/core/json/mapping.md}. It needs Jackson (jackson-databind), an
   * optional dependency of concertation-core.
   *
   * @return the codec
   */
  static EventCodec<Event> json() {
    JsonCodec codec = JsonCodec.create();
    return new EventCodec<>() {
      @Override
      public String encode(Event event) {
        return codec.writeEvent(event);
      }

      @Override
      public Event decode(String text) {
        return codec.readEvent(text);
      }

      @Override
      public String toString() {
        return "EventCodec.json()";
      }
    };
  }
}
