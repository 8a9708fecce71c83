package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What an expected effect is the effect of: a proposal, before it is decided, or an adopted
 * objective. The family is closed.
 */
public sealed interface EffectTarget {
  /**
   * The effect expected of a proposal.
   *
   * @param proposal the proposal
   * @return the target
   */
  static EffectTarget proposal(ProposalId proposal) {
    return new OfProposal(proposal);
  }

  /**
   * The effect expected of an objective.
   *
   * @param objective the objective
   * @return the target
   */
  static EffectTarget objective(ObjectiveId objective) {
    return new OfObjective(objective);
  }

  /**
   * An effect expected of a proposal: what its authors or others foresee, before the decision.
   *
   * @param proposal the proposal
   */
  record OfProposal(ProposalId proposal) implements EffectTarget {
    /**
     * Validates the target.
     *
     * @param proposal the proposal
     */
    public OfProposal {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String toString() {
      return "proposal " + proposal;
    }
  }

  /**
   * An effect expected of an adopted objective, and so of the actions that serve it.
   *
   * @param objective the objective
   */
  record OfObjective(ObjectiveId objective) implements EffectTarget {
    /**
     * Validates the target.
     *
     * @param objective the objective
     */
    public OfObjective {
      checkNotNull(objective, "objective must not be null");
    }

    @Override
    public String toString() {
      return "objective " + objective;
    }
  }
}
