package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.StakeId;

/**
 * A stake of the diagnosis: what it is, who identified it, whether it is validated.
 *
 * @param id the stake
 * @param title what it is
 * @param identifiedBy who identified it
 * @param validated whether it is validated
 */
public record StakeState(StakeId id, String title, ActorId identifiedBy, boolean validated) {
  /** Validates the stake. */
  public StakeState {
    checkNotNull(id, "id must not be null");
    checkNotNull(title, "title must not be null");
    checkNotNull(identifiedBy, "identifiedBy must not be null");
  }
}
