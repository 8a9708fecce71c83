package org.concertation.api.event;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.decision.Outcome;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;

/**
 * What a closing round did with one proposal: the rule's outcome on the version deliberated, and
 * the proposal's resulting status ({@link ProposalStatus#OPEN} when it is carried to the next
 * round).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param proposal the proposal
 * @param version the version deliberated
 * @param outcome the rule's outcome, with its tally
 * @param status the proposal's status after the round
 */
public record RoundDecision(
    ProposalId proposal, int version, Outcome outcome, ProposalStatus status) {
  /**
   * Validates the decision.
   *
   * @param proposal the proposal
   * @param version the version deliberated
   * @param outcome the rule's outcome, with its tally
   * @param status the proposal's status after the round
   */
  public RoundDecision {
    checkNotNull(proposal, "proposal must not be null");
    checkArgument(version >= 1, "Invalid version '%s': must be at least 1", version);
    checkNotNull(outcome, "outcome must not be null");
    checkNotNull(status, "status must not be null");
    checkArgument(
        status == ProposalStatus.OPEN
            || status == ProposalStatus.ADOPTED
            || status == ProposalStatus.REJECTED,
        "Invalid status '%s' after a round: must be OPEN, ADOPTED or REJECTED",
        status);
  }

  /**
   * Tells whether the proposal goes on to the next round.
   *
   * @return true when it stays open
   */
  public boolean carried() {
    return status == ProposalStatus.OPEN;
  }
}
