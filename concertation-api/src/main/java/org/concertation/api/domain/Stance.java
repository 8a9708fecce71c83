package org.concertation.api.domain;

/** An actor's stance on a proposal in a round. */
public enum Stance {
  /** In favour. */
  SUPPORT,
  /** Can live with it: counts in favour. */
  ACCEPT,
  /** Neither for nor against; counts towards the quorum only. */
  ABSTAIN,
  /** Against. */
  OPPOSE,
  /** A reasoned objection: against, and blocking under rules where objections block. */
  OBJECT;

  /**
   * Tells whether this stance counts in favour.
   *
   * @return true for {@link #SUPPORT} and {@link #ACCEPT}
   */
  public boolean isFor() {
    return this == SUPPORT || this == ACCEPT;
  }

  /**
   * Tells whether this stance counts against.
   *
   * @return true for {@link #OPPOSE} and {@link #OBJECT}
   */
  public boolean isAgainst() {
    return this == OPPOSE || this == OBJECT;
  }
}
