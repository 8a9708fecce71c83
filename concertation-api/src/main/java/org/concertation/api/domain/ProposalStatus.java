package org.concertation.api.domain;

/** Where a proposal stands. */
public enum ProposalStatus {
  /** Submitted, open to amendment, merging and deliberation. */
  OPEN,
  /** Adopted by a round. */
  ADOPTED,
  /** Rejected by a round, or not adopted within the round limit. */
  REJECTED,
  /** Withdrawn by its authors. */
  WITHDRAWN,
  /** Merged into another proposal. */
  MERGED;

  /**
   * Tells whether the proposal can still change or be deliberated.
   *
   * @return true for {@link #OPEN}
   */
  public boolean isOpen() {
    return this == OPEN;
  }
}
