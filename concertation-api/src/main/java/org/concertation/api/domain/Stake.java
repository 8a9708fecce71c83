package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A stake of the diagnosis: what it is, who identified it, whether it is validated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stake
 * @param title what it is
 * @param identifiedBy who identified it
 * @param validated whether it is validated
 */
public record Stake(StakeId id, String title, ActorId identifiedBy, boolean validated) {
  /**
   * Validates the stake.
   *
   * @param id the stake
   * @param title what it is
   * @param identifiedBy who identified it
   * @param validated whether it is validated
   */
  public Stake {
    checkNotNull(id, "id must not be null");
    Checks.text("title", title);
    checkNotNull(identifiedBy, "identifiedBy must not be null");
  }
}
