package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.concertation.api.domain.StakeId;

/**
 * A stake of the territory, as the diagnosis brought it out.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param identified when, and by whom, it was identified
 * @param id its identity
 * @param title what it is
 * @param validated when, and by whom, it was validated, if it was
 */
public record StakeFact(Stamp identified, StakeId id, String title, Optional<Stamp> validated) {
  /**
   * Validates the fact.
   *
   * @param identified when, and by whom, it was identified
   * @param id its identity
   * @param title what it is
   * @param validated when, and by whom, it was validated, if it was
   */
  public StakeFact {
    checkNotNull(identified, "identified must not be null");
    checkNotNull(id, "id must not be null");
    checkNotNull(title, "title must not be null");
    checkNotNull(validated, "validated must not be null");
  }
}
