package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.BallotOutcome;

/**
 * One negotiation round: its opening with agenda and rule, the positions (or, in a ballot round,
 * the ballots) cast in it, and its closing with the rule's decisions, if it closed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param opening its opening
 * @param positions the positions taken, in order
 * @param closing its closing, if it closed
 * @param ballots the ballots cast in a ballot round, in order, replaced ones included
 */
public record RoundFact(
    RoundOpening opening,
    ImmutableList<PositionFact> positions,
    Optional<RoundClosing> closing,
    ImmutableList<BallotFact> ballots) {
  /**
   * Validates the fact.
   *
   * @param opening its opening
   * @param positions the positions taken, in order
   * @param closing its closing, if it closed
   * @param ballots the ballots cast in a ballot round, in order
   */
  public RoundFact {
    checkNotNull(opening, "opening must not be null");
    positions = ImmutableList.copyOf(checkNotNull(positions, "positions must not be null"));
    checkNotNull(closing, "closing must not be null");
    ballots = ImmutableList.copyOf(checkNotNull(ballots, "ballots must not be null"));
  }

  /**
   * A position round.
   *
   * @param opening its opening
   * @param positions the positions taken, in order
   * @param closing its closing, if it closed
   */
  public RoundFact(
      RoundOpening opening, ImmutableList<PositionFact> positions, Optional<RoundClosing> closing) {
    this(opening, positions, closing, ImmutableList.of());
  }

  /**
   * Tells whether the round decides by ballots.
   *
   * @return true for a ballot round
   */
  public boolean isBallotRound() {
    return opening.ballotRule().isPresent();
  }

  /**
   * The ballot rule of a ballot round.
   *
   * @return the rule, or empty for a position round
   */
  public Optional<BallotRule> ballotRule() {
    return opening.ballotRule();
  }

  /**
   * The ballots that count: each voter's last, in the order they were first cast.
   *
   * @return the ballots by voter
   */
  public ImmutableMap<ActorId, Ballot> countedBallots() {
    Map<ActorId, Ballot> counted = new LinkedHashMap<>();
    for (BallotFact ballot : ballots) {
      counted.put(ballot.voter(), ballot.ballot());
    }
    return ImmutableMap.copyOf(counted);
  }

  /**
   * What a closed ballot round decided.
   *
   * @return the outcome, or empty for a position round or a round still open
   */
  public Optional<BallotOutcome> ballotOutcome() {
    return closing.flatMap(RoundClosing::ballot);
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
