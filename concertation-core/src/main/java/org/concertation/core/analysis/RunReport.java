package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.ProposalId;

/**
 * What a run did with participation, against what its charter promised.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param promised the level the charter promises
 * @param actual the level the run shows; criteria the run has not yet put to the test keep the
 *     charter's finding
 * @param observed the criteria the run has put to the test
 * @param gaps where the run fell short of the charter, and every decision the owner overruled
 * @param adoptedBy the kinds of the authors of each adopted proposal, in adoption order
 * @param overruled the adopted proposals that the project owner declined
 * @param answerDelays for each answered proposal, in the order of the answers, the time from the
 *     last round that adopted or rejected it before the answer (or, when none did, its submission
 *     or merge) to its answer
 * @param unanswered the decided proposals, and once the process ended all live proposals, still
 *     without an answer
 * @param carriers the kinds of the carriers of each action
 * @param evaluators the kinds of the actors who defined criteria or rated
 * @param ballotRounds what each closed ballot round says of participation, in round order
 */
public record RunReport(
    ParticipationLevel promised,
    ParticipationLevel actual,
    ImmutableSet<ParticipationCriterion> observed,
    ImmutableList<Gap> gaps,
    ImmutableMap<ProposalId, ImmutableSet<ActorKind>> adoptedBy,
    ImmutableList<ProposalId> overruled,
    ImmutableMap<ProposalId, Duration> answerDelays,
    ImmutableList<ProposalId> unanswered,
    ImmutableMap<ActionId, ImmutableSet<ActorKind>> carriers,
    ImmutableSet<ActorKind> evaluators,
    ImmutableList<BallotTurnout> ballotRounds) {
  /**
   * Validates the report.
   *
   * @param promised the level the charter promises
   * @param actual the level the run shows; criteria the run has not yet put to the test keep the
   *     charter's finding
   * @param observed the criteria the run has put to the test
   * @param gaps where the run fell short of the charter, and every decision the owner overruled
   * @param adoptedBy the kinds of the authors of each adopted proposal, in adoption order
   * @param overruled the adopted proposals that the project owner declined
   * @param answerDelays for each answered proposal, the time from the last round that adopted or
   *     rejected it before the answer (or, when none did, its submission or merge) to its answer
   * @param unanswered the decided proposals, and once the process ended all live proposals, still
   *     without an answer
   * @param carriers the kinds of the carriers of each action
   * @param evaluators the kinds of the actors who defined criteria or rated
   * @param ballotRounds what each closed ballot round says of participation
   */
  public RunReport {
    checkNotNull(promised, "promised must not be null");
    checkNotNull(actual, "actual must not be null");
    observed = ImmutableSet.copyOf(checkNotNull(observed, "observed must not be null"));
    gaps = ImmutableList.copyOf(checkNotNull(gaps, "gaps must not be null"));
    adoptedBy = ImmutableMap.copyOf(checkNotNull(adoptedBy, "adoptedBy must not be null"));
    overruled = ImmutableList.copyOf(checkNotNull(overruled, "overruled must not be null"));
    answerDelays = ImmutableMap.copyOf(checkNotNull(answerDelays, "answerDelays must not be null"));
    unanswered = ImmutableList.copyOf(checkNotNull(unanswered, "unanswered must not be null"));
    carriers = ImmutableMap.copyOf(checkNotNull(carriers, "carriers must not be null"));
    evaluators = ImmutableSet.copyOf(checkNotNull(evaluators, "evaluators must not be null"));
    ballotRounds =
        ImmutableList.copyOf(checkNotNull(ballotRounds, "ballotRounds must not be null"));
  }

  /**
   * A report of a run without ballot rounds.
   *
   * @param promised the level the charter promises
   * @param actual the level the run shows
   * @param observed the criteria the run has put to the test
   * @param gaps where the run fell short of the charter, and every decision the owner overruled
   * @param adoptedBy the kinds of the authors of each adopted proposal, in adoption order
   * @param overruled the adopted proposals that the project owner declined
   * @param answerDelays for each answered proposal, the time from its last decision to its answer
   * @param unanswered the decided proposals, and once the process ended all live proposals, still
   *     without an answer
   * @param carriers the kinds of the carriers of each action
   * @param evaluators the kinds of the actors who defined criteria or rated
   */
  public RunReport(
      ParticipationLevel promised,
      ParticipationLevel actual,
      ImmutableSet<ParticipationCriterion> observed,
      ImmutableList<Gap> gaps,
      ImmutableMap<ProposalId, ImmutableSet<ActorKind>> adoptedBy,
      ImmutableList<ProposalId> overruled,
      ImmutableMap<ProposalId, Duration> answerDelays,
      ImmutableList<ProposalId> unanswered,
      ImmutableMap<ActionId, ImmutableSet<ActorKind>> carriers,
      ImmutableSet<ActorKind> evaluators) {
    this(
        promised,
        actual,
        observed,
        gaps,
        adoptedBy,
        overruled,
        answerDelays,
        unanswered,
        carriers,
        evaluators,
        ImmutableList.of());
  }
}
