package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.Rating;

/**
 * A rating of the process against a criterion.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the actor who rated
 * @param rating the rating: criterion, score and comment
 */
public record RatingFact(Stamp stamp, Rating rating) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the actor who rated
   * @param rating the rating
   */
  public RatingFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(rating, "rating must not be null");
  }
}
