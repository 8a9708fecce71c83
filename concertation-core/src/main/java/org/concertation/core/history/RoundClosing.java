package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.concertation.api.event.BallotOutcome;

/**
 * A round closed: its rule decided every proposal on its agenda.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the facilitator
 * @param round its number
 * @param decisions one decision per proposal on the agenda, in agenda order, as a position round
 *     recorded them; empty for a ballot round
 * @param ballot what a ballot round decided; empty for a position round
 * @param ballotDecisions a ballot round's decision on each proposal of its agenda, in agenda order,
 *     from its outcome; empty for a position round
 */
public record RoundClosing(
    Stamp stamp,
    int round,
    ImmutableList<DecisionFact> decisions,
    Optional<BallotOutcome> ballot,
    ImmutableList<DecisionFact> ballotDecisions)
    implements Milestone {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the facilitator
   * @param round its number
   * @param decisions one decision per proposal on the agenda
   * @param ballot what a ballot round decided
   * @param ballotDecisions a ballot round's decision on each proposal of its agenda
   */
  public RoundClosing {
    checkNotNull(stamp, "stamp must not be null");
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    decisions = ImmutableList.copyOf(checkNotNull(decisions, "decisions must not be null"));
    checkNotNull(ballot, "ballot must not be null (use Optional.empty())");
    ballotDecisions =
        ImmutableList.copyOf(checkNotNull(ballotDecisions, "ballotDecisions must not be null"));
    checkArgument(
        ballot.isPresent() || ballotDecisions.isEmpty(),
        "Invalid closing of round %s: decisions by ballot without a ballot outcome",
        round);
  }

  /**
   * The closing of a position round.
   *
   * @param stamp when, and by the facilitator
   * @param round its number
   * @param decisions one decision per proposal on the agenda
   */
  public RoundClosing(Stamp stamp, int round, ImmutableList<DecisionFact> decisions) {
    this(stamp, round, decisions, Optional.empty(), ImmutableList.of());
  }

  /**
   * Every decision of the round, by positions or by ballots, in agenda order.
   *
   * @return the decisions
   */
  public ImmutableList<DecisionFact> allDecisions() {
    return ballot.isPresent() ? ballotDecisions : decisions;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
