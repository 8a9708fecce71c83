package org.concertation.api.store;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Where the events of processes are kept: one append-only stream of events per process, with
 * optimistic concurrency.
 *
 * <p>The events of a stream are numbered from 1 without gaps; the version of a stream is the number
 * of its last event, 0 while it has none. A writer reads a stream, decides, then appends with the
 * version it read: when another writer appended first, the append fails with a {@link
 * ConcurrencyConflictException} and nothing is written, so no event is ever lost or duplicated. The
 * writer then reads again and retries.
 *
 * <p>Stream ids must not be blank. Implementations must be safe for use by concurrent threads;
 * reads return snapshots that later appends do not change.
 *
 * @param <E> the type of the events
 */
public interface EventStore<E> {
  /**
   * Appends events to a stream, all or none, if the stream is still at the expected version.
   * Appending no events only checks the version.
   *
   * @param stream the stream id, not blank
   * @param expectedVersion the version the writer read, at least 0 (0 for a new stream)
   * @param events the events to append, in order, none null
   * @return the new version of the stream: the expected version plus the number of events
   * @throws ConcurrencyConflictException if the stream is not at the expected version
   * @throws IllegalArgumentException if the stream id is blank or the expected version negative
   */
  long append(String stream, long expectedVersion, List<? extends E> events);

  /**
   * Reads a whole stream.
   *
   * @param stream the stream id, not blank
   * @return the stream's events in order, versions 1 to {@link #version(String)}; empty for a
   *     stream with no events
   * @throws IllegalArgumentException if the stream id is blank
   */
  ImmutableList<StoredEvent<E>> read(String stream);

  /**
   * Reads the events of a stream that follow a version.
   *
   * @param stream the stream id, not blank
   * @param afterVersion the version already known, at least 0
   * @return the events with a version above {@code afterVersion}, in order; empty when there are
   *     none
   * @throws IllegalArgumentException if the stream id is blank or the version negative
   */
  ImmutableList<StoredEvent<E>> read(String stream, long afterVersion);

  /**
   * The current version of a stream.
   *
   * @param stream the stream id, not blank
   * @return the version of its last event, 0 for a stream with no events
   * @throws IllegalArgumentException if the stream id is blank
   */
  long version(String stream);
}
