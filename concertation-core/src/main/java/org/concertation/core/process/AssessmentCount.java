package org.concertation.core.process;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.AssessmentResult;
import org.concertation.core.choice.GradedRule;

/**
 * The outcome of a prospective assessment: for each proposal of its agenda and each of its
 * criteria, the majority grade of the grades given (as majority judgment reads it), their
 * distribution, and the majority grade among the graders of each college.
 */
final class AssessmentCount {
  private AssessmentCount() {}

  static ImmutableList<AssessmentResult> results(
      Prospects.Assessment assessment,
      Function<ActorId, Optional<CollegeId>> collegeOf,
      List<CollegeId> collegeOrder) {
    ImmutableList.Builder<AssessmentResult> results = ImmutableList.builder();
    for (ProposalId proposal : assessment.agenda()) {
      for (CriterionId criterion : assessment.criteria().keySet()) {
        List<Integer> grades = new ArrayList<>();
        Map<CollegeId, List<Integer>> byCollege = new LinkedHashMap<>();
        for (CollegeId college : collegeOrder) {
          byCollege.put(college, new ArrayList<>());
        }
        for (Map.Entry<ActorId, Ballot.Grades> ballot : assessment.on(criterion).entrySet()) {
          int grade =
              requireNonNull(
                  ballot.getValue().grades().get(proposal),
                  "checked: every ballot grades the whole agenda");
          grades.add(grade);
          collegeOf
              .apply(ballot.getKey())
              .ifPresent(
                  college -> byCollege.computeIfAbsent(college, c -> new ArrayList<>()).add(grade));
        }
        TreeMap<Integer, Integer> distribution = new TreeMap<>();
        grades.forEach(grade -> distribution.merge(grade, 1, Integer::sum));
        ImmutableMap.Builder<CollegeId, Integer> colleges = ImmutableMap.builder();
        byCollege.forEach(
            (college, given) -> {
              if (!given.isEmpty()) {
                colleges.put(college, GradedRule.majorityGrade(given));
              }
            });
        results.add(
            new AssessmentResult(
                proposal,
                criterion,
                grades.size(),
                grades.isEmpty() ? Optional.empty() : Optional.of(GradedRule.majorityGrade(grades)),
                ImmutableMap.copyOf(distribution),
                colleges.buildOrThrow()));
      }
    }
    return results.build();
  }
}
