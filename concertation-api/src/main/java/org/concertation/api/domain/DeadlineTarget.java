package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a deadline is the deadline of: a phase of the charter, or a negotiation round. The family is
 * closed.
 */
public sealed interface DeadlineTarget {
  /**
   * The deadline of a phase.
   *
   * @param phase the phase, not terminal
   * @return the target
   */
  static DeadlineTarget phase(Phase phase) {
    return new OfPhase(phase);
  }

  /**
   * The deadline of a round.
   *
   * @param round the round number, from 1
   * @return the target
   */
  static DeadlineTarget round(int round) {
    return new OfRound(round);
  }

  /**
   * The deadline of a phase: after it, the activities that the deadline binds are refused in that
   * phase.
   *
   * @param phase the phase, not terminal
   */
  record OfPhase(Phase phase) implements DeadlineTarget {
    /**
     * Validates the target.
     *
     * @param phase the phase, not terminal
     */
    public OfPhase {
      checkNotNull(phase, "phase must not be null");
      checkArgument(!phase.isTerminal(), "Invalid deadline target %s: a terminal phase", phase);
    }

    @Override
    public String toString() {
      return "phase " + phase;
    }
  }

  /**
   * The deadline of a negotiation round: after it, only closing the round is accepted of what
   * concerns it.
   *
   * @param round the round number, from 1
   */
  record OfRound(int round) implements DeadlineTarget {
    /**
     * Validates the target.
     *
     * @param round the round number, from 1
     */
    public OfRound {
      checkArgument(round >= 1, "Invalid deadline target: round %s, must be at least 1", round);
    }

    @Override
    public String toString() {
      return "round " + round;
    }
  }
}
