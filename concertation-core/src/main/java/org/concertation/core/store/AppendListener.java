package org.concertation.core.store;

import com.google.common.collect.ImmutableList;
import org.concertation.api.store.StoredEvent;

/**
 * Told of the events of each successful append to an {@link ObservedEventStore}, after they are
 * stored.
 *
 * @param <E> the type of the events
 */
@FunctionalInterface
public interface AppendListener<E> {
  /**
   * Called once per successful append that stored at least one event, on the appending thread,
   * after the events are stored. An exception thrown here is logged and does not undo the append.
   *
   * @param stream the stream appended to
   * @param events the events stored, with their versions, in order
   */
  void appended(String stream, ImmutableList<StoredEvent<E>> events);
}
