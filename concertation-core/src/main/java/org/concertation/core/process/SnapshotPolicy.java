package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * When a {@link ProcessService} saves a stream's state as a snapshot: each time the stream's
 * version reaches a multiple of a number of events ({@link #everyEvents}), so that a restart folds
 * at most that many events after the latest snapshot. The rule needs no memory of earlier saves:
 * whichever instance appends the events that cross a multiple saves the state after them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SnapshotPolicy {
  /** The default interval: a restart folds at most this many events after the latest snapshot. */
  public static final int DEFAULT_EVENTS = 1_000;

  private final int events;

  private SnapshotPolicy(int events) {
    this.events = events;
  }

  /**
   * A snapshot each time a stream's version reaches a multiple of a number of events.
   *
   * @param events the interval, at least 1
   * @return the policy
   * @throws IllegalArgumentException if the interval is below 1
   */
  public static SnapshotPolicy everyEvents(int events) {
    checkArgument(events >= 1, "Invalid snapshot interval %s: must be at least 1 event", events);
    return new SnapshotPolicy(events);
  }

  /**
   * A snapshot every {@value #DEFAULT_EVENTS} events.
   *
   * @return the policy
   */
  public static SnapshotPolicy ofDefaults() {
    return everyEvents(DEFAULT_EVENTS);
  }

  /**
   * The interval.
   *
   * @return the number of events between two snapshots
   */
  public int events() {
    return events;
  }

  /**
   * Whether a snapshot is due after a stream moved from one version to another: when the move
   * reached or crossed a multiple of the interval.
   *
   * @param before the version before, at least 0
   * @param after the version after, at least {@code before}
   * @return true if the state at {@code after} should be saved
   */
  public boolean isDue(long before, long after) {
    checkArgument(
        0 <= before && before <= after,
        "Invalid versions %s to %s: expected 0 <= before <= after",
        before,
        after);
    return after / events > before / events;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SnapshotPolicy that && events == that.events;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(events);
  }

  @Override
  public String toString() {
    return "SnapshotPolicy{every " + events + " events}";
  }
}
