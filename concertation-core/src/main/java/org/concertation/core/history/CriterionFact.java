package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.CriterionId;

/**
 * An evaluation criterion, as defined.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom, it was defined
 * @param id its identity
 * @param title what it judges
 */
public record CriterionFact(Stamp stamp, CriterionId id, String title) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom, it was defined
   * @param id its identity
   * @param title what it judges
   */
  public CriterionFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(id, "id must not be null");
    checkNotNull(title, "title must not be null");
  }
}
