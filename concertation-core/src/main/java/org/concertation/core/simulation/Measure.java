package org.concertation.core.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ResourceKind;
import org.concertation.core.history.ActionRatingFact;
import org.concertation.core.history.AssessmentFact;
import org.concertation.core.history.CriterionEvaluation;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.process.Member;
import org.concertation.core.process.ProcessState;
import org.jspecify.annotations.Nullable;

/** Computes the metrics of a finished run. */
final class Measure {
  /** Enumerate the outcome space only while outcomes squared times actors stays below this. */
  static final long ENUMERATION_BUDGET = 20_000_000L;

  /** Never enumerate the subsets of more proposals than this: their masks are ints. */
  static final int MOST_ENUMERATED_PROPOSALS = 20;

  private static final ActorKind[] KINDS = {
    ActorKind.INSTITUTION, ActorKind.INHABITANT, ActorKind.ASSOCIATION
  };

  private Measure() {}

  static RunMetrics of(Territory territory, Charter charter, Driver.Outcome outcome) {
    ProcessState state = outcome.state();
    int n = territory.actors().size();
    double[] satisfaction = Satisfaction.of(territory, outcome.standing(), outcome.accepted());

    Map<ActorKind, double[]> byKind = new LinkedHashMap<>();
    for (ActorKind kind : KINDS) {
      byKind.put(kind, new double[2]);
    }
    Map<CollegeId, double[]> byCollege = new LinkedHashMap<>();
    for (College college : charter.colleges()) {
      byCollege.put(college.id(), new double[2]);
    }
    for (int i = 0; i < n; i++) {
      ActorId id = territory.actors().get(i).id();
      add(
          byKind.computeIfAbsent(territory.actors().get(i).kind(), k -> new double[2]),
          satisfaction[i]);
      Optional<CollegeId> college = state.member(id).flatMap(Member::college);
      if (college.isPresent()) {
        add(byCollege.computeIfAbsent(college.get(), c -> new double[2]), satisfaction[i]);
      }
    }

    int bottomUp = 0;
    for (ProposalModel model : outcome.accepted()) {
      Proposal proposal = requireNonNull(state.proposals().get(model.id()));
      boolean fromBelow =
          proposal.authors().stream()
              .map(author -> state.member(author).map(m -> m.actor().kind()))
              .anyMatch(
                  kind ->
                      kind.isPresent()
                          && (kind.get().equals(ActorKind.INHABITANT)
                              || kind.get().equals(ActorKind.ASSOCIATION)));
      if (fromBelow) {
        bottomUp++;
      }
    }
    double carriers = 0;
    for (Action action : state.actions().values()) {
      carriers += action.carrierKinds().size();
    }
    int adopted = outcome.accepted().size();

    double paretoDistance = Double.NaN;
    double nashDistance = Double.NaN;
    double[][] outcomes = enumerate(territory, outcome.standing());
    if (outcomes != null) {
      paretoDistance = Welfare.distanceToPareto(outcomes, satisfaction);
      nashDistance = Welfare.distance(outcomes[Welfare.nashPoint(outcomes)], satisfaction);
    }
    return new RunMetrics(
        outcome.end(),
        adopted > 0,
        state.roundsHeld(),
        outcome.standing().size(),
        adopted,
        Welfare.utilitarian(satisfaction),
        Welfare.egalitarian(satisfaction),
        Welfare.nash(satisfaction),
        Welfare.gini(satisfaction),
        adopted == 0 ? Double.NaN : bottomUp / (double) adopted,
        state.actions().isEmpty() ? Double.NaN : carriers / state.actions().size(),
        outcome.active().size() / (double) n,
        means(byKind),
        means(byCollege),
        paretoDistance,
        nashDistance,
        ExAnte.playedUnder(charter)
            ? Optional.of(evaluation(ProcessHistory.of(charter, outcome.events())))
            : Optional.empty());
  }

  /**
   * What the evaluation measured, read from the run's history: the pairs of grades that one actor
   * gave on the criterion, ex ante to a proposal and ex post to an action that came of it, and the
   * means delivered against those committed.
   */
  static RunMetrics.Evaluation evaluation(ProcessHistory history) {
    Map<ActorId, Map<ProposalId, Integer>> exAnte = new HashMap<>();
    // assessments in the order held: a later grading of a proposal replaces an earlier one
    for (AssessmentFact assessment : history.assessments()) {
      for (AssessmentFact.Grading grading : assessment.gradings()) {
        if (grading.criterion().equals(EvaluationPolicy.CRITERION)) {
          exAnte
              .computeIfAbsent(grading.stamp().by(), a -> new HashMap<>())
              .putAll(grading.grades().grades());
        }
      }
    }
    Map<ActionId, ImmutableSet<ProposalId>> cameOf = new HashMap<>();
    for (CriterionEvaluation criterion : history.criterionEvaluations()) {
      if (criterion.id().equals(EvaluationPolicy.CRITERION)) {
        cameOf.putAll(criterion.cameOf());
      }
    }
    List<Integer> before = new ArrayList<>();
    List<Integer> after = new ArrayList<>();
    for (ActionRatingFact rating : history.actionRatings()) {
      Map<ProposalId, Integer> graded = exAnte.get(rating.stamp().by());
      if (!rating.criterion().equals(EvaluationPolicy.CRITERION) || graded == null) {
        continue;
      }
      for (ProposalId proposal : cameOf.getOrDefault(rating.action(), ImmutableSet.of())) {
        Integer grade = graded.get(proposal);
        if (grade != null) {
          before.add(grade);
          after.add(rating.grade());
        }
      }
    }
    ImmutableMap.Builder<ResourceKind, Double> delivery = ImmutableMap.builder();
    history
        .means()
        .total()
        .forEach((kind, balance) -> delivery.put(kind, balance.ratio().doubleValue()));
    return new RunMetrics.Evaluation(
        Agreement.tauB(
            before.stream().mapToInt(Integer::intValue).toArray(),
            after.stream().mapToInt(Integer::intValue).toArray()),
        delivery.buildOrThrow());
  }

  private static void add(double[] sumAndCount, double value) {
    sumAndCount[0] += value;
    sumAndCount[1]++;
  }

  private static <K> ImmutableMap<K, Double> means(Map<K, double[]> sums) {
    ImmutableMap.Builder<K, Double> means = ImmutableMap.builder();
    sums.forEach(
        (key, sum) -> {
          if (sum[1] > 0) {
            means.put(key, sum[0] / sum[1]);
          }
        });
    return means.buildOrThrow();
  }

  /**
   * Every actor's satisfaction with every subset of the standing proposals, or null when there are
   * too many to enumerate.
   */
  static double @Nullable [][] enumerate(Territory territory, List<ProposalModel> standing) {
    int p = standing.size();
    int n = territory.actors().size();
    if (p > MOST_ENUMERATED_PROPOSALS) {
      return null;
    }
    long m = 1L << p;
    if (m * m * n > ENUMERATION_BUDGET) {
      return null;
    }
    double[] low = new double[n];
    double[] high = new double[n];
    for (ProposalModel model : standing) {
      for (int i = 0; i < n; i++) {
        double u = model.utility(i);
        if (u < 0) {
          low[i] += u;
        } else {
          high[i] += u;
        }
      }
    }
    double[][] outcomes = new double[(int) m][n];
    for (int mask = 0; mask < m; mask++) {
      for (int i = 0; i < n; i++) {
        double got = 0;
        for (int q = 0; q < p; q++) {
          if ((mask & (1 << q)) != 0) {
            got += standing.get(q).utility(i);
          }
        }
        outcomes[mask][i] = Satisfaction.scale(got, low[i], high[i]);
      }
    }
    return outcomes;
  }
}
