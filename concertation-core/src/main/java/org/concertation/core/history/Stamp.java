package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.concertation.api.domain.ActorId;

/**
 * When and by whom a fact happened: the place of its event in the history, the event's instant and
 * the actor who acted. Facts compare in time by {@link #index}: two events may share an instant,
 * never a place.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index the place of the event in the history, from 0
 * @param at the event's instant
 * @param by the actor who acted
 */
public record Stamp(int index, Instant at, ActorId by) {
  /**
   * Validates the stamp.
   *
   * @param index the place of the event in the history, from 0
   * @param at the event's instant
   * @param by the actor who acted
   */
  public Stamp {
    checkArgument(index >= 0, "Invalid index '%s': must be at least 0", index);
    checkNotNull(at, "at must not be null");
    checkNotNull(by, "by must not be null");
  }

  /**
   * Whether this fact came after another in the history.
   *
   * @param other the other fact's stamp
   * @return true when this event follows the other's
   */
  public boolean isAfter(Stamp other) {
    checkNotNull(other, "other must not be null");
    return index > other.index;
  }
}
