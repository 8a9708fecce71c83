package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;

/**
 * An adopted objective and the proposals it comes from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the objective
 * @param title what it aims at
 * @param from the adopted proposals it comes from
 */
public record Objective(ObjectiveId id, String title, ImmutableSet<ProposalId> from) {
  /**
   * Validates the objective.
   *
   * @param id the objective
   * @param title what it aims at
   * @param from the adopted proposals it comes from
   */
  public Objective {
    checkNotNull(id, "id must not be null");
    Checks.text("title", title);
    from = ImmutableSet.copyOf(checkNotNull(from, "from must not be null"));
  }
}
