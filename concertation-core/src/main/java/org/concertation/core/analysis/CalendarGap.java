package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.concertation.core.history.DeadlineFact;

/**
 * A deadline the project owner set apart from the charter's calendar: a phase's deadline moved from
 * the one the charter set, or set where the charter set none; a round's deadline moved from the one
 * the charter's round duration gave it, or set where the charter gave none.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param change the deadline set, with its reason
 * @param promised the deadline the charter's calendar gave, if it gave one
 */
public record CalendarGap(DeadlineFact change, Optional<Instant> promised) {
  /** How a deadline departs from the charter's calendar. */
  public enum Kind {
    /** Later than the charter's: more time than the charter promised. */
    LATER,
    /** Earlier than the charter's: less time than the charter promised. */
    EARLIER,
    /** Where the charter set none. */
    ADDED
  }

  /**
   * Validates the gap.
   *
   * @param change the deadline set, with its reason
   * @param promised the deadline the charter's calendar gave, if it gave one
   */
  public CalendarGap {
    checkNotNull(change, "change must not be null");
    checkNotNull(promised, "promised must not be null");
  }

  /**
   * How the deadline departs from the charter's.
   *
   * @return the kind
   */
  public Kind kind() {
    if (promised.isEmpty()) {
      return Kind.ADDED;
    }
    return change.deadline().isAfter(promised.get()) ? Kind.LATER : Kind.EARLIER;
  }
}
