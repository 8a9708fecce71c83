package org.concertation.core.simulation;

/** What the simulated actors do in one phase of a process, through the stage's commands. */
interface PhasePolicy {
  /**
   * Plays the phase: issues the actors' commands, or abandons the process when it cannot go on.
   * Moving on to the next phase is the driver's.
   */
  void play(Stage stage);
}
