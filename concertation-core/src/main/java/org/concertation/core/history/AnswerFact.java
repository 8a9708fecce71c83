package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.ProposalId;

/**
 * The project owner's reasoned answer to a proposal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the project owner
 * @param proposal the proposal
 * @param kind the answer
 * @param reasoning why
 * @param delay the time from the last round that adopted or rejected the proposal before the answer
 *     (or, when none did, from its submission or merge) to the answer; zero for a proposal the
 *     history never submitted
 */
public record AnswerFact(
    Stamp stamp, ProposalId proposal, AnswerKind kind, PersonalText reasoning, Duration delay)
    implements ProposalStep {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the project owner
   * @param proposal the proposal
   * @param kind the answer
   * @param reasoning why
   * @param delay the time the proposal waited for it
   */
  public AnswerFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(proposal, "proposal must not be null");
    checkNotNull(kind, "kind must not be null");
    checkNotNull(reasoning, "reasoning must not be null");
    checkNotNull(delay, "delay must not be null");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
