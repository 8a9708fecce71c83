package org.concertation.core.simulation;

/** How a simulated process ended. */
public enum End {
  /** At least one proposal was adopted and accepted; the process went on to its close. */
  AGREEMENT,
  /**
   * Negotiation ended without adopting anything (the rounds ran out or rejected every proposal),
   * and the project owner abandoned the process.
   */
  ROUND_LIMIT,
  /**
   * The process could not go on (no shared diagnosis, no proposal, an action without enough
   * carriers) and the project owner abandoned it.
   */
  ABANDONED
}
