package org.concertation.core.analysis;

import java.util.Locale;

/**
 * The five levels of the IAP2 spectrum of public participation, from the least to the most public
 * impact on the decision.
 */
public enum Iap2Level {
  /** The public is told what was decided. */
  INFORM,
  /** The public is heard and told how its input influenced the decision. */
  CONSULT,
  /** The public's concerns and proposals are carried into the alternatives considered. */
  INVOLVE,
  /** The public is a partner in each aspect of the decision and of its carrying out. */
  COLLABORATE,
  /** The final decision, from its agenda onwards, is in the public's hands. */
  EMPOWER;

  /**
   * The level's name in lower case, as printed: {@code inform}, {@code consult}, {@code involve},
   * {@code collaborate}, {@code empower}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
