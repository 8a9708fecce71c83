package org.concertation.api.domain;

/**
 * The phases of a concertation, in their natural order. A charter chooses which of {@link #FRAMING}
 * to {@link #EVALUATION} exist; {@link #CLOSED} and {@link #ABANDONED} end every process.
 */
public enum Phase {
  /** Setting the frame: registering actors and colleges, stating the rules. */
  FRAMING,
  /** The shared diagnosis: each kind of actor brings its knowledge; stakes come out of it. */
  DIAGNOSIS,
  /** Proposals answering the stakes are submitted, amended and merged. */
  PROPOSALS,
  /** Proposals are confronted in rounds; positions are taken and a rule decides. */
  NEGOTIATION,
  /** Adopted proposals become objectives and co-carried actions. */
  ACTION,
  /** Participatory and prospective evaluation: criteria, ratings, indicators. */
  EVALUATION,
  /** The process ended normally. Terminal. */
  CLOSED,
  /** The process was abandoned before its end. Terminal. */
  ABANDONED;

  /**
   * Tells whether no command can change a process in this phase.
   *
   * @return true for {@link #CLOSED} and {@link #ABANDONED}
   */
  public boolean isTerminal() {
    return this == CLOSED || this == ABANDONED;
  }
}
