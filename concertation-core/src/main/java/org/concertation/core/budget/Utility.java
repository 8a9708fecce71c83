package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/** How much a voter gains from a funded project it approves. */
public enum Utility {
  /** The project's cost: greedy then ranks projects by votes; in pabutools, {@code Cost_Sat}. */
  COST,
  /**
   * One per approved project: greedy then ranks by votes per unit of cost; {@code Cardinality_Sat}.
   */
  APPROVAL;

  /**
   * The utility's name on the command line.
   *
   * @return {@code cost} or {@code approval}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The utility named on the command line.
   *
   * @param label {@code cost} or {@code approval}
   * @return the utility
   * @throws IllegalArgumentException for any other name
   */
  public static Utility fromLabel(String label) {
    checkNotNull(label, "label must not be null");
    for (Utility utility : values()) {
      if (utility.label().equals(label.toLowerCase(Locale.ROOT))) {
        return utility;
      }
    }
    throw new IllegalArgumentException(
        "Unknown utility '" + label + "': expected cost or approval");
  }
}
