package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.BallotOutcome;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.ClosingCount;

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
 * @param costs the whole cost of each proposal of a ballot round's agenda that has one, as the
 *     round's close counted it
 * @param turnout who could vote in a closed ballot round and who did; empty otherwise
 * @param collegeOf the college of each voter of a closed ballot round that belongs to one, as
 *     registered when the round closed
 * @param collegeWeights the weight of each college known when a ballot round closed, from the
 *     charter and the colleges registered; what a rule with college weights counts by
 * @param secret whether the round is secret ({@link
 *     org.concertation.api.charter.Charter#secretRounds()}): then it holds no position, and its
 *     ballots are the ballots counted, anonymous (each under a stand-in id, in the order of their
 *     text, stamped with the opening), so that its tallies can be shown and recounted and nobody
 *     can tell which ballot is whose
 * @param participants who took part in a closed secret round, in the order of their ids; empty
 *     otherwise
 */
public record RoundFact(
    RoundOpening opening,
    ImmutableList<PositionFact> positions,
    Optional<RoundClosing> closing,
    ImmutableList<BallotFact> ballots,
    ImmutableMap<ProposalId, Long> costs,
    Optional<TurnoutFact> turnout,
    ImmutableMap<ActorId, CollegeId> collegeOf,
    ImmutableMap<CollegeId, Integer> collegeWeights,
    boolean secret,
    ImmutableSet<ActorId> participants) {
  /**
   * Validates the fact.
   *
   * @param opening its opening
   * @param positions the positions taken, in order
   * @param closing its closing, if it closed
   * @param ballots the ballots cast in a ballot round, in order
   * @param costs the whole cost of each proposal of a ballot round's agenda that has one
   * @param turnout who could vote in a closed ballot round and who did
   * @param collegeOf the college of each voter that belongs to one
   * @param collegeWeights the weight of each college
   * @param secret whether the round is secret
   * @param participants who took part in a closed secret round
   */
  public RoundFact {
    checkNotNull(opening, "opening must not be null");
    positions = ImmutableList.copyOf(checkNotNull(positions, "positions must not be null"));
    checkNotNull(closing, "closing must not be null");
    ballots = ImmutableList.copyOf(checkNotNull(ballots, "ballots must not be null"));
    costs = ImmutableMap.copyOf(checkNotNull(costs, "costs must not be null"));
    checkNotNull(turnout, "turnout must not be null (use Optional.empty())");
    collegeOf = ImmutableMap.copyOf(checkNotNull(collegeOf, "collegeOf must not be null"));
    collegeWeights =
        ImmutableMap.copyOf(checkNotNull(collegeWeights, "collegeWeights must not be null"));
    participants = ImmutableSet.copyOf(checkNotNull(participants, "participants must not be null"));
  }

  /**
   * A public round.
   *
   * @param opening its opening
   * @param positions the positions taken, in order
   * @param closing its closing, if it closed
   * @param ballots the ballots cast in a ballot round, in order
   * @param costs the whole cost of each proposal of a ballot round's agenda that has one
   * @param turnout who could vote in a closed ballot round and who did
   * @param collegeOf the college of each voter that belongs to one
   * @param collegeWeights the weight of each college
   */
  public RoundFact(
      RoundOpening opening,
      ImmutableList<PositionFact> positions,
      Optional<RoundClosing> closing,
      ImmutableList<BallotFact> ballots,
      ImmutableMap<ProposalId, Long> costs,
      Optional<TurnoutFact> turnout,
      ImmutableMap<ActorId, CollegeId> collegeOf,
      ImmutableMap<CollegeId, Integer> collegeWeights) {
    this(
        opening,
        positions,
        closing,
        ballots,
        costs,
        turnout,
        collegeOf,
        collegeWeights,
        false,
        ImmutableSet.of());
  }

  /**
   * A round without colleges: under a rule with college weights its count gives no ballot any
   * weight.
   *
   * @param opening its opening
   * @param positions the positions taken, in order
   * @param closing its closing, if it closed
   * @param ballots the ballots cast in a ballot round, in order
   * @param costs the whole cost of each proposal of a ballot round's agenda that has one
   * @param turnout who could vote in a closed ballot round and who did
   */
  public RoundFact(
      RoundOpening opening,
      ImmutableList<PositionFact> positions,
      Optional<RoundClosing> closing,
      ImmutableList<BallotFact> ballots,
      ImmutableMap<ProposalId, Long> costs,
      Optional<TurnoutFact> turnout) {
    this(
        opening, positions, closing, ballots, costs, turnout, ImmutableMap.of(), ImmutableMap.of());
  }

  /**
   * A round without costs or turnout.
   *
   * @param opening its opening
   * @param positions the positions taken, in order
   * @param closing its closing, if it closed
   * @param ballots the ballots cast in a ballot round, in order
   */
  public RoundFact(
      RoundOpening opening,
      ImmutableList<PositionFact> positions,
      Optional<RoundClosing> closing,
      ImmutableList<BallotFact> ballots) {
    this(opening, positions, closing, ballots, ImmutableMap.of(), Optional.empty());
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
   * The count a closed ballot round decided on, rebuilt from its ballots by the standalone rule
   * ({@link BallotCount}), with its whole explanation, weighted by the colleges where the rule says
   * so (as the round's close weighted it); a round short of quorum was not counted. When the
   * round's close was decided in this process on the same ballots, its count is given back rather
   * than made again ({@link ClosingCount}): it is the same count.
   *
   * @return the count, or empty for a position round, a round still open or one short of quorum
   */
  public Optional<BallotCount> count() {
    if (ballotOutcome().isEmpty() || !ballotOutcome().get().quorumMet()) {
      return Optional.empty();
    }
    return Optional.of(
        ClosingCount.recall(
            ballotOutcome().get(),
            ballotRule().orElseThrow(),
            opening.agenda(),
            costs,
            countedBallots(),
            collegeOf,
            collegeWeights));
  }

  /**
   * The explanation of the count a closed ballot round decided on, as typed facts.
   *
   * @return the tally, or empty when {@link #count()} is
   */
  public Optional<BallotTally> tally() {
    return count().map(BallotTally::of);
  }

  /**
   * Every decision of the round once it closed, by positions or by ballots, in agenda order.
   *
   * @return the decisions; empty while the round is open
   */
  public ImmutableList<DecisionFact> decisions() {
    return closing.map(RoundClosing::allDecisions).orElse(ImmutableList.of());
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
   * The round's decision on one proposal, once it closed, by positions or by ballots.
   *
   * @param proposal the proposal
   * @return the decision, or empty when the round did not close or did not decide it
   */
  public Optional<DecisionFact> decisionOn(ProposalId proposal) {
    checkNotNull(proposal, "proposal must not be null");
    return decisions().stream().filter(d -> d.proposal().equals(proposal)).findFirst();
  }
}
