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
public record Rating(
    ActorId actor, CriterionId criterion, int score, Optional<PersonalText> comment) {
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
    comment.ifPresent(c -> Checks.personal("rating comment", c));
  }

  /**
   * A rating with a comment given as a present text, or none.
   *
   * @param actor who rates
   * @param criterion the criterion
   * @param score from {@link #MIN} to {@link #MAX}
   * @param comment what the actor adds, if anything
   * @return the rating
   */
  public static Rating of(
      ActorId actor, CriterionId criterion, int score, Optional<String> comment) {
    return new Rating(
        actor, criterion, score, checkNotNull(comment, "comment").map(PersonalText::of));
  }

  /**
   * A copy with another comment: the same value sealed, or erased.
   *
   * @param newComment the comment
   * @return the copy
   */
  public Rating withComment(Optional<PersonalText> newComment) {
    return new Rating(actor, criterion, score, newComment);
  }
}
