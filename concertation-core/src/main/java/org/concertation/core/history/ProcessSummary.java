package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import java.util.HashSet;
import java.util.Set;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.Checks;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;

/**
 * What a process's log comes to, in a few facts: its stream, how many events it holds, its phase,
 * its head hash, what each closed round did with its agenda, and where every proposal stands. The
 * command line's {@code replay --json} prints it; a host may serve the same object (its JSON is
 * {@code JsonCodec.toTree}'s, documented in {@code mapping.md}).
 *
 * <p>Built from the read model ({@link #of}), so that every reader of a process gives the same
 * summary. This class is immutable and thread-safe.
 *
 * @param stream the process's stream
 * @param events how many events the log holds
 * @param phase the phase after the last event
 * @param head the log's head hash: the hash of its last event line
 * @param rounds the rounds closed, in order; a round still open is left out until it closes
 * @param proposals every proposal, in the order it appeared, with where it stands
 */
public record ProcessSummary(
    String stream,
    int events,
    Phase phase,
    String head,
    ImmutableList<ProcessSummary.Round> rounds,
    ImmutableMap<ProposalId, ProposalStatus> proposals) {

  /**
   * Validates the summary.
   *
   * @param stream the process's stream
   * @param events how many events the log holds, at least 0
   * @param phase the phase after the last event
   * @param head the log's head hash
   * @param rounds the rounds closed, in order
   * @param proposals every proposal with where it stands
   */
  public ProcessSummary {
    Checks.text("stream", stream);
    checkArgument(events >= 0, "Invalid number of events '%s': must be at least 0", events);
    checkNotNull(phase, "phase must not be null");
    Checks.text("head", head);
    rounds = ImmutableList.copyOf(checkNotNull(rounds, "rounds must not be null"));
    proposals = ImmutableMap.copyOf(checkNotNull(proposals, "proposals must not be null"));
  }

  /**
   * One closed round: its rule and what it did with each proposal of its agenda.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param round its number, from 1
   * @param rule its rule, as a stable label ({@link ProcessSummary#label(RoundFact)})
   * @param adopted the proposals it adopted, in agenda order
   * @param rejected the proposals it rejected, in agenda order
   * @param carried the proposals it carried to the next round (still open), in agenda order
   * @param tie whether the round had an exact tie: one of its outcomes was a tie settled by the
   *     tie-break, or carried over
   */
  public record Round(
      int round,
      String rule,
      ImmutableList<ProposalId> adopted,
      ImmutableList<ProposalId> rejected,
      ImmutableList<ProposalId> carried,
      boolean tie) {
    /**
     * Validates the round: its three lists are disjoint.
     *
     * @param round its number, from 1
     * @param rule its rule's label
     * @param adopted the proposals adopted
     * @param rejected the proposals rejected
     * @param carried the proposals carried
     * @param tie whether the round had an exact tie
     */
    public Round {
      checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
      Checks.text("round rule", rule);
      adopted = ImmutableList.copyOf(checkNotNull(adopted, "adopted must not be null"));
      rejected = ImmutableList.copyOf(checkNotNull(rejected, "rejected must not be null"));
      carried = ImmutableList.copyOf(checkNotNull(carried, "carried must not be null"));
      Set<ProposalId> seen = new HashSet<>();
      for (ProposalId id : Iterables.concat(adopted, rejected, carried)) {
        checkArgument(seen.add(id), "Invalid round %s: proposal '%s' decided twice", round, id);
      }
    }
  }

  /**
   * The summary of a process's log.
   *
   * @param stream the log's stream
   * @param head the log's head hash
   * @param history the read model of the log's events
   * @return the summary
   */
  public static ProcessSummary of(String stream, String head, ProcessHistory history) {
    checkNotNull(history, "history must not be null");
    ImmutableList.Builder<Round> rounds = ImmutableList.builder();
    for (RoundFact round : history.rounds()) {
      round.closing().ifPresent(closing -> rounds.add(round(round, closing)));
    }
    ImmutableMap.Builder<ProposalId, ProposalStatus> proposals = ImmutableMap.builder();
    for (ProposalHistory proposal : history.proposals()) {
      proposals.put(proposal.id(), proposal.status());
    }
    return new ProcessSummary(
        stream, history.size(), history.phase(), head, rounds.build(), proposals.buildOrThrow());
  }

  private static Round round(RoundFact round, RoundClosing closing) {
    ImmutableList.Builder<ProposalId> adopted = ImmutableList.builder();
    ImmutableList.Builder<ProposalId> rejected = ImmutableList.builder();
    ImmutableList.Builder<ProposalId> carried = ImmutableList.builder();
    boolean tie = false;
    if (closing.ballot().isPresent()) {
      BallotOutcome outcome = closing.ballot().get();
      outcome
          .statuses()
          .forEach(
              (id, status) -> {
                switch (status) {
                  case ADOPTED -> adopted.add(id);
                  case REJECTED -> rejected.add(id);
                  default -> carried.add(id); // BallotOutcome allows OPEN, ADOPTED or REJECTED
                }
              });
      tie = outcome.tie();
    }
    for (DecisionFact decision : closing.decisions()) {
      switch (decision.status()) {
        case ADOPTED -> adopted.add(decision.proposal());
        case REJECTED -> rejected.add(decision.proposal());
        case OPEN -> carried.add(decision.proposal());
        default ->
            // a round leaves a proposal adopted, rejected or open (RoundDecision checks it)
            throw new AssertionError("Status " + decision.status() + " after a round");
      }
      tie |= decision.outcome().tie() || decision.verdict() == Verdict.TIED;
    }
    return new Round(
        round.number(), label(round), adopted.build(), rejected.build(), carried.build(), tie);
  }

  /**
   * The stable label of a round's rule: the one place where rounds get their labels.
   *
   * @param round the round
   * @return the label of its ballot rule in a ballot round ({@code schulze}, {@code mes}...), else
   *     of its decision rule ({@link #label(DecisionRule)})
   */
  public static String label(RoundFact round) {
    checkNotNull(round, "round must not be null");
    return round.ballotRule().map(BallotRule::label).orElseGet(() -> label(round.rule()));
  }

  /**
   * The stable label of a decision rule: {@code simple-majority}, {@code absolute-majority}, {@code
   * qualified-majority-N/D}, {@code unanimity}, {@code consent}, {@code weighted-colleges} or
   * {@code college-majority}. A rule that compares a share with its threshold and whose threshold
   * is not one half adds it as {@code -N/D} (a qualified majority always does): {@code
   * simple-majority-3/5}. Quorum, tie-break and whether objections block are left out: the label
   * names how the round counts, the log keeps the whole rule.
   *
   * @param rule the rule
   * @return its label
   */
  public static String label(DecisionRule rule) {
    checkNotNull(rule, "rule must not be null");
    Method method = rule.method();
    String base =
        switch (method) {
          case MAJORITY -> "simple-majority";
          case ABSOLUTE_MAJORITY -> "absolute-majority";
          case QUALIFIED_MAJORITY -> "qualified-majority";
          case UNANIMITY -> "unanimity";
          case CONSENT -> "consent";
          case WEIGHTED_COLLEGES -> "weighted-colleges";
          case COLLEGE_MAJORITY -> "college-majority";
        };
    boolean comparesShares = method != Method.UNANIMITY && method != Method.CONSENT;
    boolean showsThreshold =
        method == Method.QUALIFIED_MAJORITY
            || (comparesShares && rule.threshold().compareTo(Fraction.HALF) != 0);
    return showsThreshold ? base + "-" + rule.threshold() : base;
  }
}
