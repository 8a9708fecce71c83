package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import org.concertation.api.domain.CriterionId;

/**
 * One actor's graded vote on the criteria themselves, on the charter's weighing scale.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom
 * @param grades the grade of each criterion weighed
 */
public record WeighingFact(Stamp stamp, ImmutableMap<CriterionId, Integer> grades) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom
   * @param grades the grade of each criterion weighed
   */
  public WeighingFact {
    checkNotNull(stamp, "stamp must not be null");
    grades = ImmutableMap.copyOf(checkNotNull(grades, "grades must not be null"));
  }
}
