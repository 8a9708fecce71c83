package org.concertation.core.simulation;

import org.concertation.api.domain.ProposalId;

/**
 * What the simulation knows of a proposal and the machine does not: its effect on each stake, its
 * cost, and each actor's utility for it. An amendment makes a new model of the same proposal.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProposalModel {
  private final ProposalId id;
  private final int submitter;
  private final double[] effects;
  private final double cost;
  private final double[] utilities;

  private ProposalModel(
      ProposalId id, int submitter, double[] effects, double cost, double[] utilities) {
    this.id = id;
    this.submitter = submitter;
    this.effects = effects;
    this.cost = cost;
    this.utilities = utilities;
  }

  /**
   * Models a proposal, each actor's utility computed from the territory's preferences.
   *
   * @param submitter the index of the actor who submitted it (for a merge, the first source's)
   */
  static ProposalModel of(
      ProposalId id, int submitter, double[] effects, double cost, Territory territory) {
    double[] mine = effects.clone();
    double[] utilities = new double[territory.actors().size()];
    for (int i = 0; i < utilities.length; i++) {
      utilities[i] = territory.utilityOf(i, mine, cost);
    }
    return new ProposalModel(id, submitter, mine, cost, utilities);
  }

  ProposalId id() {
    return id;
  }

  /** The index of the actor who submitted it. */
  int submitter() {
    return submitter;
  }

  /** A copy of the effects on the stakes, by stake index. */
  double[] effects() {
    return effects.clone();
  }

  double effect(int stake) {
    return effects[stake];
  }

  /** The sum of the effects on every stake. */
  double totalEffect() {
    return sum(effects);
  }

  double cost() {
    return cost;
  }

  /** What an actor gains from the proposal, by the actor's index. */
  double utility(int actor) {
    return utilities[actor];
  }

  /** The cosine of the two proposals' effects; 0 when either has none. */
  double similarity(ProposalModel other) {
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int s = 0; s < effects.length; s++) {
      xy += effects[s] * other.effects[s];
      xx += effects[s] * effects[s];
      yy += other.effects[s] * other.effects[s];
    }
    return xx == 0 || yy == 0 ? 0 : xy / Math.sqrt(xx * yy);
  }

  static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }

  @Override
  public String toString() {
    return "ProposalModel[" + id + ", cost " + cost + "]";
  }
}
