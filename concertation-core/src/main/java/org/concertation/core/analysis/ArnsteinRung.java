package org.concertation.core.analysis;

import java.util.Locale;

/**
 * The eight rungs of Arnstein's ladder of citizen participation, from the bottom.
 *
 * <p>The analysis of a charter places a charter on a rung from the same criteria as its {@link
 * Iap2Level}; {@link #THERAPY}, which describes participation aimed at curing the participants,
 * says something about intent that no rule of a charter shows, and is never assigned by it.
 */
public enum ArnsteinRung {
  /** Participation as a rubber stamp: a say that binds nobody and earns no answer. */
  MANIPULATION,
  /** Participation aimed at curing the participants. */
  THERAPY,
  /** One-way information. */
  INFORMING,
  /** Opinions gathered and answered, the power holders deciding. */
  CONSULTATION,
  /** Citizens advise and plan, the power holders keeping the right to judge. */
  PLACATION,
  /** Power shared through joint decision and joint carrying out. */
  PARTNERSHIP,
  /** Citizens hold the agenda and decide, the institutions keeping a say. */
  DELEGATED_POWER,
  /** Citizens govern the process and decide alone. */
  CITIZEN_CONTROL;

  /**
   * The rung's name in lower case with spaces, as printed: {@code manipulation}, {@code therapy},
   * {@code informing}, {@code consultation}, {@code placation}, {@code partnership}, {@code
   * delegated power}, {@code citizen control}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
