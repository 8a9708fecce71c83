package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * What another rule would have decided on the very ballots of a closed ballot round. The events are
 * read, never changed: the round's agenda and rule come from its {@link Event.RoundOpened}, each
 * proposal's cost from its latest version before the round, each voter's ballot from its last
 * {@link Event.BallotCast} before the round closed, and the recorded outcome from its {@link
 * Event.RoundClosed}.
 *
 * <p>Which rules read which ballots: rankings are read by every ranked rule; approvals by the
 * approval rule and by every budget rule (within the round's envelope, or one given); grades by the
 * graded rules on the round's scale. Grades are also read as approvals from a grade up (a voter
 * approves each proposal it graded at least that grade) by the approval and budget rules, except
 * the gradients of agreement, whose lower grades agree more. Another pairing is refused with an
 * {@link IllegalArgumentException} that says which ballots the round holds.
 *
 * <p>The recount keeps the round's quorum (who cast a ballot does not depend on how ballots are
 * counted, so whether the quorum was met is the round's) and its college weights (how much each
 * college weighs is the charter's framing, not the counting rule's: a weighted round is recounted
 * weighted, each voter's college read from its registration), and decides as the round's close
 * does: short of quorum, or on a tie the rule flags, the agenda is carried to the next round (after
 * the last round only what was chosen beyond doubt is adopted); otherwise what the rule chose is
 * adopted and the rest rejected. Recounted under its own rule, a round gives exactly the outcome
 * its close recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param round the round's number
 * @param recordedRule the rule the round was decided by
 * @param recorded what the round's close recorded
 * @param rule the rule of the recount, with the round's quorum
 * @param count the recount, with the rule's whole explanation
 * @param outcome what the round would have decided under the rule of the recount
 */
public record Recount(
    int round,
    BallotRule recordedRule,
    BallotOutcome recorded,
    BallotRule rule,
    BallotCount count,
    BallotOutcome outcome) {
  /**
   * Validates the recount.
   *
   * @param round the round's number
   * @param recordedRule the rule the round was decided by
   * @param recorded what the round's close recorded
   * @param rule the rule of the recount
   * @param count the recount
   * @param outcome what the round would have decided under the rule of the recount
   */
  public Recount {
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    checkNotNull(recordedRule, "recordedRule must not be null");
    checkNotNull(recorded, "recorded must not be null");
    checkNotNull(rule, "rule must not be null");
    checkNotNull(count, "count must not be null");
    checkNotNull(outcome, "outcome must not be null");
  }

  /**
   * Recounts a closed ballot round under another rule, each ballot read as cast.
   *
   * @param charter the charter the process ran under (it says which round is the last)
   * @param history the process's events, in order, at least up to the round's close
   * @param round the round's number
   * @param rule the rule of the recount; its quorum and college weights are replaced by the round's
   * @return the recount
   * @throws IllegalArgumentException when the history opens no such round, the round decides by
   *     positions or has not closed, or the rule cannot read the round's ballots
   */
  public static Recount of(
      Charter charter, List<? extends Event> history, int round, BallotRule rule) {
    return of(charter, history, round, rule, OptionalInt.empty());
  }

  /**
   * Recounts a closed ballot round under another rule; the grades of a graded round may be read as
   * approvals from a grade up.
   *
   * @param charter the charter the process ran under (it says which round is the last)
   * @param history the process's events, in order, at least up to the round's close
   * @param round the round's number
   * @param rule the rule of the recount; its quorum and college weights are replaced by the round's
   * @param approvalFrom for grades read by an approval or budget rule: the least grade that counts
   *     as an approval
   * @return the recount
   * @throws IllegalArgumentException when the history opens no such round, the round decides by
   *     positions or has not closed, or the rule cannot read the round's ballots
   */
  public static Recount of(
      Charter charter,
      List<? extends Event> history,
      int round,
      BallotRule rule,
      OptionalInt approvalFrom) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(history, "history must not be null");
    checkNotNull(rule, "rule must not be null");
    checkNotNull(approvalFrom, "approvalFrom must not be null");
    RoundBallots roundRead = RoundBallots.read(Optional.of(charter), history, round);
    Event.@Nullable RoundOpened opened = roundRead.opened().orElse(null);
    Event.@Nullable RoundClosed closed = roundRead.closed().orElse(null);
    checkArgument(opened != null, "the history holds no round %s", round);
    Optional<BallotRule> recordedRule = opened.ballotRule();
    checkArgument(
        recordedRule.isPresent(),
        "round %s decided by positions, not by ballots: it has no ballot to recount",
        round);
    checkArgument(closed != null, "round %s has not closed: there is no outcome to recount", round);
    BallotOutcome recorded = closed.ballot().orElseThrow();
    BallotRule own = recordedRule.get();
    BallotRule counting =
        BallotRules.check(rule.withQuorum(own.quorum()).withCollegeWeights(own.collegeWeights()));
    ImmutableMap<ActorId, Ballot> read = read(own, counting, roundRead.ballots(), approvalFrom);
    ImmutableList<ProposalId> agenda = opened.agenda();
    Map<ProposalId, Long> costs = new HashMap<>();
    for (ProposalId id : agenda) {
      OptionalLong cost = roundRead.cost(id);
      if (cost.isPresent()) {
        costs.put(id, cost.getAsLong());
      } else {
        checkArgument(
            counting.kind() != BallotRule.Kind.BUDGET,
            "proposal '%s' of round %s has no whole cost: budget rule '%s' cannot count it",
            id.value(),
            round,
            counting.label());
      }
    }
    BallotCount count = roundRead.count(counting, agenda, costs, read);
    boolean lastRound = round >= charter.roundLimit();
    return new Recount(
        round,
        own,
        recorded,
        counting,
        count,
        decide(agenda, recorded.quorumMet(), count, lastRound));
  }

  /** The ballots as the rule of the recount reads them, or a refusal saying why it cannot. */
  private static ImmutableMap<ActorId, Ballot> read(
      BallotRule own, BallotRule counting, Map<ActorId, Ballot> ballots, OptionalInt approvalFrom) {
    Ballot.Kind cast = own.ballotKind();
    Ballot.Kind wanted = counting.ballotKind();
    if (cast == Ballot.Kind.GRADES && wanted == Ballot.Kind.APPROVALS) {
      checkArgument(
          approvalFrom.isPresent(),
          "rule '%s' reads approvals, and round's ballots are grades: name the least grade that"
              + " counts as an approval",
          counting.label());
      // a lower gradient agrees more: "from a grade up" would read the scale upside down
      checkArgument(
          !own.label().equals(BallotRule.GRADIENTS_LABEL),
          "grades of '%s' cannot be read as approvals: a lower grade agrees more",
          own.label());
      int from = approvalFrom.getAsInt();
      checkArgument(
          own.scale().orElseThrow().contains(from),
          "grade %s is not on the round's scale %s..%s",
          from,
          own.scale().orElseThrow().lowest(),
          own.scale().orElseThrow().highest());
      ImmutableMap.Builder<ActorId, Ballot> approvals = ImmutableMap.builder();
      ballots.forEach(
          (voter, ballot) ->
              approvals.put(
                  voter,
                  new Ballot.Approvals(
                      ((Ballot.Grades) ballot)
                          .grades().entrySet().stream()
                              .filter(e -> e.getValue() >= from)
                              .map(Map.Entry::getKey)
                              .collect(ImmutableSet.toImmutableSet()))));
      return approvals.buildOrThrow();
    }
    checkArgument(
        approvalFrom.isEmpty(),
        "a grade that counts as an approval reads grades as approvals, and round's ballots are %s",
        describe(cast));
    checkArgument(
        cast == wanted,
        "rule '%s' reads %s, and the round's ballots are %s",
        counting.label(),
        describe(wanted),
        describe(cast));
    if (cast == Ballot.Kind.GRADES) {
      checkArgument(
          counting.scale().equals(own.scale()),
          "rule '%s' grades on %s, and the round's ballots grade on %s",
          counting.label(),
          counting.scale().orElseThrow().names(),
          own.scale().orElseThrow().names());
    }
    return ImmutableMap.copyOf(ballots);
  }

  private static String describe(Ballot.Kind kind) {
    switch (kind) {
      case RANKING:
        return "rankings";
      case APPROVALS:
        return "approvals";
      case GRADES:
        return "grades";
      default:
        throw new AssertionError(kind);
    }
  }

  /** What the round would have decided, by the rules of its close. */
  private static BallotOutcome decide(
      List<ProposalId> agenda, boolean quorumMet, BallotCount count, boolean lastRound) {
    ImmutableList<ProposalId> chosen = ImmutableList.of();
    ImmutableSet<ProposalId> adopted = ImmutableSet.of();
    boolean tie = false;
    boolean carried = !quorumMet && !lastRound;
    if (quorumMet) {
      chosen = count.chosen();
      tie = count.tie();
      carried = tie && !lastRound;
      adopted = ImmutableSet.copyOf(tie ? count.clearlyChosen() : chosen);
    }
    ImmutableMap.Builder<ProposalId, ProposalStatus> statuses = ImmutableMap.builder();
    for (ProposalId id : agenda) {
      statuses.put(
          id,
          carried
              ? ProposalStatus.OPEN
              : adopted.contains(id) ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED);
    }
    return new BallotOutcome(
        count.rule().label(), count.ballots(), quorumMet, tie, chosen, statuses.buildOrThrow());
  }

  /**
   * Tells whether the recount decides as the round did: the same proposals chosen, and each
   * proposal with the same status.
   *
   * @return true when the rule of the recount changes nothing
   */
  public boolean agrees() {
    return outcome.chosen().equals(recorded.chosen())
        && outcome.statuses().equals(recorded.statuses());
  }
}
