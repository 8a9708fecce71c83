package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalId;

/**
 * The open negotiation round: its number, agenda, rule, and the positions taken so far on each
 * proposal of the agenda.
 *
 * <p>This class is immutable and thread-safe; its maps are unmodifiable.
 *
 * @param number the round's number, from 1
 * @param agenda the proposals to decide
 * @param rule the rule that will decide
 * @param positions the positions taken, by proposal then actor
 */
public record RoundState(
    int number,
    ImmutableList<ProposalId> agenda,
    DecisionRule rule,
    PersistentMap<ProposalId, PersistentMap<ActorId, Position>> positions) {
  /**
   * Validates the round.
   *
   * @param number the round's number, from 1
   * @param agenda the proposals to decide
   * @param rule the rule that will decide
   * @param positions the positions taken, by proposal then actor
   */
  public RoundState {
    checkNotNull(agenda, "agenda must not be null");
    checkNotNull(rule, "rule must not be null");
    checkNotNull(positions, "positions must not be null");
  }

  static RoundState open(int number, ImmutableList<ProposalId> agenda, DecisionRule rule) {
    PersistentMap<ProposalId, PersistentMap<ActorId, Position>> positions = PersistentMap.empty();
    for (ProposalId proposal : agenda) {
      positions = positions.plus(proposal, PersistentMap.empty());
    }
    return new RoundState(number, agenda, rule, positions);
  }

  /**
   * The positions taken on one proposal of the agenda.
   *
   * @param proposal the proposal
   * @return the positions by actor, unmodifiable; empty if it is not on the agenda
   */
  public Map<ActorId, Position> positionsOn(ProposalId proposal) {
    PersistentMap<ActorId, Position> on = positions.get(proposal);
    return on == null ? PersistentMap.empty() : on;
  }

  RoundState with(ProposalId proposal, Position position) {
    return new RoundState(
        number,
        agenda,
        rule,
        positions.plus(
            proposal, requireNonNull(positions.get(proposal)).plus(position.actor(), position)));
  }
}
