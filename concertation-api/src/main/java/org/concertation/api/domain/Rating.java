package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One actor's rating of the process against one evaluation criterion, from {@value #MIN} to {@value
 * #MAX}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor who rates
 * @param criterion the criterion
 * @param score the score, from 1 to 5
 * @param comment what the actor adds, if anything
 */
public record Rating(ActorId actor, CriterionId criterion, int score, Optional<String> comment) {
  /** The lowest score. */
  public static final int MIN = 1;

  /** The highest score. */
  public static final int MAX = 5;

  /**
   * Validates the rating.
   *
   * @param actor who rates
   * @param criterion the criterion
   * @param score the score, from 1 to 5
   * @param comment what the actor adds, if anything
   */
  public Rating {
    checkNotNull(actor, "actor must not be null");
    checkNotNull(criterion, "criterion must not be null");
    checkArgument(
        score >= MIN && score <= MAX,
        "Invalid score '%s' for criterion '%s': must be from %s to %s",
        score,
        criterion,
        MIN,
        MAX);
    checkNotNull(comment, "comment must not be null (use Optional.empty())");
    comment.ifPresent(c -> Checks.text("rating comment", c));
  }
}
