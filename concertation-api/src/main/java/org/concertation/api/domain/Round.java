package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.api.decision.DecisionRule;

/**
 * A negotiation round: one confrontation of the proposals on its agenda, decided by its rule.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number its number in the process, from 1
 * @param agenda the proposals it decides, in order, at least one
 * @param rule the rule that decides them
 */
public record Round(int number, ImmutableList<ProposalId> agenda, DecisionRule rule) {
  /**
   * Validates the round.
   *
   * @param number its number in the process, from 1
   * @param agenda the proposals it decides, in order, at least one
   * @param rule the rule that decides them
   */
  public Round {
    checkArgument(number >= 1, "Invalid round number '%s': must be at least 1", number);
    agenda = ImmutableList.copyOf(checkNotNull(agenda, "agenda must not be null"));
    checkArgument(!agenda.isEmpty(), "Invalid round %s: its agenda is empty", number);
    checkNotNull(rule, "rule must not be null");
  }
}
