package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ProposalId;

/**
 * A round opened on an agenda, under a rule.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the facilitator
 * @param round its number, from 1
 * @param agenda the proposals to decide, in order
 * @param rule the position rule of the round's number
 * @param ballotRule the ballot rule that decides instead, in a ballot round
 */
public record RoundOpening(
    Stamp stamp,
    int round,
    ImmutableList<ProposalId> agenda,
    DecisionRule rule,
    Optional<BallotRule> ballotRule)
    implements Milestone {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the facilitator
   * @param round its number, from 1
   * @param agenda the proposals to decide, in order
   * @param rule the position rule of the round's number
   * @param ballotRule the ballot rule that decides instead, in a ballot round
   */
  public RoundOpening {
    checkNotNull(stamp, "stamp must not be null");
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    agenda = ImmutableList.copyOf(checkNotNull(agenda, "agenda must not be null"));
    checkNotNull(rule, "rule must not be null");
    checkNotNull(ballotRule, "ballot rule must not be null (use Optional.empty())");
  }

  /**
   * The opening of a position round.
   *
   * @param stamp when, and by the facilitator
   * @param round its number, from 1
   * @param agenda the proposals to decide, in order
   * @param rule the rule that decides
   */
  public RoundOpening(Stamp stamp, int round, ImmutableList<ProposalId> agenda, DecisionRule rule) {
    this(stamp, round, agenda, rule, Optional.empty());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
