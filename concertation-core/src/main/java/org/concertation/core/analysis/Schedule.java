package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates on which the dated steps of a process happened: the public announcement, the opening,
 * the closing, the guarantor's report and the project owner's answer. A date after the date of a
 * check counts as not happened yet.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param announced when the public was told, if it was
 * @param opened when the process opened, if it did
 * @param closed when it closed, if it did
 * @param reported when the guarantor reported, if they did
 * @param answered when the project owner answered, if it did
 */
public record Schedule(
    Optional<LocalDate> announced,
    Optional<LocalDate> opened,
    Optional<LocalDate> closed,
    Optional<LocalDate> reported,
    Optional<LocalDate> answered) {
  /**
   * Validates the schedule.
   *
   * @param announced when the public was told, if it was
   * @param opened when the process opened, if it did
   * @param closed when it closed, if it did
   * @param reported when the guarantor reported, if they did
   * @param answered when the project owner answered, if it did
   */
  public Schedule {
    checkNotNull(announced, "announced must not be null (use Optional.empty())");
    checkNotNull(opened, "opened must not be null (use Optional.empty())");
    checkNotNull(closed, "closed must not be null (use Optional.empty())");
    checkNotNull(reported, "reported must not be null (use Optional.empty())");
    checkNotNull(answered, "answered must not be null (use Optional.empty())");
    checkArgument(
        closed.isEmpty() || opened.isPresent(),
        "Invalid schedule: closed on %s but never opened",
        closed.orElse(null));
    checkArgument(
        closed.isEmpty() || !closed.get().isBefore(opened.get()),
        "Invalid schedule: closed on %s before it opened on %s",
        closed.orElse(null),
        opened.orElse(null));
  }

  /**
   * An empty schedule: nothing has happened.
   *
   * @return the schedule
   */
  public static Schedule none() {
    return new Schedule(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A copy with the announcement date.
   *
   * @param date the date
   * @return the copy
   */
  public Schedule withAnnounced(LocalDate date) {
    return new Schedule(Optional.of(date), opened, closed, reported, answered);
  }

  /**
   * A copy with the opening date.
   *
   * @param date the date
   * @return the copy
   */
  public Schedule withOpened(LocalDate date) {
    return new Schedule(announced, Optional.of(date), closed, reported, answered);
  }

  /**
   * A copy with the closing date.
   *
   * @param date the date
   * @return the copy
   */
  public Schedule withClosed(LocalDate date) {
    return new Schedule(announced, opened, Optional.of(date), reported, answered);
  }

  /**
   * A copy with the date of the guarantor's report.
   *
   * @param date the date
   * @return the copy
   */
  public Schedule withReported(LocalDate date) {
    return new Schedule(announced, opened, closed, Optional.of(date), answered);
  }

  /**
   * A copy with the date of the project owner's answer.
   *
   * @param date the date
   * @return the copy
   */
  public Schedule withAnswered(LocalDate date) {
    return new Schedule(announced, opened, closed, reported, Optional.of(date));
  }
}
