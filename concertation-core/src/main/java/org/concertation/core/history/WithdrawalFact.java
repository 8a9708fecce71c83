package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.ProposalId;

/**
 * A proposal withdrawn by an author.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the author
 * @param proposal the proposal
 * @param reason why
 */
public record WithdrawalFact(Stamp stamp, ProposalId proposal, PersonalText reason)
    implements ProposalStep {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the author
   * @param proposal the proposal
   * @param reason why
   */
  public WithdrawalFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(proposal, "proposal must not be null");
    checkNotNull(reason, "reason must not be null");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
