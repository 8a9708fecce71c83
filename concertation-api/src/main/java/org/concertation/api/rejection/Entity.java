package org.concertation.api.rejection;

/** The kinds of things a command can name by identity. */
public enum Entity {
  /** An actor. */
  ACTOR,
  /** A college. */
  COLLEGE,
  /** A stake. */
  STAKE,
  /** A proposal. */
  PROPOSAL,
  /** An objective. */
  OBJECTIVE,
  /** An action. */
  ACTION,
  /** An indicator. */
  INDICATOR,
  /** An evaluation criterion. */
  CRITERION,
  /** A process, named by its title or stream. */
  PROCESS,
  /** A phase of the charter. */
  PHASE,
  /** A negotiation round, named by its number. */
  ROUND,
  // means: a commitment, named by its action and its number in it
  /** A commitment to an action, named {@code action#number}. */
  COMMITMENT;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
