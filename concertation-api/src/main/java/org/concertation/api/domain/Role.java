package org.concertation.api.domain;

/** What an actor does in one process. */
public enum Role {
  /** Takes part: contributes, proposes, takes positions, carries actions, evaluates. */
  PARTICIPANT,
  /** Runs the process: opens phases and rounds, keeps the agenda. */
  FACILITATOR,
  /** Watches over the process's fairness and reports on it; neutral. */
  GUARANTOR,
  /** Holds the project: owes a reasoned answer to every proposal; frames the process. */
  PROJECT_OWNER
}
