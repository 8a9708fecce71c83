package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;

/** Drives a process command by command, one hour apart; every command must be accepted. */
final class Drive {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final Actor OWNER = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
  static final Actor FACILITATOR = Actor.of("facilitator", "Facilitator", ActorKind.INSTITUTION);
  static final Actor LANDLORD = Actor.of("landlord", "Social landlord", ActorKind.INSTITUTION);
  static final Actor INES = Actor.of("ines", "Inès", ActorKind.INHABITANT);
  static final Actor ASSO = Actor.of("residents", "Residents' association", ActorKind.ASSOCIATION);
  static final StakeId YOUTH = StakeId.of("youth");
  static final ProposalId P1 = ProposalId.of("p1");
  static final ProposalId P2 = ProposalId.of("p2");
  static final ObjectiveId O1 = ObjectiveId.of("o1");
  static final ActionId A1 = ActionId.of("a1");
  static final CriterionId C1 = CriterionId.of("c1");
  static final CriterionId C2 = CriterionId.of("c2");

  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private ProcessState state;
  private Instant now = START;
  private final List<Event> events = new ArrayList<>();

  Drive(Charter charter) {
    state = DECIDER.initialState(charter);
  }

  Instant at() {
    now = now.plus(Duration.ofHours(1));
    return now;
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  Drive ok(Command command) {
    Result<Event> result = DECIDER.decide(command, state);
    assertThat(result)
        .as("command %s, got %s", command, result)
        .isInstanceOf(Result.Accepted.class);
    events.addAll(result.events());
    state = DECIDER.fold(state, result.events());
    return this;
  }

  Drive register(Actor by, Actor actor, Role role) {
    return ok(new Command.RegisterActor(by.id(), at(), actor, role, Optional.empty()));
  }

  Drive advance(Actor by) {
    return ok(new Command.AdvancePhase(by.id(), at()));
  }

  Drive identify(Actor by) {
    return ok(new Command.IdentifyStake(by.id(), at(), YOUTH, "young people"));
  }

  Drive validate(Actor by) {
    return ok(new Command.ValidateStake(by.id(), at(), YOUTH));
  }

  Drive contribute(Actor by) {
    return ok(
        new Command.Contribute(by.id(), at(), "seen by " + by.name(), ImmutableSet.of(YOUTH)));
  }

  Drive submit(Actor by, ProposalId id) {
    return ok(
        new Command.SubmitProposal(
            by.id(),
            at(),
            id,
            ProposalContent.of("proposal " + id, "text", 1000, YOUTH),
            ImmutableSet.of()));
  }

  Drive openRound(Actor by, ProposalId... agenda) {
    return ok(new Command.OpenRound(by.id(), at(), ImmutableList.copyOf(agenda)));
  }

  Drive position(Actor by, ProposalId id, Stance stance) {
    return ok(new Command.TakePosition(by.id(), at(), id, stance, Optional.empty()));
  }

  Drive ballot(Actor by, Ballot ballot) {
    return ok(new Command.CastBallot(by.id(), at(), ballot));
  }

  Drive closeRound(Actor by) {
    return ok(new Command.CloseRound(by.id(), at()));
  }

  Drive answer(Actor by, ProposalId id, AnswerKind kind) {
    return ok(new Command.AnswerProposal(by.id(), at(), id, kind, "because"));
  }

  Drive adopt(Actor by, ProposalId from) {
    return ok(new Command.AdoptObjective(by.id(), at(), O1, "objective", ImmutableSet.of(from)));
  }

  Drive launch(Actor by) {
    return ok(new Command.LaunchAction(by.id(), at(), A1, O1, "action"));
  }

  Drive commit(Actor by) {
    return ok(new Command.Commit(by.id(), at(), A1, Resource.hours(10, "hours")));
  }

  Drive defineCriterion(Actor by) {
    return ok(new Command.DefineCriterion(by.id(), at(), C1, "criterion"));
  }

  Drive rate(Actor by, int score) {
    return ok(new Command.Rate(by.id(), at(), C1, score, Optional.empty()));
  }

  // evaluation profile: criteria early, prospective assessment, ex-post grades, deliveries

  Drive defineCriterion(Actor by, CriterionId id) {
    return ok(new Command.DefineCriterion(by.id(), at(), id, "criterion " + id, Optional.empty()));
  }

  Drive close(Actor by) {
    return ok(new Command.Close(by.id(), at(), PersonalText.of("closed")));
  }

  Drive defineIndicator(Actor by) {
    return ok(
        new Command.DefineIndicator(
            by.id(), at(), IndicatorId.of("i1"), A1, "sessions", "sessions", BigDecimal.TEN));
  }

  Drive openAssessment(Actor by, ProposalId... agenda) {
    return ok(new Command.OpenAssessment(by.id(), at(), ImmutableList.copyOf(agenda)));
  }

  Drive assess(Actor by, CriterionId criterion, ProposalId proposal, int grade) {
    return ok(
        new Command.AssessProposals(
            by.id(), at(), criterion, Ballot.Grades.of(ImmutableMap.of(proposal, grade))));
  }

  Drive closeAssessment(Actor by) {
    return ok(new Command.CloseAssessment(by.id(), at()));
  }

  Drive weigh(Actor by, CriterionId criterion, int grade) {
    return ok(new Command.WeighCriteria(by.id(), at(), ImmutableMap.of(criterion, grade)));
  }

  Drive rateAction(Actor by, CriterionId criterion, int grade) {
    return ok(new Command.RateAction(by.id(), at(), A1, criterion, grade));
  }

  Drive commit(Actor by, Resource resource) {
    return ok(new Command.Commit(by.id(), at(), A1, resource));
  }

  Drive deliver(Actor by, int commitment, ResourceKind kind, long quantity) {
    return ok(
        Command.RecordDelivery.of(
            by.id(), at(), A1, commitment, kind, BigDecimal.valueOf(quantity), Optional.empty()));
  }

  /** Mission logic: p1 by the landlord adopted in the single round, in negotiation. */
  static Drive missionP1Adopted(Charter charter) {
    return new Drive(charter)
        .register(OWNER, OWNER, Role.PROJECT_OWNER)
        .register(OWNER, LANDLORD, Role.PARTICIPANT)
        .register(INES, INES, Role.PARTICIPANT)
        .register(ASSO, ASSO, Role.PARTICIPANT)
        .advance(OWNER)
        .identify(OWNER)
        .validate(OWNER)
        .contribute(LANDLORD)
        .contribute(INES)
        .advance(OWNER)
        .submit(LANDLORD, P1)
        .advance(OWNER)
        .openRound(OWNER, P1)
        .position(OWNER, P1, Stance.SUPPORT)
        .position(LANDLORD, P1, Stance.SUPPORT)
        .closeRound(OWNER);
  }

  /** Project logic: p1 by Inès adopted by all three kinds, in negotiation. */
  static Drive projectP1Adopted(Charter charter) {
    return new Drive(charter)
        .register(OWNER, OWNER, Role.PROJECT_OWNER)
        .register(OWNER, FACILITATOR, Role.FACILITATOR)
        .register(OWNER, LANDLORD, Role.PARTICIPANT)
        .register(INES, INES, Role.PARTICIPANT)
        .register(ASSO, ASSO, Role.PARTICIPANT)
        .advance(OWNER)
        .identify(INES)
        .validate(FACILITATOR)
        .contribute(INES)
        .contribute(ASSO)
        .contribute(LANDLORD)
        .advance(FACILITATOR)
        .submit(INES, P1)
        .advance(FACILITATOR)
        .openRound(FACILITATOR, P1)
        .position(INES, P1, Stance.SUPPORT)
        .position(ASSO, P1, Stance.SUPPORT)
        .position(LANDLORD, P1, Stance.SUPPORT)
        .closeRound(FACILITATOR);
  }
}
