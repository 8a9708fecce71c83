package org.concertation.api.decision;

/** What a rule does when its decisive comparison is an exact tie. */
public enum TieBreak {
  /** The status quo wins: a tied proposal is rejected. */
  STATUS_QUO,
  /** The proposal is carried to the next round, where one remains. */
  CARRY_OVER
}
