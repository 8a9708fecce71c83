package org.concertation.api.charter;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import org.concertation.api.domain.Phase;

/**
 * What an actor may be allowed to do, the phases in which the activity makes sense, and whether the
 * current phase's deadline binds it. A charter grants each activity to roles and actor kinds
 * ({@link Grant}) and may narrow its phases.
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
  /**
   * Move the process to its next phase. Not bound by the deadline: moving on is how a phase ends
   * once its deadline has passed.
   */
  FACILITATE(
      Deadline.DOES_NOT_BIND,
      Phase.FRAMING,
      Phase.DIAGNOSIS,
      Phase.PROPOSALS,
      Phase.NEGOTIATION,
      Phase.ACTION,
      Phase.EVALUATION),
  /**
   * Open and close negotiation rounds. Not bound by the deadline, so that a round open when it
   * passes can still close and count its positions; opening a round checks the deadline itself.
   */
  CHAIR(Deadline.DOES_NOT_BIND, Phase.NEGOTIATION),
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
  /**
   * Define an evaluation criterion, from the phase the charter names ({@link
   * Charter#criteriaFrom()}, the action by default) and as early as the diagnosis.
   */
  DEFINE_CRITERION(
      Phase.DIAGNOSIS, Phase.PROPOSALS, Phase.NEGOTIATION, Phase.ACTION, Phase.EVALUATION),
  /** Rate the process against a criterion. */
  RATE(Phase.EVALUATION),
  /**
   * Reopen an earlier phase, close or abandon the process. Not bound by the deadline: after it, the
   * project owner must still be able to go back, conclude or give up.
   */
  GOVERN(
      Deadline.DOES_NOT_BIND,
      Phase.FRAMING,
      Phase.DIAGNOSIS,
      Phase.PROPOSALS,
      Phase.NEGOTIATION,
      Phase.ACTION,
      Phase.EVALUATION),
  // exante: prospective assessment

  /**
   * Grade the proposals of an open prospective assessment on each criterion, and weigh the criteria
   * by grading them.
   */
  ASSESS(Phase.DIAGNOSIS, Phase.PROPOSALS, Phase.NEGOTIATION),
  /**
   * Open and close a prospective assessment of proposals before any decision. Not bound by the
   * deadline, so that an assessment open when it passes can still close; opening one checks the
   * deadline itself.
   */
  CHAIR_ASSESSMENT(Deadline.DOES_NOT_BIND, Phase.PROPOSALS, Phase.NEGOTIATION);

  private final ImmutableSet<Phase> phases;
  private final boolean boundByDeadline;

  Activity(Phase first, Phase... rest) {
    this(Deadline.BINDS, first, rest);
  }

  Activity(Deadline deadline, Phase first, Phase... rest) {
    this.phases = ImmutableSet.copyOf(EnumSet.of(first, rest));
    this.boundByDeadline = deadline == Deadline.BINDS;
  }

  /** Whether the current phase's deadline binds an activity. */
  private enum Deadline {
    BINDS,
    DOES_NOT_BIND
  }

  /**
   * The phases in which this activity makes sense.
   *
   * @return the phases, in their natural order
   */
  public ImmutableSet<Phase> phases() {
    return phases;
  }

  /**
   * Tells whether the current phase's deadline binds this activity: a command doing it, dated after
   * the deadline the charter sets for the current phase, is refused. Only {@link #FACILITATE},
   * {@link #CHAIR} and {@link #GOVERN} stay open after the deadline, each for the reason its own
   * documentation gives.
   *
   * @return true if the deadline binds this activity
   */
  public boolean boundByDeadline() {
    return boundByDeadline;
  }
}
