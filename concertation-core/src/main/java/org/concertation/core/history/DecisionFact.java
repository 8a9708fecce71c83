package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.RoundDecision;

/**
 * What a round decided on one proposal when it closed: in a position round, its rule's outcome on
 * the positions taken on it; in a ballot round, its part in the outcome of the ballots over the
 * whole agenda.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when the round closed, and by whom
 * @param round the round's number
 * @param proposal the proposal decided
 * @param version the version deliberated
 * @param status the proposal's status after the round
 * @param positions the position round's decision: version judged, outcome with its tally, status;
 *     empty in a ballot round
 * @param ballot the ballot round's outcome over its whole agenda; empty in a position round
 */
public record DecisionFact(
    Stamp stamp,
    int round,
    ProposalId proposal,
    int version,
    ProposalStatus status,
    Optional<RoundDecision> positions,
    Optional<BallotOutcome> ballot)
    implements ProposalStep {
  /**
   * Validates the fact: it comes from positions or from ballots, not both, and says what they say.
   *
   * @param stamp when the round closed, and by whom
   * @param round the round's number
   * @param proposal the proposal decided
   * @param version the version deliberated
   * @param status the proposal's status after the round
   * @param positions the position round's decision, or empty
   * @param ballot the ballot round's outcome, or empty
   */
  public DecisionFact {
    checkNotNull(stamp, "stamp must not be null");
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    checkNotNull(proposal, "proposal must not be null");
    checkArgument(version >= 1, "Invalid version '%s': must be at least 1", version);
    checkNotNull(status, "status must not be null");
    checkNotNull(positions, "positions must not be null (use Optional.empty())");
    checkNotNull(ballot, "ballot must not be null (use Optional.empty())");
    checkArgument(
        positions.isPresent() != ballot.isPresent(),
        "Invalid decision on '%s' in round %s: it comes from positions or from ballots",
        proposal,
        round);
    positions.ifPresent(
        d ->
            checkArgument(
                d.proposal().equals(proposal) && d.version() == version && d.status() == status,
                "Invalid decision on '%s' in round %s: the round decided %s",
                proposal,
                round,
                d));
    ballot.ifPresent(
        b ->
            checkArgument(
                b.statuses().get(proposal) == status,
                "Invalid decision on '%s' in round %s: the ballots left it %s",
                proposal,
                round,
                b.statuses().get(proposal)));
  }

  /**
   * A position round's decision.
   *
   * @param stamp when the round closed, and by whom
   * @param round the round's number
   * @param decision the decision: version judged, outcome with its tally, status after the round
   */
  public DecisionFact(Stamp stamp, int round, RoundDecision decision) {
    this(
        stamp,
        round,
        checkNotNull(decision, "decision must not be null").proposal(),
        decision.version(),
        decision.status(),
        Optional.of(decision),
        Optional.empty());
  }

  /**
   * A ballot round's decision on one proposal of its agenda.
   *
   * @param stamp when the round closed, and by whom
   * @param round the round's number
   * @param proposal a proposal of the round's agenda
   * @param version the version on the ballot
   * @param outcome the round's outcome
   * @return the decision
   * @throws IllegalArgumentException when the proposal is not on the outcome's agenda
   */
  public static DecisionFact ofBallot(
      Stamp stamp, int round, ProposalId proposal, int version, BallotOutcome outcome) {
    checkNotNull(outcome, "outcome must not be null");
    ProposalStatus status = outcome.statuses().get(proposal);
    checkArgument(
        status != null, "Invalid decision: '%s' is not on the agenda of round %s", proposal, round);
    return new DecisionFact(
        stamp, round, proposal, version, status, Optional.empty(), Optional.of(outcome));
  }

  /**
   * Tells whether ballots decided, rather than positions.
   *
   * @return true for a ballot round's decision
   */
  public boolean byBallot() {
    return ballot.isPresent();
  }

  /**
   * The position round's decision.
   *
   * @return the decision: version judged, outcome with its tally, status after the round
   * @throws IllegalStateException for a ballot round's decision, which has no outcome of its own
   *     (read {@link #ballot()})
   */
  public RoundDecision decision() {
    checkState(
        positions.isPresent(),
        "round %s decided '%s' by ballots: read its ballot outcome, it has no position outcome",
        round,
        proposal);
    return positions.get();
  }

  /**
   * The position rule's outcome, with its tally and explanation.
   *
   * @return the outcome
   * @throws IllegalStateException for a ballot round's decision (read {@link #ballot()})
   */
  public Outcome outcome() {
    return decision().outcome();
  }

  /**
   * The verdict. A ballot round's verdict follows from its outcome: short of quorum, {@link
   * Verdict#NO_QUORUM}; adopted, {@link Verdict#ADOPTED}; carried on a tie, or left out of a tie
   * after the last round, {@link Verdict#TIED}; otherwise {@link Verdict#REJECTED}.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    if (positions.isPresent()) {
      return positions.get().outcome().verdict();
    }
    BallotOutcome outcome = ballot.orElseThrow();
    if (!outcome.quorumMet()) {
      return Verdict.NO_QUORUM;
    }
    if (status == ProposalStatus.ADOPTED) {
      return Verdict.ADOPTED;
    }
    // a tie carries the whole agenda, or, after the last round, leaves out the tied proposals
    boolean tied =
        outcome.tie() && (status == ProposalStatus.OPEN || outcome.chosen().contains(proposal));
    return tied ? Verdict.TIED : Verdict.REJECTED;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
