package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.AssessmentResult;
import org.jspecify.annotations.Nullable;

/**
 * The part of a process's state that criteria defined early and prospective assessments add: the
 * scales of criteria that name their own, the open assessment, how many were held, the outcome of
 * each proposal's last assessment, and the grades given to actions after the fact. A process
 * without any of them holds {@link #NONE}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Prospects {
  static final Prospects NONE =
      new Prospects(PersistentMap.empty(), null, 0, PersistentMap.empty(), PersistentMap.empty());

  /** The criteria that name a scale of their own; the others are graded on the rating scale. */
  final PersistentMap<CriterionId, GradeScale> scales;

  final @Nullable Assessment open;
  final int held;

  /** Each assessed proposal's results in its last closed assessment. */
  final PersistentMap<ProposalId, ImmutableList<AssessmentResult>> assessed;

  /** The ex-post grades: by action, then criterion, then actor. */
  final PersistentMap<ActionId, PersistentMap<CriterionId, PersistentMap<ActorId, Integer>>>
      actionGrades;

  Prospects(
      PersistentMap<CriterionId, GradeScale> scales,
      @Nullable Assessment open,
      int held,
      PersistentMap<ProposalId, ImmutableList<AssessmentResult>> assessed,
      PersistentMap<ActionId, PersistentMap<CriterionId, PersistentMap<ActorId, Integer>>>
          actionGrades) {
    this.scales = checkNotNull(scales, "scales must not be null");
    this.open = open;
    this.held = held;
    this.assessed = checkNotNull(assessed, "assessed must not be null");
    this.actionGrades = checkNotNull(actionGrades, "actionGrades must not be null");
  }

  /**
   * An open assessment: its number, agenda, criteria with their scales, and the grades given so far
   * on each criterion by each actor.
   */
  record Assessment(
      int number,
      ImmutableList<ProposalId> agenda,
      ImmutableMap<CriterionId, GradeScale> criteria,
      PersistentMap<CriterionId, PersistentMap<ActorId, Ballot.Grades>> grades) {
    Assessment {
      checkNotNull(agenda, "agenda must not be null");
      checkNotNull(criteria, "criteria must not be null");
      checkNotNull(grades, "grades must not be null");
    }

    /** The grades given on a criterion, by actor; empty if none. */
    PersistentMap<ActorId, Ballot.Grades> on(CriterionId criterion) {
      PersistentMap<ActorId, Ballot.Grades> on = grades.get(criterion);
      return on == null ? PersistentMap.empty() : on;
    }

    Assessment with(ActorId actor, CriterionId criterion, Ballot.Grades given) {
      return new Assessment(
          number, agenda, criteria, grades.plus(criterion, on(criterion).plus(actor, given)));
    }
  }

  /** Whether nothing criteria early or assessments add is here: how snapshots leave it out. */
  boolean isNone() {
    return equals(NONE);
  }

  /** The scale of a criterion. */
  GradeScale scale(CriterionId criterion) {
    GradeScale own = scales.get(criterion);
    return own == null ? GradeScale.rating() : own;
  }

  /** The grades an action received on a criterion, by actor; empty if none. */
  PersistentMap<ActorId, Integer> actionGrades(ActionId action, CriterionId criterion) {
    PersistentMap<CriterionId, PersistentMap<ActorId, Integer>> byCriterion =
        actionGrades.get(action);
    PersistentMap<ActorId, Integer> on = byCriterion == null ? null : byCriterion.get(criterion);
    return on == null ? PersistentMap.empty() : on;
  }

  Prospects withScale(CriterionId criterion, GradeScale scale) {
    return new Prospects(scales.plus(criterion, scale), open, held, assessed, actionGrades);
  }

  Prospects opening(Assessment assessment) {
    return new Prospects(scales, assessment, assessment.number(), assessed, actionGrades);
  }

  Prospects withOpen(Assessment assessment) {
    return new Prospects(scales, assessment, held, assessed, actionGrades);
  }

  Prospects closing(ImmutableList<AssessmentResult> results) {
    Map<ProposalId, ImmutableList.Builder<AssessmentResult>> byProposal = new LinkedHashMap<>();
    for (AssessmentResult result : results) {
      byProposal.computeIfAbsent(result.proposal(), p -> ImmutableList.builder()).add(result);
    }
    PersistentMap<ProposalId, ImmutableList<AssessmentResult>> next = assessed;
    for (Map.Entry<ProposalId, ImmutableList.Builder<AssessmentResult>> e : byProposal.entrySet()) {
      next = next.plus(e.getKey(), e.getValue().build());
    }
    return new Prospects(scales, null, held, next, actionGrades);
  }

  Prospects withActionGrade(ActionId action, CriterionId criterion, ActorId actor, int grade) {
    PersistentMap<CriterionId, PersistentMap<ActorId, Integer>> byCriterion =
        actionGrades.get(action);
    if (byCriterion == null) {
      byCriterion = PersistentMap.empty();
    }
    return new Prospects(
        scales,
        open,
        held,
        assessed,
        actionGrades.plus(
            action,
            byCriterion.plus(criterion, actionGrades(action, criterion).plus(actor, grade))));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Prospects that
        && held == that.held
        && scales.equals(that.scales)
        && Objects.equals(open, that.open)
        && assessed.equals(that.assessed)
        && actionGrades.equals(that.actionGrades);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scales, open, held, assessed, actionGrades);
  }

  @Override
  public String toString() {
    return "Prospects[held=" + held + ", open=" + (open == null ? null : open.number()) + "]";
  }
}
