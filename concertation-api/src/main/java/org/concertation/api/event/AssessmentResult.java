package org.concertation.api.event;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ProposalId;

/**
 * What a prospective assessment found for one proposal on one criterion: how many graded it, its
 * majority grade (the lower median of its grades, as majority judgment reads it), how its grades
 * were distributed, and its majority grade within each college.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param proposal the proposal
 * @param criterion the criterion
 * @param graders how many actors graded it
 * @param majorityGrade the lower median of its grades; empty when nobody graded it
 * @param distribution how many gave each grade, for the grades given, from the lowest
 * @param byCollege the majority grade among the graders of each college, for the colleges that
 *     graded, in the order the colleges were registered
 */
public record AssessmentResult(
    ProposalId proposal,
    CriterionId criterion,
    int graders,
    Optional<Integer> majorityGrade,
    ImmutableMap<Integer, Integer> distribution,
    ImmutableMap<CollegeId, Integer> byCollege) {
  /**
   * Validates the result.
   *
   * @param proposal the proposal
   * @param criterion the criterion
   * @param graders how many actors graded it
   * @param majorityGrade the lower median of its grades; empty when nobody graded it
   * @param distribution how many gave each grade
   * @param byCollege the majority grade within each college
   */
  public AssessmentResult {
    checkNotNull(proposal, "proposal must not be null");
    checkNotNull(criterion, "criterion must not be null");
    checkArgument(graders >= 0, "Invalid graders '%s': must be at least 0", graders);
    checkNotNull(majorityGrade, "majority grade must not be null (use Optional.empty())");
    distribution = ImmutableMap.copyOf(checkNotNull(distribution, "distribution must not be null"));
    byCollege = ImmutableMap.copyOf(checkNotNull(byCollege, "byCollege must not be null"));
    checkArgument(
        majorityGrade.isPresent() == (graders > 0),
        "Invalid result of '%s' on '%s': a majority grade exactly when someone graded",
        proposal,
        criterion);
    checkArgument(
        distribution.values().stream().mapToInt(Integer::intValue).sum() == graders,
        "Invalid result of '%s' on '%s': distribution %s does not count %s graders",
        proposal,
        criterion,
        distribution,
        graders);
  }
}
