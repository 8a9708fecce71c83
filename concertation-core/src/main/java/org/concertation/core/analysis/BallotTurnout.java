package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalId;

/**
 * What one closed ballot round says of participation: a decision the participants took by their
 * ballots, who cast them (by kind and by college), what the round chose, and which of the proposals
 * it adopted the project owner then declined.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param round the round's number
 * @param rule the counting rule's label
 * @param ballots how many ballots counted (each voter's last)
 * @param byKind the voters of each kind, kinds in their natural order
 * @param byCollege the voters of each college, in the order the colleges first voted
 * @param chosen the proposals the round chose, in the rule's order
 * @param adopted the proposals the round adopted
 * @param overruled the proposals the round adopted and the project owner declined
 */
public record BallotTurnout(
    int round,
    String rule,
    int ballots,
    ImmutableMap<ActorKind, Integer> byKind,
    ImmutableMap<CollegeId, Integer> byCollege,
    ImmutableList<ProposalId> chosen,
    ImmutableList<ProposalId> adopted,
    ImmutableList<ProposalId> overruled) {
  /**
   * Validates the turnout.
   *
   * @param round the round's number
   * @param rule the counting rule's label
   * @param ballots how many ballots counted
   * @param byKind the voters of each kind
   * @param byCollege the voters of each college
   * @param chosen the proposals the round chose
   * @param adopted the proposals the round adopted
   * @param overruled the proposals adopted and then declined by the owner
   */
  public BallotTurnout {
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    checkNotNull(rule, "rule must not be null");
    checkArgument(ballots >= 0, "Invalid ballot count '%s': must be at least 0", ballots);
    byKind = ImmutableMap.copyOf(checkNotNull(byKind, "byKind must not be null"));
    byCollege = ImmutableMap.copyOf(checkNotNull(byCollege, "byCollege must not be null"));
    chosen = ImmutableList.copyOf(checkNotNull(chosen, "chosen must not be null"));
    adopted = ImmutableList.copyOf(checkNotNull(adopted, "adopted must not be null"));
    overruled = ImmutableList.copyOf(checkNotNull(overruled, "overruled must not be null"));
    checkArgument(
        adopted.containsAll(overruled),
        "Invalid turnout of round %s: overruled %s were not all adopted %s",
        round,
        overruled,
        adopted);
  }
}
