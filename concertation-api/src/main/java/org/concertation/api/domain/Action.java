package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An action serving an adopted objective: what it does, who committed what, and how many
 * commitments each actor kind made (an action is co-carried when several kinds commit).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the action
 * @param objective the objective it serves
 * @param title what it does
 * @param commitments who brings what, in order
 * @param carrierKinds the number of commitments by actor kind
 */
public record Action(
    ActionId id,
    ObjectiveId objective,
    String title,
    ImmutableList<Commitment> commitments,
    ImmutableMap<ActorKind, Integer> carrierKinds) {
  /**
   * Validates the action.
   *
   * @param id the action
   * @param objective the objective it serves
   * @param title what it does
   * @param commitments who brings what, in order
   * @param carrierKinds the number of commitments by actor kind
   */
  public Action {
    checkNotNull(id, "id must not be null");
    checkNotNull(objective, "objective must not be null");
    Checks.text("action title", title);
    commitments = ImmutableList.copyOf(checkNotNull(commitments, "commitments must not be null"));
    carrierKinds = ImmutableMap.copyOf(checkNotNull(carrierKinds, "carrierKinds must not be null"));
  }

  /**
   * A new action, with no commitment yet.
   *
   * @param id the action
   * @param objective the objective it serves
   * @param title what it does
   * @return the action
   */
  public static Action launched(ActionId id, ObjectiveId objective, String title) {
    return new Action(id, objective, title, ImmutableList.of(), ImmutableMap.of());
  }

  /**
   * Returns a copy with one more commitment, by an actor of the given kind.
   *
   * @param commitment who brings what
   * @param kind the committing actor's kind
   * @return the copy
   */
  public Action with(Commitment commitment, ActorKind kind) {
    Map<ActorKind, Integer> kinds = new LinkedHashMap<>(carrierKinds);
    kinds.merge(kind, 1, Integer::sum);
    return new Action(
        id,
        objective,
        title,
        ImmutableList.<Commitment>builder().addAll(commitments).add(commitment).build(),
        ImmutableMap.copyOf(kinds));
  }
}
