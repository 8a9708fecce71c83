package org.concertation.core.history;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.AssessmentResult;
import org.concertation.core.choice.GradedRule;

/** Reads each criterion ex ante and ex post from the facts of a history. */
final class CriterionEvaluations {
  private CriterionEvaluations() {}

  static ImmutableList<CriterionEvaluation> of(
      List<CriterionFact> criteria,
      Map<CriterionId, GradeScale> scales,
      List<WeighingFact> weighings,
      List<AssessmentFact> assessments,
      List<ActionRatingFact> actionRatings,
      List<ObjectiveFact> objectives,
      List<ActionFact> actions) {
    // a later weighing of an actor replaces its earlier one
    Map<ActorId, WeighingFact> lastWeighing = new LinkedHashMap<>();
    weighings.forEach(w -> lastWeighing.put(w.stamp().by(), w));
    Map<ObjectiveId, ImmutableSet<ProposalId>> objectiveSources = new LinkedHashMap<>();
    objectives.forEach(o -> objectiveSources.put(o.id(), o.from()));
    Map<ActionId, ImmutableSet<ProposalId>> actionSources = new LinkedHashMap<>();
    actions.forEach(
        a ->
            actionSources.put(
                a.id(), objectiveSources.getOrDefault(a.objective(), ImmutableSet.of())));
    ImmutableList.Builder<CriterionEvaluation> evaluations = ImmutableList.builder();
    for (CriterionFact criterion : criteria) {
      CriterionId id = criterion.id();
      List<Integer> weights = new ArrayList<>();
      for (WeighingFact w : lastWeighing.values()) {
        Integer grade = w.grades().get(id);
        if (grade != null) {
          weights.add(grade);
        }
      }
      Map<ProposalId, Integer> exAnte = new LinkedHashMap<>();
      for (AssessmentFact assessment : assessments) {
        for (AssessmentResult result : assessment.results()) {
          if (result.criterion().equals(id) && result.majorityGrade().isPresent()) {
            exAnte.put(result.proposal(), result.majorityGrade().get());
          }
        }
      }
      Map<ActionId, List<Integer>> graded = new LinkedHashMap<>();
      for (ActionRatingFact rating : actionRatings) {
        if (rating.criterion().equals(id)) {
          graded.computeIfAbsent(rating.action(), a -> new ArrayList<>()).add(rating.grade());
        }
      }
      ImmutableMap.Builder<ActionId, Integer> exPost = ImmutableMap.builder();
      ImmutableMap.Builder<ActionId, ImmutableSet<ProposalId>> cameOf = ImmutableMap.builder();
      graded.forEach(
          (action, grades) -> {
            exPost.put(action, GradedRule.majorityGrade(grades));
            cameOf.put(action, actionSources.getOrDefault(action, ImmutableSet.of()));
          });
      evaluations.add(
          new CriterionEvaluation(
              criterion,
              criterion.stamp().by(),
              requireNonNull(scales.getOrDefault(id, GradeScale.rating())),
              weights.isEmpty() ? Optional.empty() : Optional.of(GradedRule.majorityGrade(weights)),
              ImmutableMap.copyOf(exAnte),
              exPost.buildOrThrow(),
              cameOf.buildOrThrow()));
    }
    return evaluations.build();
  }
}
