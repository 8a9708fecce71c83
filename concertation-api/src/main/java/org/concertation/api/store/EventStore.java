package org.concertation.api.store;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

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
 * <p>A command may carry an id chosen by the host ({@link CommandId}), so that a command sent twice
 * is applied once: {@link #append(String, long, CommandId, List)} records the id with the events
 * its command caused, and refuses a second append of the same id to the same stream ({@link
 * DuplicateCommandException}) even when two writers race; {@link #readCommand} returns the events
 * of an id already applied. A store over a database keeps the ids in a table with a unique key on
 * (stream, command id), written in the same transaction as the events. Stores that do not keep ids
 * inherit defaults that refuse them.
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
   * Appends the events a command caused, all or none, if the stream is still at the expected
   * version and holds no events of a command with the same id; the id is kept with the events, in
   * the same atomic step. Appending no events records the id alone.
   *
   * @param stream the stream id, not blank
   * @param expectedVersion the version the writer read, at least 0 (0 for a new stream)
   * @param command the command's id
   * @param events the events the command caused, in order, none null
   * @return the new version of the stream: the expected version plus the number of events
   * @throws DuplicateCommandException if the stream already holds that command's events; nothing is
   *     written
   * @throws ConcurrencyConflictException if the stream is not at the expected version
   * @throws UnsupportedOperationException if the store does not keep command ids
   * @throws IllegalArgumentException if the stream id is blank or the expected version negative
   */
  default long append(
      String stream, long expectedVersion, CommandId command, List<? extends E> events) {
    throw new UnsupportedOperationException(
        "This store (" + getClass().getName() + ") does not keep command ids");
  }

  /**
   * The events that a command appended to a stream, if a command with that id was applied.
   *
   * @param stream the stream id, not blank
   * @param command the command's id
   * @return the events appended with that id, in order (empty if it caused none), or empty when no
   *     command with that id was applied to the stream
   * @throws UnsupportedOperationException if the store does not keep command ids
   * @throws IllegalArgumentException if the stream id is blank
   */
  default Optional<ImmutableList<StoredEvent<E>>> readCommand(String stream, CommandId command) {
    throw new UnsupportedOperationException(
        "This store (" + getClass().getName() + ") does not keep command ids");
  }

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
