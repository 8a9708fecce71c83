package org.concertation.core.process;

import com.google.common.collect.ImmutableList;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.ObjectiveId;

/**
 * An action: the objective it serves, what it does, who committed what, and how many commitments
 * each actor kind made.
 *
 * @param id the action
 * @param objective the objective it serves
 * @param title what it does
 * @param commitments who brings what, in order
 * @param carrierKinds the number of commitments by actor kind
 */
public record ActionState(
    ActionId id,
    ObjectiveId objective,
    String title,
    ImmutableList<Commitment> commitments,
    PersistentMap<ActorKind, Integer> carrierKinds) {
  /** Validates the action. */
  public ActionState {
    checkNotNull(id, "id must not be null");
    checkNotNull(objective, "objective must not be null");
    checkNotNull(title, "title must not be null");
    checkNotNull(commitments, "commitments must not be null");
    checkNotNull(carrierKinds, "carrierKinds must not be null");
  }

  /**
   * Who brings what.
   *
   * @return an unmodifiable list
   */
  public List<Commitment> commitmentList() {
    return commitments;
  }

  /**
   * The number of commitments by actor kind.
   *
   * @return an unmodifiable map
   */
  public Map<ActorKind, Integer> carrierKindCounts() {
    return carrierKinds;
  }

  ActionState with(Commitment commitment, ActorKind kind) {
    return new ActionState(
        id,
        objective,
        title,
        ImmutableList.<Commitment>builder().addAll(commitments).add(commitment).build(),
        carrierKinds.plus(kind, carrierKinds.getOrDefault(kind, 0) + 1));
  }
}
