package org.concertation.api.event;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;

/**
 * What a closing ballot round decided: the rule counted, how many ballots it counted, whether the
 * quorum was met, whether the count ended in a tie the rule flags, the proposals chosen (or, for a
 * judging rule, adopted), and each proposal's resulting status ({@link ProposalStatus#OPEN} when it
 * is carried to the next round). The whole tally (pairwise matrix, elimination rounds, spending per
 * voter) is not stored: it is rebuilt exactly by counting the round's ballots again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the counting rule's label
 * @param ballots how many ballots were counted
 * @param quorumMet whether enough voters cast a ballot, overall and in every college
 * @param tie whether the count ended in a tie the rule flags
 * @param chosen the proposals chosen, in the rule's order; empty short of quorum
 * @param statuses each proposal of the agenda, in agenda order, with its status after the round
 */
public record BallotOutcome(
    String rule,
    int ballots,
    boolean quorumMet,
    boolean tie,
    ImmutableList<ProposalId> chosen,
    ImmutableMap<ProposalId, ProposalStatus> statuses) {
  /**
   * Validates the outcome.
   *
   * @param rule the counting rule's label
   * @param ballots how many ballots were counted
   * @param quorumMet whether enough voters cast a ballot
   * @param tie whether the count ended in a tie the rule flags
   * @param chosen the proposals chosen, in the rule's order
   * @param statuses each proposal of the agenda with its status after the round
   */
  public BallotOutcome {
    checkNotNull(rule, "rule must not be null");
    checkArgument(ballots >= 0, "Invalid ballot count '%s': must be at least 0", ballots);
    chosen = ImmutableList.copyOf(checkNotNull(chosen, "chosen must not be null"));
    statuses = ImmutableMap.copyOf(checkNotNull(statuses, "statuses must not be null"));
    for (var entry : statuses.entrySet()) {
      ProposalStatus status = entry.getValue();
      checkArgument(
          status == ProposalStatus.OPEN
              || status == ProposalStatus.ADOPTED
              || status == ProposalStatus.REJECTED,
          "Invalid status '%s' of '%s' after a round: must be OPEN, ADOPTED or REJECTED",
          status,
          entry.getKey());
    }
    for (ProposalId id : chosen) {
      checkArgument(
          statuses.containsKey(id), "Invalid outcome: chosen '%s' is not on the agenda", id);
    }
  }

  /**
   * The proposals carried to the next round.
   *
   * @return the proposals left open, in agenda order
   */
  public ImmutableList<ProposalId> carried() {
    return statuses.entrySet().stream()
        .filter(e -> e.getValue() == ProposalStatus.OPEN)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }
}
