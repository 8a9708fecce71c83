package org.concertation.api.decision;

/** What a decision rule decided about one proposal. */
public enum Verdict {
  /** The rule's threshold was passed and nothing blocks. */
  ADOPTED,
  /** The rule's threshold was not passed, or a tie went to the status quo. */
  REJECTED,
  /** A reasoned objection stands under a rule where objections block. */
  BLOCKED,
  /** Too few positions were cast, overall or in a college. */
  NO_QUORUM,
  /** An exact tie under {@link TieBreak#CARRY_OVER}. */
  TIED
}
