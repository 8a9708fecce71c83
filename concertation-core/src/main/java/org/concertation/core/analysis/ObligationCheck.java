package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Where one obligation of a {@link Calendar} stands at a date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param obligation the obligation
 * @param period its period
 * @param source where the figure comes from (a legal article, a charter clause)
 * @param status met, missed or pending
 * @param due the date it falls due, once its anchor has happened
 * @param explanation why, in one sentence
 */
public record ObligationCheck(
    Obligation obligation,
    Period period,
    String source,
    ObligationStatus status,
    Optional<LocalDate> due,
    String explanation) {
  /**
   * Validates the check.
   *
   * @param obligation the obligation
   * @param period its period
   * @param source where the figure comes from (a legal article, a charter clause)
   * @param status met, missed or pending
   * @param due the date it falls due, once its anchor has happened
   * @param explanation why, in one sentence
   */
  public ObligationCheck {
    checkNotNull(obligation, "obligation must not be null");
    checkNotNull(period, "period must not be null");
    checkNotNull(source, "source must not be null");
    checkNotNull(status, "status must not be null");
    checkNotNull(due, "due must not be null (use Optional.empty())");
    checkNotNull(explanation, "explanation must not be null");
  }
}
