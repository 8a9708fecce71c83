package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.CriterionId;

/**
 * An ex-post grade: an actor graded an action on a criterion, on the criterion's scale.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom
 * @param action the action
 * @param criterion the criterion
 * @param grade the grade
 */
public record ActionRatingFact(Stamp stamp, ActionId action, CriterionId criterion, int grade) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom
   * @param action the action
   * @param criterion the criterion
   * @param grade the grade
   */
  public ActionRatingFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(action, "action must not be null");
    checkNotNull(criterion, "criterion must not be null");
  }
}
