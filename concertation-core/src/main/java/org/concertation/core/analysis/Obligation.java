package org.concertation.core.analysis;

import java.util.Locale;

/** A dated obligation that a {@link Calendar} may carry, each a period counted from an anchor. */
public enum Obligation {
  /** The public is told of the process at least this long before it opens. */
  ADVANCE_NOTICE,
  /** The process lasts at least this long, from opening to closing. */
  MIN_DURATION,
  /** The process lasts at most this long, from opening to closing. */
  MAX_DURATION,
  /** The guarantor reports at most this long after the closing. */
  GUARANTOR_REPORT,
  /** The project owner answers at most this long after the guarantor's report. */
  OWNER_ANSWER;

  /**
   * The obligation's name in lower case with dashes: {@code advance-notice}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
