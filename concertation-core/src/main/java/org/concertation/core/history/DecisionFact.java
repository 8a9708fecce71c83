package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.RoundDecision;

/**
 * What a round's rule decided on one proposal when the round closed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when the round closed, and by whom
 * @param round the round's number
 * @param decision the decision: version judged, outcome with its tally, status after the round
 */
public record DecisionFact(Stamp stamp, int round, RoundDecision decision) implements ProposalStep {
  /**
   * Validates the fact.
   *
   * @param stamp when the round closed, and by whom
   * @param round the round's number
   * @param decision the decision
   */
  public DecisionFact {
    checkNotNull(stamp, "stamp must not be null");
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    checkNotNull(decision, "decision must not be null");
  }

  /**
   * The proposal decided.
   *
   * @return the proposal
   */
  public ProposalId proposal() {
    return decision.proposal();
  }

  /**
   * The rule's outcome, with its tally and explanation.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return decision.outcome();
  }

  /**
   * The rule's verdict.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return decision.outcome().verdict();
  }

  /**
   * The proposal's status after the round.
   *
   * @return the status
   */
  public ProposalStatus status() {
    return decision.status();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
