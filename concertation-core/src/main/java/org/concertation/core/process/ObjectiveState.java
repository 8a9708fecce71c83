package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalId;

/**
 * An adopted objective and the proposals it comes from.
 *
 * @param id the objective
 * @param title what it aims at
 * @param from the adopted proposals it comes from
 */
public record ObjectiveState(ObjectiveId id, String title, ImmutableSet<ProposalId> from) {
  /** Validates the objective. */
  public ObjectiveState {
    checkNotNull(id, "id must not be null");
    checkNotNull(title, "title must not be null");
    from = ImmutableSet.copyOf(checkNotNull(from, "from must not be null"));
  }
}
