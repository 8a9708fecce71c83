package org.concertation.api.charter;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import org.concertation.api.domain.Phase;

/**
 * What an actor may be allowed to do, and the phases in which the activity makes sense. A charter
 * grants each activity to roles and actor kinds ({@link Grant}) and may narrow its phases.
 */
public enum Activity {
  /** Join the process as a participant (self-registration). */
  JOIN(Phase.FRAMING, Phase.DIAGNOSIS, Phase.PROPOSALS, Phase.NEGOTIATION),
  /** Register other actors, with any role, and colleges. */
  REGISTER(Phase.FRAMING, Phase.DIAGNOSIS, Phase.PROPOSALS, Phase.NEGOTIATION),
  /** Contribute to the diagnosis and identify stakes. */
  CONTRIBUTE(Phase.DIAGNOSIS),
  /** Validate a stake identified in the diagnosis. */
  VALIDATE_STAKE(Phase.DIAGNOSIS),
  /** Submit a proposal. */
  PROPOSE(Phase.PROPOSALS, Phase.NEGOTIATION),
  /** Amend a proposal. */
  AMEND(Phase.PROPOSALS, Phase.NEGOTIATION),
  /** Merge proposals into one. */
  MERGE(Phase.PROPOSALS, Phase.NEGOTIATION),
  /** Move the process to its next phase. */
  FACILITATE(
      Phase.FRAMING,
      Phase.DIAGNOSIS,
      Phase.PROPOSALS,
      Phase.NEGOTIATION,
      Phase.ACTION,
      Phase.EVALUATION),
  /** Open and close negotiation rounds. */
  CHAIR(Phase.NEGOTIATION),
  /** Take a position on a proposal in a round. */
  TAKE_POSITION(Phase.NEGOTIATION),
  /** Give the project owner's reasoned answer to a proposal. */
  ANSWER(Phase.PROPOSALS, Phase.NEGOTIATION, Phase.ACTION, Phase.EVALUATION),
  /** Adopt an objective from adopted proposals. */
  ADOPT_OBJECTIVE(Phase.NEGOTIATION, Phase.ACTION),
  /** Launch an action that serves an objective. */
  PLAN_ACTION(Phase.ACTION),
  /** Commit means to an action. */
  COMMIT(Phase.ACTION),
  /** Define an indicator with its expected value, and report its observed value. */
  REPORT(Phase.ACTION, Phase.EVALUATION),
  /** Define an evaluation criterion. */
  DEFINE_CRITERION(Phase.ACTION, Phase.EVALUATION),
  /** Rate the process against a criterion. */
  RATE(Phase.EVALUATION),
  /** Reopen an earlier phase, close or abandon the process. */
  GOVERN(
      Phase.FRAMING,
      Phase.DIAGNOSIS,
      Phase.PROPOSALS,
      Phase.NEGOTIATION,
      Phase.ACTION,
      Phase.EVALUATION);

  private final ImmutableSet<Phase> phases;

  Activity(Phase first, Phase... rest) {
    this.phases = ImmutableSet.copyOf(EnumSet.of(first, rest));
  }

  /**
   * The phases in which this activity makes sense.
   *
   * @return the phases, in their natural order
   */
  public ImmutableSet<Phase> phases() {
    return phases;
  }
}
