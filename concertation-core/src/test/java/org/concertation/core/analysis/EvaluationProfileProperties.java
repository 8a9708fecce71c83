package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.AssessmentResult;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.api.Test;

/**
 * On random histories with evaluation steps (criteria defined early or late, by participants or the
 * owner; criteria weighed; assessments opened, graded and closed or left open; rounds; actions with
 * commitments of every kind of means; deliveries right and wrong; actions graded ex post), under
 * five charters (the prospective project logic with and without a gate, its variants where the
 * owner defines the criteria or alone grades, and the project logic that only looks back), the
 * run's evaluation indicators and its evaluation finding agree with the facts counted here from the
 * events alone: who defined the criteria and in which role, who graded ex ante and ex post and who
 * weighed, whether a closed assessment gave a majority grade, and committed against delivered per
 * kind of means and per commitment, and, once the process closed after deliveries, the kinds that
 * delivered to the action. Every other dimension, and the charter's indicators, are the charter's.
 */
class EvaluationProfileProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final int TRIES = 400;
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static final Actor OWNER = Drive.OWNER;
  private static final Actor FACILITATOR = Drive.FACILITATOR;
  private static final Actor IVAN = Actor.of("ivan", "Ivan", ActorKind.INHABITANT);
  private static final Actor CLUB = Actor.of("club", "Sports club", ActorKind.ASSOCIATION);
  private static final List<Actor> PARTICIPANTS =
      List.of(Drive.LANDLORD, Drive.INES, IVAN, Drive.ASSO, CLUB);
  private static final List<Actor> ANYONE =
      List.of(OWNER, FACILITATOR, Drive.LANDLORD, Drive.INES, IVAN, Drive.ASSO, CLUB);
  private static final List<CriterionId> CRITERIA =
      List.of(CriterionId.of("c1"), CriterionId.of("c2"), CriterionId.of("c3"));
  private static final ProposalId P1 = Drive.P1;
  private static final ProposalId P2 = Drive.P2;
  private static final ActionId A1 = Drive.A1;
  private static final ObjectiveId O1 = Drive.O1;
  private static final StakeId YOUTH = Drive.YOUTH;

  private static final Charter PROSPECTIVE = Charters.prospectiveProjectLogic();
  private static final List<Charter> CHARTERS =
      List.of(
          PROSPECTIVE,
          Charter.builder().from(PROSPECTIVE).assessmentGate(2).build(),
          replacing(PROSPECTIVE, Grant.toRoles(Activity.DEFINE_CRITERION, Role.PROJECT_OWNER)),
          replacing(PROSPECTIVE, Grant.toRoles(Activity.ASSESS, Role.PROJECT_OWNER)),
          Charters.projectLogic());

  private static Charter replacing(Charter charter, Grant grant) {
    return Charter.builder()
        .from(charter)
        .grants(
            Stream.concat(
                    charter.grants().stream().filter(g -> g.activity() != grant.activity()),
                    Stream.of(grant))
                .toList())
        .build();
  }

  /** Draws commands in the order of the phases, each stage random; many are refused. */
  private static final class Story {
    private final SplittableRandom random;
    private final List<Command> commands = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private Instant now = START;

    private record Commitment(Actor carrier, ResourceKind kind) {}

    Story(SplittableRandom random) {
      this.random = random;
    }

    private Instant at() {
      now = now.plus(Duration.ofHours(1));
      return now;
    }

    private <T> T pick(List<T> from) {
      return from.get(random.nextInt(from.size()));
    }

    private boolean chance(int percent) {
      return random.nextInt(100) < percent;
    }

    private void add(Command command) {
      commands.add(command);
    }

    private void advance() {
      add(new Command.AdvancePhase(FACILITATOR.id(), at()));
    }

    private void define() {
      Actor by = chance(30) ? OWNER : pick(PARTICIPANTS);
      add(
          new Command.DefineCriterion(
              by.id(), at(), pick(CRITERIA), "criterion", Optional.empty()));
    }

    private void weigh() {
      add(
          new Command.WeighCriteria(
              pick(ANYONE).id(), at(), ImmutableMap.of(pick(CRITERIA), 1 + random.nextInt(5))));
    }

    private void assessment() {
      add(new Command.OpenAssessment(FACILITATOR.id(), at(), ImmutableList.of(P1, P2)));
      int gradings = random.nextInt(8);
      for (int i = 0; i < gradings; i++) {
        Actor by = chance(20) ? OWNER : pick(PARTICIPANTS);
        add(
            new Command.AssessProposals(
                by.id(),
                at(),
                pick(CRITERIA),
                Ballot.Grades.of(
                    ImmutableMap.of(P1, 1 + random.nextInt(5), P2, 1 + random.nextInt(5)))));
      }
      if (chance(85)) {
        add(new Command.CloseAssessment(FACILITATOR.id(), at()));
      }
    }

    private Resource resource(ResourceKind kind) {
      return switch (kind) {
        case MONEY -> Resource.money(100 + random.nextInt(5000));
        case HOURS -> Resource.hours(1 + random.nextInt(100), "workshops");
        case COMPETENCE -> Resource.competence(Competence.of("gardening"));
        case MATERIAL ->
            new Resource(
                ResourceKind.MATERIAL, BigDecimal.valueOf(1 + random.nextInt(20)), "tools");
      };
    }

    private void commit() {
      Actor carrier = chance(10) ? OWNER : pick(PARTICIPANTS);
      ResourceKind kind = pick(List.of(ResourceKind.values()));
      commitments.add(new Commitment(carrier, kind));
      add(new Command.Commit(carrier.id(), at(), A1, resource(kind)));
    }

    private void deliver() {
      int number = commitments.isEmpty() ? 1 : 1 + random.nextInt(commitments.size());
      Commitment made =
          commitments.isEmpty() || chance(10)
              ? new Commitment(pick(ANYONE), pick(List.of(ResourceKind.values())))
              : commitments.get(number - 1);
      BigDecimal quantity =
          switch (made.kind()) {
            case MONEY -> BigDecimal.valueOf(1 + random.nextInt(6000));
            case HOURS, MATERIAL -> BigDecimal.valueOf(1 + random.nextInt(120));
            case COMPETENCE -> BigDecimal.ONE;
          };
      add(
          Command.RecordDelivery.of(
              made.carrier().id(), at(), A1, number, made.kind(), quantity, Optional.empty()));
    }

    List<Command> draw() {
      Charter charter = pick(CHARTERS);
      add(new Command.OpenProcess(OWNER.id(), at(), charter, "a random evaluation"));
      add(new Command.RegisterActor(OWNER.id(), at(), OWNER, Role.PROJECT_OWNER, Optional.empty()));
      add(
          new Command.RegisterActor(
              OWNER.id(), at(), FACILITATOR, Role.FACILITATOR, Optional.empty()));
      for (Actor participant : PARTICIPANTS) {
        // the three kinds that the diagnosis needs always take part
        if (participant != IVAN && participant != CLUB || chance(70)) {
          add(
              new Command.RegisterActor(
                  participant.id(), at(), participant, Role.PARTICIPANT, Optional.empty()));
        }
      }
      advance();
      add(new Command.IdentifyStake(Drive.INES.id(), at(), YOUTH, "young people"));
      add(new Command.ValidateStake(FACILITATOR.id(), at(), YOUTH));
      for (Actor by : List.of(Drive.INES, Drive.ASSO, Drive.LANDLORD)) {
        add(new Command.Contribute(by.id(), at(), "seen", ImmutableSet.of(YOUTH)));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        define();
      }
      advance();
      for (ProposalId id : List.of(P1, P2)) {
        add(
            new Command.SubmitProposal(
                pick(PARTICIPANTS).id(),
                at(),
                id,
                ProposalContent.of("proposal " + id, "text", 1000, YOUTH),
                ImmutableSet.of()));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        if (chance(50)) {
          weigh();
        } else {
          define();
        }
      }
      if (chance(70)) {
        assessment();
      }
      advance();
      if (chance(30)) {
        assessment();
      }
      add(new Command.OpenRound(FACILITATOR.id(), at(), ImmutableList.of(P1, P2)));
      for (ProposalId id : List.of(P1, P2)) {
        for (Actor by : PARTICIPANTS) {
          add(
              new Command.TakePosition(
                  by.id(),
                  at(),
                  id,
                  chance(90) ? Stance.SUPPORT : Stance.OPPOSE,
                  Optional.empty()));
        }
      }
      add(new Command.CloseRound(FACILITATOR.id(), at()));
      // every proposal answered once decided, as the charter owes, so that the owner may close
      add(new Command.AnswerProposal(OWNER.id(), at(), P1, AnswerKind.ACCEPTED, "because"));
      add(new Command.AnswerProposal(OWNER.id(), at(), P2, AnswerKind.ACCEPTED, "because"));
      add(new Command.AdoptObjective(FACILITATOR.id(), at(), O1, "objective", ImmutableSet.of(P1)));
      advance();
      add(new Command.LaunchAction(FACILITATOR.id(), at(), A1, O1, "action"));
      if (chance(80)) {
        // carriers of two kinds, so that the action is co-carried and the evaluation can come
        commitments.add(new Commitment(Drive.INES, ResourceKind.HOURS));
        add(new Command.Commit(Drive.INES.id(), at(), A1, resource(ResourceKind.HOURS)));
        commitments.add(new Commitment(Drive.LANDLORD, ResourceKind.MONEY));
        add(new Command.Commit(Drive.LANDLORD.id(), at(), A1, resource(ResourceKind.MONEY)));
      }
      for (int i = random.nextInt(5); i > 0; i--) {
        commit();
      }
      for (int i = random.nextInt(8); i > 0; i--) {
        deliver();
      }
      if (chance(70)) {
        advance();
        for (int i = random.nextInt(2); i > 0; i--) {
          define();
        }
        for (int i = random.nextInt(9); i > 0; i--) {
          Actor by = chance(20) ? OWNER : pick(PARTICIPANTS);
          add(new Command.RateAction(by.id(), at(), A1, pick(CRITERIA), 1 + random.nextInt(5)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
          deliver();
        }
        if (chance(60)) {
          add(new Command.Close(OWNER.id(), at(), PersonalText.of("closed")));
        }
      }
      return commands;
    }
  }

  /** What the events say, counted here without the read model. */
  private static final class Counted {
    final Map<ActorId, Role> roles = new HashMap<>();
    final Map<ActorId, ActorKind> kinds = new HashMap<>();
    final List<ActorId> criterionAuthors = new ArrayList<>();
    final Set<ActorId> exAnte = new LinkedHashSet<>();
    final Set<ActorId> exPost = new LinkedHashSet<>();
    final Set<ActorId> weighers = new LinkedHashSet<>();
    boolean opened;
    int assessed;
    final List<ResourceKind> commitmentKinds = new ArrayList<>();
    final List<ActorId> carriers = new ArrayList<>();
    boolean ended;
    final List<BigDecimal> committed = new ArrayList<>();
    final Map<Integer, BigDecimal> delivered = new HashMap<>();
    int deliveries;

    Counted(List<Event> events) {
      for (Event event : events) {
        if (event instanceof Event.ActorRegistered e) {
          roles.put(e.actor().id(), e.role());
          kinds.put(e.actor().id(), e.actor().kind());
        } else if (event instanceof Event.CriterionDefined e) {
          criterionAuthors.add(e.by());
        } else if (event instanceof Event.ProposalsAssessed e) {
          exAnte.add(e.by());
        } else if (event instanceof Event.ActionRated e) {
          exPost.add(e.by());
        } else if (event instanceof Event.CriteriaWeighed e) {
          weighers.add(e.by());
        } else if (event instanceof Event.AssessmentOpened) {
          opened = true;
        } else if (event instanceof Event.AssessmentClosed e) {
          if (e.results().stream()
              .map(AssessmentResult::majorityGrade)
              .anyMatch(Optional::isPresent)) {
            assessed++;
          }
        } else if (event instanceof Event.CommitmentMade e) {
          commitmentKinds.add(e.commitment().resource().kind());
          carriers.add(e.commitment().actor());
          committed.add(e.commitment().resource().quantity());
        } else if (event instanceof Event.ProcessClosed) {
          ended = true; // the generator closes, never abandons
        } else if (event instanceof Event.DeliveryRecorded e) {
          deliveries++;
          delivered.merge(e.commitment(), e.quantity(), BigDecimal::add);
        }
      }
    }

    boolean isCitizen(ActorId actor) {
      return roles.get(actor) == Role.PARTICIPANT && kinds.get(actor) != ActorKind.INSTITUTION;
    }

    BigDecimal delivered(int index) {
      return delivered.getOrDefault(index + 1, BigDecimal.ZERO);
    }
  }

  private static boolean prospective(Charter charter) {
    return charter.criteriaFrom().compareTo(Phase.ACTION) < 0
        || charter.grants().stream()
            .anyMatch(
                g -> g.activity() == Activity.ASSESS || g.activity() == Activity.CHAIR_ASSESSMENT)
        || charter.assessmentGate().isPresent();
  }

  @Test
  void theEvaluationIndicatorsAgreeWithTheFactsOfRandomHistories() {
    AtomicInteger assessed = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger graded = new AtomicInteger();
    AtomicInteger unmet = new AtomicInteger();
    AtomicInteger endedDelivered = new AtomicInteger();
    Summary summary =
        PropertyHarness.forAllSequences(
            "the evaluation indicators agree with the facts of random histories",
            TRIES,
            random -> new Story(random).draw(),
            (commands, random) -> {
              PropertyHarness.assume(
                  !commands.isEmpty() && commands.get(0) instanceof Command.OpenProcess);
              Charter charter = ((Command.OpenProcess) commands.get(0)).charter();
              ProcessState state = DECIDER.initialState(charter);
              List<Event> events = new ArrayList<>();
              for (Command command : commands) {
                Result<Event> result = DECIDER.decide(command, state);
                state = DECIDER.after(state, result);
                events.addAll(result.events());
              }
              PropertyHarness.assume(!events.isEmpty());
              ProcessHistory history = ProcessHistory.of(events);
              Counted counted = new Counted(events);
              check(charter, history, counted);
              if (counted.assessed > 0) {
                assessed.incrementAndGet();
              }
              if (counted.deliveries > 0) {
                delivered.incrementAndGet();
              }
              if (!counted.exPost.isEmpty()) {
                graded.incrementAndGet();
              }
              if (counted.ended && counted.deliveries > 0) {
                endedDelivered.incrementAndGet();
              }
              if (!RunAnalysis.of(history)
                  .actual()
                  .finding(ParticipationCriterion.EVALUATION)
                  .met()) {
                unmet.incrementAndGet();
              }
            });
    if (!summary.isFullRun()) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    // the generator must reach each fact often, or the agreement proves little
    assertThat(assessed.get()).as("runs with an assessment closed").isGreaterThan(TRIES / 10);
    assertThat(delivered.get()).as("runs with deliveries").isGreaterThan(TRIES / 5);
    assertThat(graded.get()).as("runs with actions graded ex post").isGreaterThan(TRIES / 20);
    assertThat(unmet.get()).as("runs whose evaluation finding is unmet").isGreaterThan(TRIES / 5);
    assertThat(endedDelivered.get()).as("runs closed after deliveries").isGreaterThan(TRIES / 20);
  }

  private static void check(Charter charter, ProcessHistory history, Counted counted) {
    LogicProfile promised = LogicProfile.of(charter);
    LogicProfile profile = LogicProfile.of(history);
    for (Dimension dimension : Dimension.values()) {
      if (dimension != Dimension.EVALUATION) {
        assertThat(profile.scores().get(dimension)).isEqualTo(promised.scores().get(dimension));
      }
    }
    DimensionScore score = profile.scores().get(Dimension.EVALUATION);
    ImmutableList<DimensionScore.Indicator> charterIndicators =
        promised.scores().get(Dimension.EVALUATION).indicators();
    assertThat(score.indicators())
        .startsWith(charterIndicators.toArray(new DimensionScore.Indicator[0]));
    List<DimensionScore.Indicator> run =
        score.indicators().subList(charterIndicators.size(), score.indicators().size());
    Map<String, List<Boolean>> met = new LinkedHashMap<>();
    run.forEach(i -> met.computeIfAbsent(i.evidence().key(), k -> new ArrayList<>()).add(i.met()));

    boolean looksAhead =
        prospective(charter)
            || !counted.weighers.isEmpty()
            || counted.opened
            || !counted.exPost.isEmpty();
    Map<String, List<Boolean>> expected = new LinkedHashMap<>();
    if (looksAhead && !counted.criterionAuthors.isEmpty()) {
      long byParticipants =
          counted.criterionAuthors.stream()
              .filter(a -> counted.roles.get(a) == Role.PARTICIPANT)
              .count();
      expected.put(
          "eval.run.chosen", List.of(2 * byParticipants >= counted.criterionAuthors.size()));
    }
    if (prospective(charter) || counted.opened) {
      expected.put(
          counted.assessed > 0 ? "eval.run.assessed" : "eval.run.assessed.none",
          List.of(counted.assessed > 0));
    }
    if (!counted.exAnte.isEmpty()) {
      expected.put(
          "eval.run.graded.ex.ante", List.of(counted.exAnte.stream().anyMatch(counted::isCitizen)));
    }
    if (!counted.weighers.isEmpty()) {
      expected.put(
          "eval.run.weighed", List.of(counted.weighers.stream().anyMatch(counted::isCitizen)));
    }
    if (!counted.exPost.isEmpty()) {
      expected.put(
          "eval.run.graded.ex.post", List.of(counted.exPost.stream().anyMatch(counted::isCitizen)));
    }
    if (counted.deliveries > 0) {
      Map<ResourceKind, BigDecimal[]> byKind = new EnumMap<>(ResourceKind.class);
      int kept = 0;
      for (int i = 0; i < counted.committed.size(); i++) {
        BigDecimal[] sums =
            byKind.computeIfAbsent(
                counted.commitmentKinds.get(i),
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(counted.committed.get(i));
        sums[1] = sums[1].add(counted.delivered(i));
        // kept: at least four fifths delivered, i.e. five times the delivered at least four times
        // the committed
        if (counted
                .delivered(i)
                .multiply(BigDecimal.valueOf(5))
                .compareTo(counted.committed.get(i).multiply(BigDecimal.valueOf(4)))
            >= 0) {
          kept++;
        }
      }
      List<Boolean> kinds = new ArrayList<>();
      byKind
          .values()
          .forEach(
              sums ->
                  kinds.add(
                      sums[1]
                              .multiply(BigDecimal.valueOf(5))
                              .compareTo(sums[0].multiply(BigDecimal.valueOf(4)))
                          >= 0));
      expected.put("eval.run.delivered", kinds);
      expected.put("eval.run.kept", List.of(5 * kept >= 4 * counted.committed.size()));
    }
    assertThat(met).as("the run's evaluation indicators, met or not").isEqualTo(expected);
    assertThat(score.score()).isEqualTo((double) score.met() / score.indicators().size());

    Finding carrying = RunAnalysis.of(history).actual().finding(ParticipationCriterion.CO_CARRYING);
    if (counted.ended && counted.deliveries > 0) {
      // the only action, a1: the kinds of the carriers who delivered something to it
      Set<ActorKind> delivering = new LinkedHashSet<>();
      for (int i = 0; i < counted.carriers.size(); i++) {
        if (counted.delivered(i).signum() > 0) {
          delivering.add(counted.kinds.get(counted.carriers.get(i)));
        }
      }
      assertThat(carrying.met()).as("%s", carrying).isEqualTo(delivering.size() >= 2);
    } else {
      assertThat(carrying.evidence().key()).isNotIn("run.delivered.by", "run.delivered.alone");
    }

    Finding finding = RunAnalysis.of(history).actual().finding(ParticipationCriterion.EVALUATION);
    if (counted.criterionAuthors.isEmpty()) {
      assertThat(finding)
          .isEqualTo(CharterAnalysis.level(charter).finding(ParticipationCriterion.EVALUATION));
    } else {
      assertThat(finding.met())
          .as("%s", finding)
          .isEqualTo(
              counted.criterionAuthors.stream().anyMatch(counted::isCitizen)
                  && (counted.exAnte.isEmpty()
                      || counted.exAnte.stream().anyMatch(counted::isCitizen))
                  && (counted.exPost.isEmpty()
                      || counted.exPost.stream().anyMatch(counted::isCitizen)));
    }
  }
}
