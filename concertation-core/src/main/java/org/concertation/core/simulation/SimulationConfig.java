package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The parameters of a simulated territory and of its actors' behaviour.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param actors how many actors the territory has, at least 2 (the first is an institution, which
 *     convenes the process)
 * @param institutionShare the share of institutions among the actors, relative to the other shares
 * @param inhabitantShare the share of inhabitants
 * @param associationShare the share of associations
 * @param stakes how many stakes the territory has, from 1 to 64
 * @param proposals how many proposals are submitted, from 1 to 64
 * @param strategy how actors concede over the rounds
 * @param harmThreshold an actor objects, with a reason, to a proposal whose utility falls below
 *     minus this threshold; positive
 * @param heterogeneity the spread of individual preferences around their kind's, not negative
 * @param amendmentStep how far an amendment moves a proposal toward its amender's preferences, from
 *     0 to 1
 * @param mergeSimilarity proposals at least this close (cosine of their effects on the stakes) are
 *     merged, from 0 to 1; 1 merges only identical proposals
 * @param institutionPropensity the probability that an institution takes part in each step
 * @param inhabitantPropensity the probability that an inhabitant takes part in each step
 * @param associationPropensity the probability that an association takes part in each step
 */
public record SimulationConfig(
    int actors,
    double institutionShare,
    double inhabitantShare,
    double associationShare,
    int stakes,
    int proposals,
    Strategy strategy,
    double harmThreshold,
    double heterogeneity,
    double amendmentStep,
    double mergeSimilarity,
    double institutionPropensity,
    double inhabitantPropensity,
    double associationPropensity) {

  /**
   * Validates the parameters.
   *
   * @param actors how many actors the territory has, at least 2 (the first is an institution, which
   *     convenes the process)
   * @param institutionShare the share of institutions among the actors, relative to the other
   *     shares
   * @param inhabitantShare the share of inhabitants
   * @param associationShare the share of associations
   * @param stakes how many stakes the territory has, from 1 to 64
   * @param proposals how many proposals are submitted, from 1 to 64
   * @param strategy how actors concede over the rounds
   * @param harmThreshold an actor objects, with a reason, to a proposal whose utility falls below
   *     minus this threshold; positive
   * @param heterogeneity the spread of individual preferences around their kind's, not negative
   * @param amendmentStep how far an amendment moves a proposal toward its amender's preferences,
   *     from 0 to 1
   * @param mergeSimilarity proposals at least this close (cosine of their effects on the stakes)
   *     are merged, from 0 to 1; 1 merges only identical proposals
   * @param institutionPropensity the probability that an institution takes part in each step
   * @param inhabitantPropensity the probability that an inhabitant takes part in each step
   * @param associationPropensity the probability that an association takes part in each step
   */
  public SimulationConfig {
    checkArgument(actors >= 2, "Invalid number of actors '%s': at least 2", actors);
    checkArgument(
        institutionShare >= 0 && inhabitantShare >= 0 && associationShare >= 0,
        "Invalid shares '%s, %s, %s': none may be negative",
        institutionShare,
        inhabitantShare,
        associationShare);
    checkArgument(
        institutionShare + inhabitantShare + associationShare > 0,
        "Invalid shares '%s, %s, %s': at least one must be positive",
        institutionShare,
        inhabitantShare,
        associationShare);
    checkArgument(
        stakes >= 1 && stakes <= 64, "Invalid number of stakes '%s': from 1 to 64", stakes);
    checkArgument(
        proposals >= 1 && proposals <= 64,
        "Invalid number of proposals '%s': from 1 to 64",
        proposals);
    checkNotNull(strategy, "strategy must not be null");
    checkArgument(
        harmThreshold > 0, "Invalid harm threshold '%s': must be positive", harmThreshold);
    checkArgument(
        heterogeneity >= 0, "Invalid heterogeneity '%s': must not be negative", heterogeneity);
    checkArgument(
        amendmentStep >= 0 && amendmentStep <= 1,
        "Invalid amendment step '%s': from 0 to 1",
        amendmentStep);
    checkArgument(
        mergeSimilarity >= 0 && mergeSimilarity <= 1,
        "Invalid merge similarity '%s': from 0 to 1",
        mergeSimilarity);
    probability("institution propensity", institutionPropensity);
    probability("inhabitant propensity", inhabitantPropensity);
    probability("association propensity", associationPropensity);
  }

  private static void probability(String name, double value) {
    checkArgument(value >= 0 && value <= 1, "Invalid %s '%s': from 0 to 1", name, value);
  }

  /**
   * The default parameters for a territory of this size: 10% institutions, 70% inhabitants, 20%
   * associations; 6 stakes; 8 proposals; linear concession; objection below -1; amendments
   * half-way; merging above a similarity of 0.95; institutions take part in 95% of the steps,
   * associations in 80%, inhabitants in 45%.
   *
   * @param actors how many actors, at least 2
   * @return the parameters
   */
  public static SimulationConfig of(int actors) {
    return new SimulationConfig(
        actors, 0.1, 0.7, 0.2, 6, 8, Strategy.LINEAR, 1.0, 0.5, 0.5, 0.95, 0.95, 0.45, 0.8);
  }

  /**
   * A copy with another number of actors.
   *
   * @param value how many actors
   * @return the copy, or this when nothing changes
   */
  public SimulationConfig withActors(int value) {
    return value == actors
        ? this
        : new SimulationConfig(
            value,
            institutionShare,
            inhabitantShare,
            associationShare,
            stakes,
            proposals,
            strategy,
            harmThreshold,
            heterogeneity,
            amendmentStep,
            mergeSimilarity,
            institutionPropensity,
            inhabitantPropensity,
            associationPropensity);
  }

  /**
   * A copy with other shares of institutions, inhabitants and associations.
   *
   * @param institutions the share of institutions
   * @param inhabitants the share of inhabitants
   * @param associations the share of associations
   * @return the copy
   */
  public SimulationConfig withShares(double institutions, double inhabitants, double associations) {
    return new SimulationConfig(
        actors,
        institutions,
        inhabitants,
        associations,
        stakes,
        proposals,
        strategy,
        harmThreshold,
        heterogeneity,
        amendmentStep,
        mergeSimilarity,
        institutionPropensity,
        inhabitantPropensity,
        associationPropensity);
  }

  /**
   * A copy with other numbers of stakes and proposals.
   *
   * @param stakeCount how many stakes
   * @param proposalCount how many proposals
   * @return the copy
   */
  public SimulationConfig withStakesAndProposals(int stakeCount, int proposalCount) {
    return new SimulationConfig(
        actors,
        institutionShare,
        inhabitantShare,
        associationShare,
        stakeCount,
        proposalCount,
        strategy,
        harmThreshold,
        heterogeneity,
        amendmentStep,
        mergeSimilarity,
        institutionPropensity,
        inhabitantPropensity,
        associationPropensity);
  }

  /**
   * A copy with another strategy.
   *
   * @param value the strategy
   * @return the copy, or this when nothing changes
   */
  public SimulationConfig withStrategy(Strategy value) {
    return value == strategy
        ? this
        : new SimulationConfig(
            actors,
            institutionShare,
            inhabitantShare,
            associationShare,
            stakes,
            proposals,
            value,
            harmThreshold,
            heterogeneity,
            amendmentStep,
            mergeSimilarity,
            institutionPropensity,
            inhabitantPropensity,
            associationPropensity);
  }

  /**
   * A copy with other behaviour parameters.
   *
   * @param harm the harm threshold
   * @param spread the heterogeneity of preferences
   * @param step the amendment step
   * @param similarity the merge similarity
   * @return the copy
   */
  public SimulationConfig withBehaviour(
      double harm, double spread, double step, double similarity) {
    return new SimulationConfig(
        actors,
        institutionShare,
        inhabitantShare,
        associationShare,
        stakes,
        proposals,
        strategy,
        harm,
        spread,
        step,
        similarity,
        institutionPropensity,
        inhabitantPropensity,
        associationPropensity);
  }

  /**
   * A copy with other participation propensities.
   *
   * @param institutions of institutions
   * @param inhabitants of inhabitants
   * @param associations of associations
   * @return the copy
   */
  public SimulationConfig withPropensities(
      double institutions, double inhabitants, double associations) {
    return new SimulationConfig(
        actors,
        institutionShare,
        inhabitantShare,
        associationShare,
        stakes,
        proposals,
        strategy,
        harmThreshold,
        heterogeneity,
        amendmentStep,
        mergeSimilarity,
        institutions,
        inhabitants,
        associations);
  }
}
