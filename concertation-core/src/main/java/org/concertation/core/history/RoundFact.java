package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ProposalId;

/**
 * One negotiation round: its opening with agenda and rule, the positions taken in it, and its
 * closing with the rule's decisions, if it closed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param opening its opening
 * @param positions the positions taken, in order
 * @param closing its closing, if it closed
 */
public record RoundFact(
    RoundOpening opening, ImmutableList<PositionFact> positions, Optional<RoundClosing> closing) {
  /**
   * Validates the fact.
   *
   * @param opening its opening
   * @param positions the positions taken, in order
   * @param closing its closing, if it closed
   */
  public RoundFact {
    checkNotNull(opening, "opening must not be null");
    positions = ImmutableList.copyOf(checkNotNull(positions, "positions must not be null"));
    checkNotNull(closing, "closing must not be null");
  }

  /**
   * The round's number.
   *
   * @return its number, from 1
   */
  public int number() {
    return opening.round();
  }

  /**
   * The rule that decides the round.
   *
   * @return the rule
   */
  public DecisionRule rule() {
    return opening.rule();
  }

  /**
   * The positions taken on one proposal, in order.
   *
   * @param proposal the proposal
   * @return its positions in this round
   */
  public ImmutableList<PositionFact> positionsOn(ProposalId proposal) {
    checkNotNull(proposal, "proposal must not be null");
    return positions.stream()
        .filter(p -> p.proposal().equals(proposal))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The round's decision on one proposal, once it closed.
   *
   * @param proposal the proposal
   * @return the decision, or empty when the round did not close or did not decide it
   */
  public Optional<DecisionFact> decisionOn(ProposalId proposal) {
    checkNotNull(proposal, "proposal must not be null");
    return closing.stream()
        .flatMap(c -> c.decisions().stream())
        .filter(d -> d.proposal().equals(proposal))
        .findFirst();
  }
}
