package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.AssessmentResult;

/**
 * A prospective assessment: proposals graded on each criterion before any decision, the graded
 * ballots cast, and, once closed, its outcome per proposal and criterion.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param opened when, and by whom, it opened
 * @param number its number, from 1
 * @param agenda the proposals assessed, in order
 * @param criteria the criteria, with their scales, in the assessment's order
 * @param gradings the graded ballots cast, in order
 * @param closed when, and by whom, it closed; empty while open
 * @param results its outcome, one per proposal and criterion; empty while open
 */
public record AssessmentFact(
    Stamp opened,
    int number,
    ImmutableList<ProposalId> agenda,
    ImmutableMap<CriterionId, GradeScale> criteria,
    ImmutableList<Grading> gradings,
    Optional<Stamp> closed,
    ImmutableList<AssessmentResult> results) {
  /**
   * Validates the fact.
   *
   * @param opened when, and by whom, it opened
   * @param number its number
   * @param agenda the proposals assessed
   * @param criteria the criteria, with their scales
   * @param gradings the graded ballots cast
   * @param closed when, and by whom, it closed
   * @param results its outcome
   */
  public AssessmentFact {
    checkNotNull(opened, "opened must not be null");
    agenda = ImmutableList.copyOf(checkNotNull(agenda, "agenda must not be null"));
    criteria = ImmutableMap.copyOf(checkNotNull(criteria, "criteria must not be null"));
    gradings = ImmutableList.copyOf(checkNotNull(gradings, "gradings must not be null"));
    checkNotNull(closed, "closed must not be null");
    results = ImmutableList.copyOf(checkNotNull(results, "results must not be null"));
  }

  /**
   * One actor's graded ballot on one criterion.
   *
   * @param stamp when, and by whom
   * @param criterion the criterion
   * @param grades the grade of each proposal
   */
  public record Grading(Stamp stamp, CriterionId criterion, Ballot.Grades grades) {
    /**
     * Validates the grading.
     *
     * @param stamp when, and by whom
     * @param criterion the criterion
     * @param grades the grade of each proposal
     */
    public Grading {
      checkNotNull(stamp, "stamp must not be null");
      checkNotNull(criterion, "criterion must not be null");
      checkNotNull(grades, "grades must not be null");
    }
  }

  /**
   * The result of one proposal on one criterion.
   *
   * @param proposal the proposal
   * @param criterion the criterion
   * @return the result, or empty while open or when not on the agenda
   */
  public Optional<AssessmentResult> result(ProposalId proposal, CriterionId criterion) {
    return results.stream()
        .filter(r -> r.proposal().equals(proposal) && r.criterion().equals(criterion))
        .findFirst();
  }
}
