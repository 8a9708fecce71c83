package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;

/**
 * What one simulated run achieved. Satisfactions are each actor's, from 0 to 1 (see {@link
 * Welfare}); a measure that is not defined for a run (no adopted proposal, no action, an outcome
 * space too large to enumerate) is {@link Double#NaN}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param end how the process ended
 * @param agreement whether at least one proposal was adopted and accepted
 * @param rounds the rounds held
 * @param proposals the proposals standing at the end (neither merged nor withdrawn)
 * @param adopted the proposals adopted by a round and accepted by the project owner
 * @param utilitarian the mean satisfaction
 * @param egalitarian the least satisfaction
 * @param nash the geometric mean of the satisfactions
 * @param gini the Gini coefficient of the satisfactions
 * @param bottomUpShare the share of adopted proposals with an inhabitant or association among their
 *     authors
 * @param transversality the mean number of kinds of actor carrying each action
 * @param participation the share of the territory's actors who did more than join
 * @param satisfactionByKind the mean satisfaction of each kind of actor present
 * @param satisfactionByCollege the mean satisfaction of each college's members
 * @param paretoDistance the distance from the outcome to the nearest Pareto-optimal outcome
 * @param nashDistance the distance from the outcome to the Nash bargaining point
 */
public record RunMetrics(
    End end,
    boolean agreement,
    int rounds,
    int proposals,
    int adopted,
    double utilitarian,
    double egalitarian,
    double nash,
    double gini,
    double bottomUpShare,
    double transversality,
    double participation,
    ImmutableMap<ActorKind, Double> satisfactionByKind,
    ImmutableMap<CollegeId, Double> satisfactionByCollege,
    double paretoDistance,
    double nashDistance) {
  /**
   * Copies the maps.
   *
   * @param end how the process ended
   * @param agreement whether at least one proposal was adopted and accepted
   * @param rounds the rounds held
   * @param proposals the proposals standing at the end (neither merged nor withdrawn)
   * @param adopted the proposals adopted by a round and accepted by the project owner
   * @param utilitarian the mean satisfaction
   * @param egalitarian the least satisfaction
   * @param nash the geometric mean of the satisfactions
   * @param gini the Gini coefficient of the satisfactions
   * @param bottomUpShare the share of adopted proposals with an inhabitant or association among
   *     their authors
   * @param transversality the mean number of kinds of actor carrying each action
   * @param participation the share of the territory's actors who did more than join
   * @param satisfactionByKind the mean satisfaction of each kind of actor present
   * @param satisfactionByCollege the mean satisfaction of each college's members
   * @param paretoDistance the distance from the outcome to the nearest Pareto-optimal outcome
   * @param nashDistance the distance from the outcome to the Nash bargaining point
   */
  public RunMetrics {
    checkNotNull(end, "end must not be null");
    satisfactionByKind =
        ImmutableMap.copyOf(
            checkNotNull(satisfactionByKind, "satisfactionByKind must not be null"));
    satisfactionByCollege =
        ImmutableMap.copyOf(
            checkNotNull(satisfactionByCollege, "satisfactionByCollege must not be null"));
  }

  /**
   * The mean satisfaction of a kind of actor.
   *
   * @param kind the kind
   * @return the mean, or NaN when the territory has no actor of that kind
   */
  public double satisfaction(ActorKind kind) {
    checkNotNull(kind, "kind must not be null");
    return satisfactionByKind.getOrDefault(kind, Double.NaN);
  }
}
