package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ObjectiveId;

/**
 * An action launched for an objective, with the commitments made to it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom, it was launched
 * @param id its identity
 * @param objective the objective
 * @param title what it does
 * @param commitments the commitments made to it, in order
 */
public record ActionFact(
    Stamp stamp,
    ActionId id,
    ObjectiveId objective,
    String title,
    ImmutableList<CommitmentFact> commitments) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom, it was launched
   * @param id its identity
   * @param objective the objective
   * @param title what it does
   * @param commitments the commitments made to it, in order
   */
  public ActionFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(id, "id must not be null");
    checkNotNull(objective, "objective must not be null");
    checkNotNull(title, "title must not be null");
    commitments = ImmutableList.copyOf(checkNotNull(commitments, "commitments must not be null"));
  }

  /**
   * Who carries the action: the actors who committed to it, each once, in order.
   *
   * @return the carriers
   */
  public ImmutableList<ActorId> carriers() {
    return commitments.stream()
        .map(c -> c.commitment().actor())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }
}
