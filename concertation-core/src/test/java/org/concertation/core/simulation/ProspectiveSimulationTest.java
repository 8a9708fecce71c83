package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.event.AssessmentResult;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.process.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation the simulation plays ahead of the decision, under the prospective project logic:
 * the criterion comes with the diagnosis, the proposals are assessed before the first round from
 * the actors' utilities, the carriers deliver their share of what they committed, and the actions
 * are graded after the fact by what they realised.
 */
class ProspectiveSimulationTest {
  private static final Charter PROSPECTIVE = Charters.prospectiveProjectLogic();
  private static final int SEEDS = 12;

  private static SimulationRun run(SimulationConfig config, long seed) {
    return Simulation.run(PROSPECTIVE, config, seed);
  }

  private static <E extends Event> List<E> events(SimulationRun run, Class<E> type) {
    return run.events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static int indexOf(SimulationRun run, Class<? extends Event> type) {
    for (int i = 0; i < run.events().size(); i++) {
      if (type.isInstance(run.events().get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The phase the process is in at each event, by the events' index. */
  private static List<Phase> phases(SimulationRun run) {
    List<Phase> phases = new ArrayList<>();
    Phase phase = Phase.FRAMING;
    for (Event event : run.events()) {
      if (event instanceof Event.PhaseAdvanced advanced) {
        phase = advanced.to();
      }
      phases.add(phase);
    }
    return phases;
  }

  @Test
  void simulatedActorsIssueOnlyCommandsTheProspectiveCharterAccepts() {
    for (long seed = 0; seed < 40; seed++) {
      SimulationRun run = run(SimulationConfig.of(60).withDelivery(0.7, 0.3), seed);
      assertThat(run.rejections()).as("seed %s", seed).isEmpty();
      assertThat(run.state().isTerminal()).isTrue();
    }
  }

  @Test
  void theCriterionIsDefinedOnceInTheDiagnosisBeforeAnyProposal() {
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationRun run = run(SimulationConfig.of(40), seed);
      assertThat(events(run, Event.CriterionDefined.class))
          .as("seed %s", seed)
          .singleElement()
          .satisfies(c -> assertThat(c.criterion()).isEqualTo(EvaluationPolicy.CRITERION));
      int defined = indexOf(run, Event.CriterionDefined.class);
      assertThat(phases(run).get(defined)).isEqualTo(Phase.DIAGNOSIS);
      int proposed = indexOf(run, Event.ProposalSubmitted.class);
      if (proposed >= 0) {
        assertThat(defined).isLessThan(proposed);
      }
    }
  }

  @Test
  void theProposalsAreAssessedOnceBeforeTheFirstRoundOnItsAgenda() {
    int assessed = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationRun run = run(SimulationConfig.of(40), seed);
      List<Event.RoundOpened> rounds = events(run, Event.RoundOpened.class);
      if (rounds.isEmpty()) {
        continue;
      }
      assessed++;
      Event.AssessmentOpened opened =
          events(run, Event.AssessmentOpened.class).stream().findFirst().orElseThrow();
      assertThat(events(run, Event.AssessmentOpened.class)).hasSize(1);
      assertThat(opened.agenda()).isEqualTo(rounds.get(0).agenda());
      assertThat(indexOf(run, Event.AssessmentClosed.class))
          .isLessThan(indexOf(run, Event.RoundOpened.class));
      for (Event.ProposalsAssessed grading : events(run, Event.ProposalsAssessed.class)) {
        assertThat(grading.grades().grades().keySet())
            .containsExactlyInAnyOrderElementsOf(opened.agenda());
        assertThat(grading.grades().grades().values())
            .allSatisfy(g -> assertThat(GradeScale.rating().contains(g)).isTrue());
      }
      assertThat(events(run, Event.ProposalsAssessed.class)).isNotEmpty();
    }
    assertThat(assessed).as("runs that reached a round").isPositive();
  }

  @Test
  void everyAssessorGradesAProposalFromItsUtilityForIt() {
    SimulationConfig config = SimulationConfig.of(40);
    int checked = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Territory territory = Territory.generate(config, seed);
      Driver.Outcome outcome = new Driver(PROSPECTIVE, territory, seed).run();
      Map<ActorId, Integer> index = new HashMap<>();
      for (int i = 0; i < territory.actors().size(); i++) {
        index.put(territory.actors().get(i).id(), i);
      }
      Set<ProposalId> amended = new HashSet<>();
      for (Event event : outcome.events()) {
        if (event instanceof Event.ProposalAmended e) {
          amended.add(e.proposal());
        }
      }
      for (Event event : outcome.events()) {
        if (event instanceof Event.ProposalsAssessed e) {
          int actor = index.get(e.by());
          for (ProposalModel model : outcome.standing()) {
            // the model of an amended proposal is no longer the one assessed
            if (e.grades().grades().containsKey(model.id()) && !amended.contains(model.id())) {
              assertThat(e.grades().grades().get(model.id()))
                  .isEqualTo(
                      ExAnte.grade(
                          model.utility(actor), config.harmThreshold(), GradeScale.rating()));
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void theGradeOfAUtilityRisesFromTheLowestAtTheHarmThresholdToTheHighestAtItsOpposite() {
    GradeScale rating = GradeScale.rating();
    assertThat(ExAnte.grade(-5, 1, rating)).isEqualTo(1);
    assertThat(ExAnte.grade(-1, 1, rating)).isEqualTo(1);
    assertThat(ExAnte.grade(-0.5, 1, rating)).isEqualTo(2);
    assertThat(ExAnte.grade(0, 1, rating)).isEqualTo(3);
    assertThat(ExAnte.grade(0.24, 1, rating)).isEqualTo(3);
    assertThat(ExAnte.grade(0.25, 1, rating)).as("half up").isEqualTo(4);
    assertThat(ExAnte.grade(1, 1, rating)).isEqualTo(5);
    assertThat(ExAnte.grade(7, 1, rating)).isEqualTo(5);
    assertThat(ExAnte.grade(1, 2, rating)).isEqualTo(4);
    assertThat(ExAnte.grade(0, 1, GradeScale.score(10))).isEqualTo(5);
  }

  @Test
  void eachCarrierDeliversTheShareOfEachCommitmentThatTheParameterSays() {
    SimulationConfig config = SimulationConfig.of(40).withDelivery(0.6, 0);
    int deliveries = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationRun run = run(config, seed);
      List<Event.DeliveryRecorded> recorded = events(run, Event.DeliveryRecorded.class);
      int commitments = 0;
      for (Action action : run.state().actions().values()) {
        commitments += action.commitments().size();
      }
      assertThat(recorded).as("one delivery per commitment, seed %s", seed).hasSize(commitments);
      for (Event.DeliveryRecorded delivery : recorded) {
        Action action = run.state().actions().get(delivery.action());
        Commitment commitment = action.commitments().get(delivery.commitment() - 1);
        assertThat(delivery.by()).isEqualTo(commitment.actor());
        assertThat(delivery.kind()).isEqualTo(commitment.resource().kind());
        assertThat(delivery.quantity())
            .isEqualTo(
                commitment
                    .resource()
                    .quantity()
                    .multiply(BigDecimal.valueOf(0.6))
                    .setScale(DeliveryPolicy.DELIVERY_SCALE, RoundingMode.HALF_EVEN));
        deliveries++;
      }
    }
    assertThat(deliveries).isPositive();
  }

  @Test
  void aCarrierWhoDeliversNothingRecordsNothingAndTheActionsRealiseNothing() {
    SimulationConfig config = SimulationConfig.of(40).withDelivery(0, 0);
    int rated = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationRun run = run(config, seed);
      assertThat(events(run, Event.DeliveryRecorded.class)).isEmpty();
      RunMetrics.Evaluation evaluation = run.metrics().evaluation().orElseThrow();
      assertThat(evaluation.deliveryByKind().values()).allSatisfy(r -> assertThat(r).isZero());
      for (Event.ActionRated rating : events(run, Event.ActionRated.class)) {
        // nothing delivered: utility 0, the middle of the scale
        assertThat(rating.grade()).isEqualTo(3);
        rated++;
      }
    }
    assertThat(rated).isPositive();
  }

  @Test
  void withEveryPromiseKeptAnActorGradesAnActionAsSheGradedItsProposal() {
    int pairs = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationRun run = run(SimulationConfig.of(40), seed);
      Map<ActorId, Map<ProposalId, Integer>> before = new HashMap<>();
      for (Event.ProposalsAssessed e : events(run, Event.ProposalsAssessed.class)) {
        before.computeIfAbsent(e.by(), a -> new HashMap<>()).putAll(e.grades().grades());
      }
      Set<ProposalId> amended = new HashSet<>();
      events(run, Event.ProposalAmended.class).forEach(e -> amended.add(e.proposal()));
      for (Event.ActionRated rating : events(run, Event.ActionRated.class)) {
        ProposalId proposal = ProposalId.of(rating.action().value().substring("a-".length()));
        Integer grade = before.getOrDefault(rating.by(), Map.of()).get(proposal);
        if (grade != null && !amended.contains(proposal)) {
          assertThat(rating.grade()).as("seed %s %s", seed, rating).isEqualTo(grade);
          pairs++;
        }
      }
      RunMetrics.Evaluation evaluation = run.metrics().evaluation().orElseThrow();
      if (amended.isEmpty() && !Double.isNaN(evaluation.agreement())) {
        assertThat(evaluation.agreement()).isEqualTo(1.0);
      }
      assertThat(evaluation.deliveryByKind().values())
          .allSatisfy(r -> assertThat(r).isEqualTo(1.0));
    }
    assertThat(pairs).isPositive();
  }

  @Test
  void theActorsWhoRateTheProcessGradeEveryActionOnce() {
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationRun run = run(SimulationConfig.of(40), seed);
      Set<ActorId> raters = new HashSet<>();
      events(run, Event.RatingGiven.class).forEach(r -> raters.add(r.rating().actor()));
      Map<ActorId, Integer> graded = new LinkedHashMap<>();
      events(run, Event.ActionRated.class).forEach(r -> graded.merge(r.by(), 1, Integer::sum));
      if (run.state().phase() == Phase.CLOSED) {
        assertThat(graded.keySet()).as("seed %s", seed).isEqualTo(raters);
        assertThat(graded.values())
            .allSatisfy(n -> assertThat(n).isEqualTo(run.state().actions().size()));
      }
    }
  }

  @Test
  void theProspectiveLogicDecidesWhatTheProjectLogicDecidesOnTheSameSeed() {
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationConfig config = SimulationConfig.of(50).withDelivery(0.5, 0.3);
      SimulationRun ahead = run(config, seed);
      SimulationRun project = Simulation.run(Charters.projectLogic(), config, seed);
      Map<ProposalId, ProposalStatus> statuses = new LinkedHashMap<>();
      project.state().proposals().forEach((id, p) -> statuses.put(id, p.status()));
      Map<ProposalId, ProposalStatus> aheadStatuses = new LinkedHashMap<>();
      ahead.state().proposals().forEach((id, p) -> aheadStatuses.put(id, p.status()));
      assertThat(aheadStatuses).as("seed %s", seed).isEqualTo(statuses);
      RunMetrics a = ahead.metrics();
      RunMetrics p = project.metrics();
      assertThat(a.end()).isEqualTo(p.end());
      assertThat(a.adopted()).isEqualTo(p.adopted());
      assertThat(a.rounds()).isEqualTo(p.rounds());
      assertThat(a.utilitarian()).isEqualTo(p.utilitarian());
      assertThat(a.egalitarian()).isEqualTo(p.egalitarian());
      assertThat(a.transversality()).isEqualTo(p.transversality(), within(0.0));
      assertThat(p.evaluation()).isEmpty();
      assertThat(a.evaluation()).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission"})
  void aCharterWithoutAnAssessmentPlaysNoEvaluationAhead(String logic) {
    Charter charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    assertThat(ExAnte.playedUnder(charter)).isFalse();
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationRun run =
          Simulation.run(charter, SimulationConfig.of(40).withDelivery(0.3, 0.5), seed);
      assertThat(run.events())
          .noneMatch(
              e ->
                  e instanceof Event.AssessmentOpened
                      || e instanceof Event.DeliveryRecorded
                      || e instanceof Event.ActionRated);
      assertThat(run.metrics().evaluation()).isEmpty();
    }
  }

  @Test
  void anAssessmentGateKeepsTheProposalsBelowItOffEveryAgenda() {
    int gate = 4;
    Charter gated = Charter.builder().from(PROSPECTIVE).assessmentGate(gate).build();
    assertThat(ExAnte.playedUnder(gated)).isTrue();
    int kept = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      SimulationRun run = Simulation.run(gated, SimulationConfig.of(40), seed);
      assertThat(run.rejections()).as("seed %s", seed).isEmpty();
      Map<ProposalId, Integer> majority = new HashMap<>();
      for (Event.AssessmentClosed closed : events(run, Event.AssessmentClosed.class)) {
        for (AssessmentResult result : closed.results()) {
          majority.put(result.proposal(), result.majorityGrade().orElse(Integer.MIN_VALUE));
        }
        kept += (int) majority.values().stream().filter(g -> g < gate).count();
      }
      for (Event.RoundOpened round : events(run, Event.RoundOpened.class)) {
        assertThat(round.agenda())
            .allSatisfy(id -> assertThat(majority.get(id)).isGreaterThanOrEqualTo(gate));
      }
    }
    assertThat(kept).as("proposals below the gate").isPositive();
  }

  @Test
  void theCriterionIsDefinedByAnActorTheCharterLetsDefineIt() {
    SimulationRun run = run(SimulationConfig.of(40), 3);
    Event.CriterionDefined defined = events(run, Event.CriterionDefined.class).get(0);
    Member definer = run.state().member(defined.by()).orElseThrow();
    assertThat(
            PROSPECTIVE.allows(
                Activity.DEFINE_CRITERION, definer.role(), definer.actor().kind(), Phase.DIAGNOSIS))
        .isTrue();
  }

  @Test
  void everyKindOfMeansCommittedHasItsDeliveryRatio() {
    SimulationRun run = run(SimulationConfig.of(60).withDelivery(0.8, 0), 5);
    Set<ResourceKind> committed = new HashSet<>();
    run.state().actions().values().stream()
        .flatMap(a -> a.commitments().stream())
        .forEach(c -> committed.add(c.resource().kind()));
    RunMetrics.Evaluation evaluation = run.metrics().evaluation().orElseThrow();
    assertThat(evaluation.deliveryByKind().keySet()).isEqualTo(committed);
    for (ResourceKind kind : ResourceKind.values()) {
      if (committed.contains(kind)) {
        assertThat(evaluation.delivery(kind)).isCloseTo(0.8, within(0.005));
      } else {
        assertThat(evaluation.delivery(kind)).isNaN();
      }
    }
  }
}
