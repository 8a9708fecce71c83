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
 * @param decisions one decision per proposal on the agenda, in agenda order; empty for a ballot
 *     round
 * @param ballot what a ballot round decided; empty for a position round
 */
public record RoundClosing(
    Stamp stamp, int round, ImmutableList<DecisionFact> decisions, Optional<BallotOutcome> ballot)
    implements Milestone {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the facilitator
   * @param round its number
   * @param decisions one decision per proposal on the agenda
   * @param ballot what a ballot round decided
   */
  public RoundClosing {
    checkNotNull(stamp, "stamp must not be null");
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    decisions = ImmutableList.copyOf(checkNotNull(decisions, "decisions must not be null"));
    checkNotNull(ballot, "ballot must not be null (use Optional.empty())");
  }

  /**
   * The closing of a position round.
   *
   * @param stamp when, and by the facilitator
   * @param round its number
   * @param decisions one decision per proposal on the agenda
   */
  public RoundClosing(Stamp stamp, int round, ImmutableList<DecisionFact> decisions) {
    this(stamp, round, decisions, Optional.empty());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
