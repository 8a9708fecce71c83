package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An evaluation criterion: what the process and its actions are judged on, and who chose it (the
 * participants, in the project logic; the project owner, in the mission logic).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the criterion
 * @param title what it judges
 * @param definedBy who chose it
 */
public record Criterion(CriterionId id, String title, ActorId definedBy) {
  /**
   * Validates the criterion.
   *
   * @param id the criterion
   * @param title what it judges
   * @param definedBy who chose it
   */
  public Criterion {
    checkNotNull(id, "id must not be null");
    Checks.text("criterion title", title);
    checkNotNull(definedBy, "definedBy must not be null");
  }
}
