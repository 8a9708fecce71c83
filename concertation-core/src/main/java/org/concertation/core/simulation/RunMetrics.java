package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ResourceKind;

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
 * @param evaluation what the evaluation played ahead of the decision measured; empty under a
 *     charter whose evaluation the simulation does not play ahead (see {@link Simulation})
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
    double nashDistance,
    Optional<Evaluation> evaluation) {
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
   * @param evaluation what the evaluation played ahead of the decision measured, if it was played
   */
  public RunMetrics {
    checkNotNull(end, "end must not be null");
    satisfactionByKind =
        ImmutableMap.copyOf(
            checkNotNull(satisfactionByKind, "satisfactionByKind must not be null"));
    satisfactionByCollege =
        ImmutableMap.copyOf(
            checkNotNull(satisfactionByCollege, "satisfactionByCollege must not be null"));
    checkNotNull(evaluation, "evaluation must not be null (use Optional.empty())");
  }

  /**
   * What a run's evaluation measured when the simulation played it ahead of the decision: how well
   * the grades given to the proposals before the decision foretold the grades given to their
   * actions after the fact, and what share of the means committed the carriers delivered.
   *
   * <p>{@code agreement} is Kendall's tau-b (M. G. Kendall, "The treatment of ties in ranking
   * problems", Biometrika 33(3), 1945, 239-251) over every pair of grades that one actor gave on
   * the criterion: the ex-ante grade of a proposal in the prospective assessment, and the ex-post
   * grade of an action that came of it. With {@code C} concordant and {@code D} discordant pairs of
   * such pairs, {@code N} of them in all, {@code T} tied on the ex-ante grade and {@code U} on the
   * ex-post grade, it is {@code (C - D) / sqrt((N - T)(N - U))}: 1 when the later grades keep every
   * order of the earlier ones, -1 when they reverse them all, near 0 when unrelated. It is NaN
   * (undefined) with fewer than two pairs of grades, or when either side's grades are all the same.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param agreement Kendall's tau-b between ex-ante and ex-post grades, from -1 to 1, or NaN
   * @param deliveryByKind for each kind of means committed, what was delivered over what was
   *     committed, summed over every commitment of the kind; a kind nobody committed is absent
   */
  public record Evaluation(double agreement, ImmutableMap<ResourceKind, Double> deliveryByKind) {
    /**
     * Copies the map.
     *
     * @param agreement Kendall's tau-b between ex-ante and ex-post grades, or NaN
     * @param deliveryByKind the delivery ratio of each kind of means committed
     */
    public Evaluation {
      checkArgument(
          Double.isNaN(agreement) || (agreement >= -1 && agreement <= 1),
          "Invalid agreement '%s': from -1 to 1, or NaN",
          agreement);
      deliveryByKind =
          ImmutableMap.copyOf(checkNotNull(deliveryByKind, "deliveryByKind must not be null"));
    }

    /**
     * The delivery ratio of a kind of means.
     *
     * @param kind the kind
     * @return delivered over committed, or NaN when nobody committed means of that kind
     */
    public double delivery(ResourceKind kind) {
      checkNotNull(kind, "kind must not be null");
      return deliveryByKind.getOrDefault(kind, Double.NaN);
    }
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
