package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.A1;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.C1;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.I1;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.MOBILITY;
import static org.concertation.core.process.Fixture.O1;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.P4;
import static org.concertation.core.process.Fixture.START;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
import org.junit.jupiter.api.Test;

/** Every command, event and rejection of the closed hierarchies is covered. */
class HierarchiesSpec {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final Path SPECS = Path.of("src/test/java/org/concertation/core/process");
  private static final ProposalId P5 = ProposalId.of("p5");

  private final Fixture f = new Fixture();

  /** A whole process under the project logic that issues every command but Abandon. */
  Run tour() {
    return f.inNegotiation(Charters.projectLogic())
        .ok(
            f.registerCollege(OWNER, College.of("elders", "Elders", 1, ActorKind.of("elder"))),
            new Command.RecordPanelDraw(
                OWNER.id(),
                f.at(),
                CollegeId.of("elders"),
                new PanelDrawRecord(
                    "leximin",
                    7L,
                    "pool digest",
                    ImmutableList.of("age,elder,1,1"),
                    "distribution digest",
                    ImmutableList.of("1"))),
            f.amend(ASSO, P2, MOBILITY),
            f.merge(FACILITATOR, P4, P2, P3),
            f.reopen(OWNER, Phase.PROPOSALS),
            f.submit(IVAN, P5, YOUTH),
            f.withdraw(IVAN, P5),
            f.advance(FACILITATOR),
            f.setDeadline(
                OWNER, DeadlineTarget.phase(Phase.NEGOTIATION), START.plus(Duration.ofDays(90))),
            f.openRound(FACILITATOR, P1, P4),
            f.setDeadline(OWNER, DeadlineTarget.round(1), START.plus(Duration.ofDays(30))),
            f.position(INES, P1, Stance.SUPPORT),
            f.position(ASSO, P1, Stance.SUPPORT),
            f.position(LANDLORD, P1, Stance.SUPPORT),
            f.position(INES, P4, Stance.OPPOSE),
            f.position(ASSO, P4, Stance.OPPOSE),
            f.position(LANDLORD, P4, Stance.OPPOSE),
            f.closeRound(FACILITATOR),
            f.answer(OWNER, P1, AnswerKind.ACCEPTED),
            f.adopt(FACILITATOR, O1, P1),
            f.advance(FACILITATOR),
            f.answer(OWNER, P4, AnswerKind.DECLINED),
            f.launch(FACILITATOR, A1, O1),
            f.commit(INES, A1),
            f.commit(LANDLORD, A1),
            f.defineIndicator(FACILITATOR, I1, A1),
            f.report(ASSO, I1, 35),
            f.defineCriterion(INES, C1),
            f.advance(FACILITATOR),
            f.rate(INES, C1, 4),
            f.leave(IVAN), // consent: an actor leaves before the close
            f.close(OWNER));
  }

  /** A ballot round under the project logic whose first round decides by Schulze. */
  Run ballotTour() {
    Fixture g = new Fixture();
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .ballotRules(Map.of(1, BallotRule.ranked("schulze")))
            .build();
    return g.inNegotiation(charter)
        .ok(
            g.openRound(FACILITATOR, P1, P2, P3),
            new Command.CastBallot(INES.id(), g.at(), Ballot.Ranking.strict(P2, P1, P3)),
            g.closeRound(FACILITATOR));
  }

  // secret: a secret position round, then a secret ballot round
  Run secretTour() {
    Fixture g = new Fixture();
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .ballotRules(Map.of(2, BallotRule.ranked("schulze")))
            .secretRounds(Set.of(1, 2))
            .build();
    return g.inNegotiation(charter)
        .ok(
            new Command.OpenRound(FACILITATOR.id(), g.at(), ImmutableList.of(P1))
                .withKey(RoundKeys.draw(Salts.seeded(1))),
            g.position(INES, P1, Stance.SUPPORT),
            g.closeRound(FACILITATOR),
            new Command.OpenRound(FACILITATOR.id(), g.at(), ImmutableList.of(P1, P2, P3))
                .withKey(RoundKeys.draw(Salts.seeded(2))),
            new Command.CastBallot(INES.id(), g.at(), Ballot.Ranking.strict(P2, P1, P3)),
            g.closeRound(FACILITATOR));
  }

  // means: an effect expected of an objective, and a delivery against a commitment
  Run meansTour() {
    Fixture g = new Fixture();
    return g.inAction(Charters.projectLogic())
        .ok(
            g.launch(FACILITATOR, A1, O1),
            g.commit(INES, A1),
            new Command.ExpectEffect(
                FACILITATOR.id(),
                g.at(),
                org.concertation.api.domain.IndicatorId.of("e1"),
                org.concertation.api.domain.EffectTarget.objective(O1),
                "young people reached",
                "people",
                java.math.BigDecimal.valueOf(40),
                java.time.LocalDate.of(2027, 6, 30)),
            Command.RecordDelivery.of(
                INES.id(),
                g.at(),
                A1,
                1,
                org.concertation.api.domain.ResourceKind.HOURS,
                java.math.BigDecimal.valueOf(12),
                java.util.Optional.of("two workshops")));
  }

  // exante: criteria early and prospective assessment
  /** Criteria weighed, an assessment held, an action graded after the fact. */
  Run prospectiveTour() {
    return new ProspectiveSpec().wholePath();
  }

  Run abandoned() {
    return f.opened(Charters.missionLogic()).ok(f.abandon(OWNER));
  }

  private static Set<Class<?>> classesOf(Collection<?> values) {
    return values.stream().map(Object::getClass).collect(Collectors.toSet());
  }

  @Test
  void everyCommandIsAcceptedSomewhereOnAWholePath() {
    Set<Class<?>> accepted = classesOf(tour().commands());
    accepted.addAll(classesOf(abandoned().commands()));
    accepted.addAll(classesOf(ballotTour().commands()));
    accepted.addAll(classesOf(meansTour().commands())); // means:
    accepted.addAll(classesOf(prospectiveTour().commands()));
    assertThat(accepted).containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
  }

  @Test
  void everyEventIsProducedSomewhereOnAWholePath() {
    Set<Class<?>> produced = classesOf(tour().events());
    produced.addAll(classesOf(abandoned().events()));
    produced.addAll(classesOf(ballotTour().events()));
    produced.addAll(classesOf(secretTour().events())); // secret
    produced.addAll(classesOf(meansTour().events())); // means:
    produced.addAll(classesOf(prospectiveTour().events()));
    assertThat(produced).containsExactlyInAnyOrder(Event.class.getPermittedSubclasses());
  }

  @Test
  void theWholePathEndsClosedWithEveryProposalSettled() {
    ProcessState end = tour().state();
    assertThat(end.phase()).isEqualTo(Phase.CLOSED);
    assertThat(end.proposal(P4).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(end.proposal(P4).orElseThrow().answer()).contains(AnswerKind.DECLINED);
    assertThat(end.proposal(P5).orElseThrow().status()).isEqualTo(ProposalStatus.WITHDRAWN);
    assertThat(end.proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.MERGED);
  }

  @Test
  void theFoldOfTheWholePathEqualsTheLiveState() {
    Run run = tour();
    ProcessState replayed =
        DECIDER.fold(DECIDER.initialState(Charters.projectLogic()), run.events());
    assertThat(replayed).isEqualTo(run.state());
    assertThat(replayed.version()).isEqualTo(run.events().size());
  }

  @Test
  void everyCommandOfTheWholePathYieldsExactlyOneEvent() {
    Run run = tour();
    assertThat(run.events()).hasSameSizeAs(run.commands());
    for (int i = 0; i < run.commands().size(); i++) {
      assertThat(run.events().get(i).at()).isEqualTo(run.commands().get(i).at());
    }
  }

  /** One instance of every rejection, with distinctive values. */
  private static List<Rejection> samples() {
    return List.of(
        new Rejection.ProcessEnded(Phase.ABANDONED),
        new Rejection.OtherCharter("project logic", "mission logic"),
        new Rejection.WrongPhase(Activity.RATE, Phase.DIAGNOSIS, Command.Rate.class),
        new Rejection.NotPermitted(
            INES.id(), Activity.PROPOSE, Phase.PROPOSALS, Command.SubmitProposal.class),
        new Rejection.Unknown(Entity.INDICATOR, "i9"),
        new Rejection.AlreadyExists(Entity.COLLEGE, "elders"),
        new Rejection.TimeWentBack(START.plusSeconds(60), START),
        new Rejection.DeadlinePassed(
            Phase.EVALUATION, START, START.plusSeconds(3600), Command.WithdrawProposal.class),
        new Rejection.RoundDeadlinePassed(
            2, START, START.plusSeconds(7200), Command.TakePosition.class),
        new Rejection.DeadlineNotAhead(START, START.plusSeconds(60)),
        new Rejection.DiagnosisNotShared(
            ImmutableSet.of(ActorKind.INHABITANT, ActorKind.ASSOCIATION), 3),
        new Rejection.NoOpenProposal(),
        new Rejection.RoundOpen(2),
        new Rejection.NoRoundOpen(),
        new Rejection.RoundLimitReached(3),
        new Rejection.EmptyAgenda(),
        new Rejection.ProposalNotOpen(P2, ProposalStatus.MERGED),
        new Rejection.UnderDeliberation(P3, 2),
        new Rejection.NotOnAgenda(P4, 3),
        new Rejection.NotAnAuthor(IVAN.id(), P1),
        new Rejection.TooFewToMerge(ImmutableSet.of(P1)),
        new Rejection.AlreadyPositioned(ASSO.id(), P2, 2),
        new Rejection.BallotRound(4),
        new Rejection.PositionRound(5),
        new Rejection.WrongBallotKind(2, Ballot.Kind.GRADES, Ballot.Kind.APPROVALS),
        new Rejection.RankedTwice(P3, 2),
        new Rejection.GradeOffScale(P2, 9, 1, 8),
        new Rejection.IncompleteBallot(3, ImmutableSet.of(P1, P4)),
        new Rejection.AlreadyVoted(IVAN.id(), 2),
        new Rejection.CostNeeded(P4),
        new Rejection.AgendaTooLong(17, 16, "kemeny"),
        new Rejection.AlreadyAnswered(P3),
        new Rejection.OverruleForbidden(P1),
        new Rejection.NotDecidedYet(P1),
        new Rejection.DeclinedByOwner(P1),
        new Rejection.NotAdopted(P2, ProposalStatus.REJECTED),
        new Rejection.NotCoCarried(ImmutableMap.of(A1, 1), 2),
        new Rejection.AlreadyRated(INES.id(), C1),
        new Rejection.UnansweredProposals(ImmutableSet.of(P2, P3)),
        new Rejection.NotReopenable(Phase.NEGOTIATION, Phase.ACTION),
        new Rejection.InvalidRegistration(IVAN.id(), "an actor joins as a participant"),
        new Rejection.LastPhase(Phase.EVALUATION),
        new Rejection.NotLastPhase(Phase.ACTION, Phase.EVALUATION),
        new Rejection.StakeNotValidated(YOUTH),
        new Rejection.StakeAlreadyValidated(MOBILITY),
        // consent: leaving a process
        new Rejection.HasLeft(IVAN.id(), Fixture.START),
        new Rejection.OwnerCannotLeave(OWNER.id()),
        // secret: a secret round without its key
        new Rejection.RoundKeyMissing(2),
        // means: expected effects, and what carriers delivered
        new Rejection.HorizonPassed(java.time.LocalDate.of(2026, 1, 31), START),
        new Rejection.NotTheCarrier(IVAN.id(), A1, 2, INES.id()),
        new Rejection.WrongDeliveryKind(
            A1,
            3,
            org.concertation.api.domain.ResourceKind.HOURS,
            org.concertation.api.domain.ResourceKind.MONEY),
        new Rejection.DeliveryNotPositive(java.math.BigDecimal.valueOf(-7)),
        // exante: criteria early and prospective assessment
        new Rejection.CriterionTooEarly(Phase.PROPOSALS, Phase.ACTION),
        new Rejection.CriterionGradeOffScale(C1, 9, 1, 5),
        new Rejection.AssessmentOpen(2),
        new Rejection.NoAssessmentOpen(),
        new Rejection.NoCriterion(),
        new Rejection.NotOnAssessment(P4, 3),
        new Rejection.IncompleteAssessment(C1, ImmutableSet.of(P1, P2)),
        new Rejection.AlreadyAssessed(INES.id(), C1, 2),
        new Rejection.AlreadyDecided(P1, ProposalStatus.ADOPTED),
        new Rejection.NotAssessed(P3),
        new Rejection.BelowAssessmentGate(P2, C1, 1, 2),
        new Rejection.AlreadyRatedAction(INES.id(), A1, C1));
  }

  @Test
  void theSamplesCoverEveryRejection() {
    assertThat(classesOf(samples()))
        .containsExactlyInAnyOrder(Rejection.class.getPermittedSubclasses());
  }

  @Test
  void everyRejectionMessageNamesItsValues() {
    for (Rejection rejection : samples()) {
      String message = rejection.message().toLowerCase(Locale.ROOT);
      for (String value : valuesOf(rejection)) {
        assertThat(message).as("message of %s", rejection).contains(value.toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * The string forms of a record's components, collections and maps spelled out element by element,
   * enums and command types as the words the message says them by.
   */
  private static List<String> valuesOf(Rejection rejection) {
    List<String> values = new ArrayList<>();
    for (RecordComponent component : rejection.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(rejection);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot read " + component, e);
      }
      if (value instanceof Collection<?> collection) {
        collection.forEach(element -> values.add(element.toString()));
      } else if (value instanceof Map<?, ?> map) {
        map.forEach((key, v) -> values.add(key + "=" + v));
      } else if (value instanceof Class<?> type) { // a command's type, said as words
        values.add(type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " "));
      } else if (value instanceof Enum<?> constant) { // a constant, said as words
        values.add(constant.name().replace('_', ' '));
      } else {
        values.add(value.toString());
      }
    }
    return values;
  }

  @Test
  void everyRejectionIsProducedByACommandInASpecification() throws IOException {
    String specs;
    try (Stream<Path> files = Files.list(SPECS)) {
      specs =
          files
              .filter(file -> file.getFileName().toString().endsWith("Spec.java"))
              .filter(file -> !file.getFileName().toString().equals("HierarchiesSpec.java"))
              .map(HierarchiesSpec::read)
              .collect(Collectors.joining("\n"));
    }
    for (Class<?> type : Rejection.class.getPermittedSubclasses()) {
      String name = Pattern.quote(type.getSimpleName());
      Pattern produced =
          Pattern.compile(
              "thenRejected\\(\\s*(new Rejection\\."
                  + name
                  + "\\(|Rejection\\."
                  + name
                  + "\\.class)");
      assertThat(produced.matcher(specs).find())
          .as("a specification ends in thenRejected(%s)", type.getSimpleName())
          .isTrue();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}
