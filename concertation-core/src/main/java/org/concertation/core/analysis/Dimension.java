package org.concertation.core.analysis;

import java.util.Locale;

/** The dimensions along which the project logic differs from the mission logic (DESIGN.md, §1). */
public enum Dimension {
  /** Negotiation of social projects: decisions need the consent of more than one kind of actor. */
  PRINCIPLE,
  /** Every person is able to be an actor of their own future: anyone may contribute and propose. */
  ETHIC,
  /** Bottom-up proposals, confronted with each other in negotiation rounds. */
  LOGIC,
  /** Participatory, democratic, transversal: colleges and a shared diagnosis. */
  ORGANISATION,
  /**
   * Participatory management: facilitation apart from the owner, a path that can be walked back.
   */
  MANAGEMENT,
  /** Collective, co-carried action. */
  OPERATIONALISATION,
  /** Participatory evaluation: participants choose the criteria and rate. */
  EVALUATION;

  /**
   * The dimension's name in lower case: {@code principle}, ..., {@code evaluation}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
