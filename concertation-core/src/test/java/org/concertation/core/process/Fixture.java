package org.concertation.core.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;

/** A small territory and the commands that move a process through its phases, minute by minute. */
final class Fixture {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  static final Actor OWNER = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
  static final Actor FACILITATOR = Actor.of("facilitator", "Facilitator", ActorKind.INSTITUTION);
  static final Actor LANDLORD = Actor.of("landlord", "Social landlord", ActorKind.INSTITUTION);
  static final Actor INES = Actor.of("ines", "Inès", ActorKind.INHABITANT);
  static final Actor IVAN = Actor.of("ivan", "Ivan", ActorKind.INHABITANT);
  static final Actor ASSO = Actor.of("residents", "Residents' association", ActorKind.ASSOCIATION);

  static final StakeId YOUTH = StakeId.of("youth");
  static final StakeId MOBILITY = StakeId.of("mobility");
  static final ProposalId P1 = ProposalId.of("p1");
  static final ProposalId P2 = ProposalId.of("p2");
  static final ProposalId P3 = ProposalId.of("p3");
  static final ProposalId P4 = ProposalId.of("p4");
  static final ObjectiveId O1 = ObjectiveId.of("o1");
  static final ActionId A1 = ActionId.of("a1");
  static final IndicatorId I1 = IndicatorId.of("i1");
  static final CriterionId C1 = CriterionId.of("c1");
  static final Resource HOURS = Resource.hours(20, "workshop hours");

  private Instant now = START;

  /** The next instant: one minute after the previous. */
  Instant at() {
    now = now.plus(Duration.ofMinutes(1));
    return now;
  }

  /** The last instant handed out. */
  Instant last() {
    return now;
  }

  /** Lets time pass without a command. */
  void skip(Duration duration) {
    now = now.plus(duration);
  }

  static ActorId id(Actor actor) {
    return actor.id();
  }

  Command open(Actor by, Charter charter) {
    return new Command.OpenProcess(by.id(), at(), charter, "The square, together");
  }

  Command setDeadline(Actor by, DeadlineTarget target, Instant deadline) {
    return new Command.SetDeadline(by.id(), at(), target, deadline, "the summer holidays");
  }

  Command register(Actor by, Actor actor, Role role) {
    return new Command.RegisterActor(by.id(), at(), actor, role, Optional.empty());
  }

  Command advance(Actor by) {
    return new Command.AdvancePhase(by.id(), at());
  }

  Command identify(Actor by, StakeId stake) {
    return new Command.IdentifyStake(by.id(), at(), stake, "stake " + stake);
  }

  Command validate(Actor by, StakeId stake) {
    return new Command.ValidateStake(by.id(), at(), stake);
  }

  Command contribute(Actor by, StakeId... stakes) {
    return new Command.Contribute(
        by.id(), at(), "observation by " + by.name(), ImmutableSet.copyOf(stakes));
  }

  static ProposalContent content(String title, StakeId... stakes) {
    return ProposalContent.of(title, "the text of " + title, 1000, stakes);
  }

  Command submit(Actor by, ProposalId id, StakeId... stakes) {
    return new Command.SubmitProposal(
        by.id(), at(), id, content("proposal " + id, stakes), ImmutableSet.of());
  }

  Command amend(Actor by, ProposalId id, StakeId... stakes) {
    return new Command.AmendProposal(
        by.id(), at(), id, content("amended " + id, stakes), "to meet an objection");
  }

  Command openRound(Actor by, ProposalId... agenda) {
    return new Command.OpenRound(by.id(), at(), ImmutableList.copyOf(agenda));
  }

  Command position(Actor by, ProposalId id, Stance stance) {
    return new Command.TakePosition(by.id(), at(), id, stance, Optional.empty());
  }

  Command object(Actor by, ProposalId id, String reason) {
    return Command.TakePosition.of(by.id(), at(), id, Stance.OBJECT, Optional.of(reason));
  }

  Command closeRound(Actor by) {
    return new Command.CloseRound(by.id(), at());
  }

  // consent: leaving a process
  Command leave(Actor actor) {
    return new Command.LeaveProcess(actor.id(), at());
  }

  Command join(Actor actor) {
    return register(actor, actor, Role.PARTICIPANT);
  }

  Command registerCollege(Actor by, College college) {
    return new Command.RegisterCollege(by.id(), at(), college);
  }

  Command reopen(Actor by, Phase phase) {
    return new Command.ReopenPhase(by.id(), at(), phase, "the path is made by walking");
  }

  Command merge(Actor by, ProposalId result, ProposalId... sources) {
    return new Command.MergeProposals(
        by.id(), at(), result, ImmutableList.copyOf(sources), content("merged " + result, YOUTH));
  }

  Command withdraw(Actor by, ProposalId id) {
    return new Command.WithdrawProposal(by.id(), at(), id, "no longer needed");
  }

  Command answer(Actor by, ProposalId id, AnswerKind kind) {
    return new Command.AnswerProposal(by.id(), at(), id, kind, "the reasons for " + kind);
  }

  Command adopt(Actor by, ObjectiveId objective, ProposalId... from) {
    return new Command.AdoptObjective(
        by.id(), at(), objective, "objective " + objective, ImmutableSet.copyOf(from));
  }

  Command launch(Actor by, ActionId action, ObjectiveId objective) {
    return new Command.LaunchAction(by.id(), at(), action, objective, "action " + action);
  }

  Command commit(Actor by, ActionId action) {
    return new Command.Commit(by.id(), at(), action, HOURS);
  }

  Command defineIndicator(Actor by, IndicatorId indicator, ActionId action) {
    return new Command.DefineIndicator(
        by.id(), at(), indicator, action, "young people reached", "people", BigDecimal.valueOf(40));
  }

  Command report(Actor by, IndicatorId indicator, long observed) {
    return new Command.ReportIndicator(by.id(), at(), indicator, BigDecimal.valueOf(observed));
  }

  Command defineCriterion(Actor by, CriterionId criterion) {
    return new Command.DefineCriterion(by.id(), at(), criterion, "criterion " + criterion);
  }

  Command rate(Actor by, CriterionId criterion, int score) {
    return new Command.Rate(by.id(), at(), criterion, score, Optional.empty());
  }

  Command close(Actor by) {
    return new Command.Close(by.id(), at(), "what we did together");
  }

  Command abandon(Actor by) {
    return new Command.Abandon(by.id(), at(), "the funding stopped");
  }

  /** The owner and the five others registered, in framing. */
  Run framed(Charter charter) {
    return new Run(charter)
        .ok(
            register(OWNER, OWNER, Role.PROJECT_OWNER),
            register(OWNER, FACILITATOR, Role.FACILITATOR),
            register(OWNER, LANDLORD, Role.PARTICIPANT),
            register(INES, INES, Role.PARTICIPANT),
            register(IVAN, IVAN, Role.PARTICIPANT),
            register(ASSO, ASSO, Role.PARTICIPANT));
  }

  /** Opened by the owner under the charter, then the owner and the five others registered. */
  Run opened(Charter charter) {
    Run run = new Run(charter).ok(open(OWNER, charter));
    return run.ok(framed(charter).commands().stream().map(this::later).toArray(Command[]::new));
  }

  /** A command of another run, dated now. */
  private Command later(Command command) {
    return Redating.at(command, at());
  }

  /** In diagnosis, with two stakes identified and not yet validated, and no contribution. */
  Run inDiagnosis(Charter charter) {
    return framed(charter).ok(advance(OWNER), identify(INES, YOUTH), identify(ASSO, MOBILITY));
  }

  /** The project logic's diagnosis shared, in the proposals phase. */
  Run inProposals(Charter charter) {
    return inDiagnosis(charter)
        .ok(
            validate(FACILITATOR, YOUTH),
            validate(FACILITATOR, MOBILITY),
            contribute(INES, YOUTH),
            contribute(ASSO, YOUTH, MOBILITY),
            contribute(LANDLORD, MOBILITY),
            advance(FACILITATOR));
  }

  /** Three proposals, in negotiation, no round open. */
  Run inNegotiation(Charter charter) {
    return inProposals(charter)
        .ok(
            submit(INES, P1, YOUTH),
            submit(ASSO, P2, MOBILITY),
            submit(LANDLORD, P3, YOUTH),
            advance(FACILITATOR));
  }

  /** Project logic: p1 adopted in round 1, p2 and p3 still open, no round open, in negotiation. */
  Run p1Adopted(Charter charter) {
    return inNegotiation(charter)
        .ok(
            openRound(FACILITATOR, P1),
            position(INES, P1, Stance.SUPPORT),
            position(ASSO, P1, Stance.SUPPORT),
            position(LANDLORD, P1, Stance.SUPPORT),
            closeRound(FACILITATOR));
  }

  /** Project logic: objective o1 from p1, in action, no action launched. */
  Run inAction(Charter charter) {
    return p1Adopted(charter).ok(adopt(FACILITATOR, O1, P1), advance(FACILITATOR));
  }

  /** Project logic: action a1 carried by an inhabitant and an institution, in evaluation. */
  Run inEvaluation(Charter charter) {
    return inAction(charter)
        .ok(
            launch(FACILITATOR, A1, O1),
            commit(INES, A1),
            commit(LANDLORD, A1),
            defineIndicator(FACILITATOR, I1, A1),
            advance(FACILITATOR));
  }

  /** Mission logic: the diagnosis shared by institutions, in the proposals phase. */
  Run missionInProposals(Charter charter) {
    return inDiagnosis(charter)
        .ok(
            validate(OWNER, YOUTH),
            validate(OWNER, MOBILITY),
            contribute(LANDLORD, YOUTH, MOBILITY),
            advance(OWNER));
  }

  /** Mission logic: p1 by the landlord and p2 by the owner, in negotiation, no round open. */
  Run missionInNegotiation(Charter charter) {
    return missionInProposals(charter)
        .ok(submit(LANDLORD, P1, YOUTH), submit(OWNER, P2, MOBILITY), advance(OWNER));
  }

  /** Mission logic: p1 adopted in its single round, p2 rejected, in negotiation. */
  Run missionP1Adopted(Charter charter) {
    return missionInNegotiation(charter)
        .ok(
            openRound(OWNER, P1, P2),
            position(OWNER, P1, Stance.SUPPORT),
            position(LANDLORD, P1, Stance.SUPPORT),
            position(OWNER, P2, Stance.OPPOSE),
            position(LANDLORD, P2, Stance.OPPOSE),
            closeRound(OWNER));
  }

  /** Mission logic: objective o1 from p1, in action. */
  Run missionInAction(Charter charter) {
    return missionP1Adopted(charter).ok(adopt(OWNER, O1, P1), advance(OWNER));
  }

  /** Mission logic: action a1 carried by the landlord alone, in evaluation. */
  Run missionInEvaluation(Charter charter) {
    return missionInAction(charter)
        .ok(
            launch(OWNER, A1, O1),
            commit(LANDLORD, A1),
            defineIndicator(OWNER, I1, A1),
            advance(OWNER));
  }
}
