package org.concertation.api.domain;

/**
 * A competence an actor brings: "mediation", "sports coaching", "urban planning".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the competence, not blank
 */
public record Competence(String name) {
  /**
   * Validates the name.
   *
   * @param name the competence, not blank
   */
  public Competence {
    Checks.text("competence", name);
  }

  /**
   * Returns the competence of this name.
   *
   * @param name the competence
   * @return the competence
   */
  public static Competence of(String name) {
    return new Competence(name);
  }
}
