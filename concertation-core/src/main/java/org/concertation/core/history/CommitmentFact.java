package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Commitment;

/**
 * Means an actor committed to an action.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the actor who committed
 * @param action the action
 * @param commitment who brings what
 */
public record CommitmentFact(Stamp stamp, ActionId action, Commitment commitment) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the actor who committed
   * @param action the action
   * @param commitment who brings what
   */
  public CommitmentFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(action, "action must not be null");
    checkNotNull(commitment, "commitment must not be null");
  }
}
