package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.PersonalText;

/**
 * A deadline set or moved by the project owner, with its reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom
 * @param target the phase or round whose deadline it is
 * @param previous the deadline it replaced, if there was one
 * @param deadline the new deadline
 * @param reason why
 */
public record DeadlineFact(
    Stamp stamp,
    DeadlineTarget target,
    Optional<Instant> previous,
    Instant deadline,
    PersonalText reason) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom
   * @param target the phase or round whose deadline it is
   * @param previous the deadline it replaced, if there was one
   * @param deadline the new deadline
   * @param reason why
   */
  public DeadlineFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(target, "target must not be null");
    checkNotNull(previous, "previous must not be null");
    checkNotNull(deadline, "deadline must not be null");
    checkNotNull(reason, "reason must not be null");
  }

  /**
   * Tells whether the deadline was moved later than the one it replaced.
   *
   * @return true when there was a deadline and the new one comes after it
   */
  public boolean isExtension() {
    return previous.isPresent() && deadline.isAfter(previous.get());
  }

  /**
   * Tells whether the deadline was set after the one it replaced had already passed: the phase or
   * round was reopened to time once its time was up.
   *
   * @return true when there was a deadline and it came before the change
   */
  public boolean afterExpiry() {
    return previous.isPresent() && stamp.at().isAfter(previous.get());
  }
}
