package org.concertation.core.process;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Outcome;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stake;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.decision.PositionRules;
import org.jspecify.annotations.Nullable;

/** Decides one command against one state; a fresh instance per command. */
final class Decisions implements Command.Visitor<Result<Event>> {
  private final ProcessState state;
  private final Charter charter;

  Decisions(ProcessState state) {
    this.state = state;
    this.charter = state.charter;
  }

  // --- shared checks: each returns the rejection, or null when the check passes

  /** The issuer is registered, the activity belongs to the phase, a grant allows it, in time. */
  private @Nullable Rejection allowed(Command command, Activity activity) {
    Member member = state.members.get(command.by());
    if (member == null) {
      return new Rejection.Unknown(Entity.ACTOR, command.by().value());
    }
    return allowed(command, activity, member.role(), member.actor().kind());
  }

  private @Nullable Rejection allowed(
      Command command, Activity activity, Role role, ActorKind kind) {
    Phase phase = state.phase;
    if (!activity.phases().contains(phase)) {
      return new Rejection.WrongPhase(activity, phase);
    }
    if (!charter.allows(activity, role, kind, phase)) {
      return new Rejection.NotPermitted(command.by(), activity, phase);
    }
    if (activity != Activity.FACILITATE
        && activity != Activity.GOVERN
        && activity != Activity.CHAIR) {
      return inTime(command);
    }
    return null;
  }

  /** The command comes no later than the current phase's deadline, if it has one. */
  private @Nullable Rejection inTime(Command command) {
    Optional<Instant> deadline = charter.deadline(state.phase);
    if (deadline.isPresent() && command.at().isAfter(deadline.get())) {
      return new Rejection.DeadlinePassed(state.phase, deadline.get(), command.at());
    }
    return null;
  }

  private @Nullable Rejection validatedStakes(Set<StakeId> stakes) {
    for (StakeId stake : stakes) {
      Stake known = state.stakes.get(stake);
      if (known == null) {
        return new Rejection.Unknown(Entity.STAKE, stake.value());
      }
      if (!known.validated()) {
        return new Rejection.StakeNotValidated(stake);
      }
    }
    return null;
  }

  /** The proposal exists, is open and is not under deliberation. */
  private @Nullable Rejection changeable(ProposalId id) {
    Proposal proposal = state.proposals.get(id);
    if (proposal == null) {
      return new Rejection.Unknown(Entity.PROPOSAL, id.value());
    }
    if (!proposal.status().isOpen()) {
      return new Rejection.ProposalNotOpen(id, proposal.status());
    }
    RoundState round = state.openRound;
    if (round != null && round.agenda().contains(id)) {
      return new Rejection.UnderDeliberation(id, round.number());
    }
    return null;
  }

  /** What must hold before the current phase is left, forward or by closing. */
  private @Nullable Rejection readyToLeave() {
    switch (state.phase) {
      case DIAGNOSIS:
        if (!state.diagnosisShared()) {
          Set<ActorKind> missing = new LinkedHashSet<>(charter.diagnosisKinds());
          missing.removeAll(state.contributionsByKind.keySet());
          return new Rejection.DiagnosisNotShared(
              ImmutableSet.copyOf(missing), state.validatedStakes);
        }
        return null;
      case PROPOSALS:
        if (charter.next(Phase.PROPOSALS) == Phase.NEGOTIATION
            && state.proposals.values().stream().noneMatch(p -> p.status().isOpen())) {
          return new Rejection.NoOpenProposal();
        }
        return null;
      case NEGOTIATION:
        return state.openRound == null ? null : new Rejection.RoundOpen(state.openRound.number());
      case ACTION:
        ImmutableMap.Builder<ActionId, Integer> shortOfCarriers = ImmutableMap.builder();
        boolean any = false;
        for (Action action :
            ImmutableList.sortedCopyOf(Comparator.comparing(Action::id), state.actions.values())) {
          if (action.carrierKinds().size() < charter.minCarrierKinds()) {
            shortOfCarriers.put(action.id(), action.carrierKinds().size());
            any = true;
          }
        }
        return any
            ? new Rejection.NotCoCarried(shortOfCarriers.buildOrThrow(), charter.minCarrierKinds())
            : null;
      default:
        return null;
    }
  }

  private static Result<Event> reject(Rejection rejection) {
    return Result.rejected(rejection);
  }

  private static Result<Event> accept(Event event) {
    return Result.accepted(event);
  }

  // --- commands

  @Override
  public Result<Event> visit(Command.RegisterActor c) {
    ActorId id = c.actor().id();
    if (state.members.containsKey(id)) {
      return reject(new Rejection.AlreadyExists(Entity.ACTOR, id.value()));
    }
    Rejection refused;
    if (state.members.isEmpty()) {
      if (!c.by().equals(id) || c.role() != Role.PROJECT_OWNER) {
        return reject(
            new Rejection.InvalidRegistration(
                id, "the first actor must register itself as project owner"));
      }
      refused = allowed(c, Activity.REGISTER, Role.PROJECT_OWNER, c.actor().kind());
      if (refused instanceof Rejection.NotPermitted) {
        refused = null; // the charter's project owner always opens its own process
      }
    } else if (c.by().equals(id)) {
      if (c.role() != Role.PARTICIPANT) {
        return reject(
            new Rejection.InvalidRegistration(
                id,
                "an actor joins as a participant; other roles are given by someone granted REGISTER"));
      }
      refused = allowed(c, Activity.JOIN, Role.PARTICIPANT, c.actor().kind());
    } else {
      refused = allowed(c, Activity.REGISTER);
    }
    if (refused != null) {
      return reject(refused);
    }
    Optional<CollegeId> college = c.college();
    if (college.isPresent()) {
      College named = state.colleges.get(college.get());
      if (named == null) {
        return reject(new Rejection.Unknown(Entity.COLLEGE, college.get().value()));
      }
      if (!named.kinds().isEmpty() && !named.kinds().contains(c.actor().kind())) {
        return reject(
            new Rejection.InvalidRegistration(
                id,
                "college '"
                    + named.id()
                    + "' is for "
                    + named.kinds()
                    + ", not for "
                    + c.actor().kind()));
      }
    } else {
      college = defaultCollege(c.actor().kind());
    }
    return accept(new Event.ActorRegistered(c.at(), c.by(), c.actor(), c.role(), college));
  }

  private Optional<CollegeId> defaultCollege(ActorKind kind) {
    for (CollegeId id : state.collegeOrder) {
      if (requireNonNull(state.colleges.get(id)).kinds().contains(kind)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  @Override
  public Result<Event> visit(Command.RegisterCollege c) {
    Rejection refused = allowed(c, Activity.REGISTER);
    if (refused != null) {
      return reject(refused);
    }
    if (state.colleges.containsKey(c.college().id())) {
      return reject(new Rejection.AlreadyExists(Entity.COLLEGE, c.college().id().value()));
    }
    return accept(new Event.CollegeRegistered(c.at(), c.by(), c.college()));
  }

  @Override
  public Result<Event> visit(Command.AdvancePhase c) {
    Rejection refused = allowed(c, Activity.FACILITATE);
    if (refused != null) {
      return reject(refused);
    }
    Phase next = charter.next(state.phase);
    if (next == Phase.CLOSED) {
      return reject(new Rejection.LastPhase(state.phase));
    }
    refused = readyToLeave();
    if (refused != null) {
      return reject(refused);
    }
    return accept(new Event.PhaseAdvanced(c.at(), c.by(), state.phase, next));
  }

  @Override
  public Result<Event> visit(Command.ReopenPhase c) {
    Rejection refused = allowed(c, Activity.GOVERN);
    if (refused != null) {
      return reject(refused);
    }
    if (!charter.reopenable().contains(c.phase()) || c.phase().compareTo(state.phase) >= 0) {
      return reject(new Rejection.NotReopenable(c.phase(), state.phase));
    }
    if (state.openRound != null) {
      return reject(new Rejection.RoundOpen(state.openRound.number()));
    }
    return accept(new Event.PhaseReopened(c.at(), c.by(), state.phase, c.phase(), c.reason()));
  }

  @Override
  public Result<Event> visit(Command.Contribute c) {
    Rejection refused = allowed(c, Activity.CONTRIBUTE);
    if (refused != null) {
      return reject(refused);
    }
    for (StakeId stake : c.stakes()) {
      if (!state.stakes.containsKey(stake)) {
        return reject(new Rejection.Unknown(Entity.STAKE, stake.value()));
      }
    }
    return accept(new Event.ContributionMade(c.at(), c.by(), c.text(), c.stakes()));
  }

  @Override
  public Result<Event> visit(Command.IdentifyStake c) {
    Rejection refused = allowed(c, Activity.CONTRIBUTE);
    if (refused != null) {
      return reject(refused);
    }
    if (state.stakes.containsKey(c.stake())) {
      return reject(new Rejection.AlreadyExists(Entity.STAKE, c.stake().value()));
    }
    return accept(new Event.StakeIdentified(c.at(), c.by(), c.stake(), c.title()));
  }

  @Override
  public Result<Event> visit(Command.ValidateStake c) {
    Rejection refused = allowed(c, Activity.VALIDATE_STAKE);
    if (refused != null) {
      return reject(refused);
    }
    Stake stake = state.stakes.get(c.stake());
    if (stake == null) {
      return reject(new Rejection.Unknown(Entity.STAKE, c.stake().value()));
    }
    if (stake.validated()) {
      return reject(new Rejection.StakeAlreadyValidated(c.stake()));
    }
    return accept(new Event.StakeValidated(c.at(), c.by(), c.stake()));
  }

  @Override
  public Result<Event> visit(Command.SubmitProposal c) {
    Rejection refused = allowed(c, Activity.PROPOSE);
    if (refused != null) {
      return reject(refused);
    }
    if (state.proposals.containsKey(c.proposal())) {
      return reject(new Rejection.AlreadyExists(Entity.PROPOSAL, c.proposal().value()));
    }
    for (ActorId coAuthor : c.coAuthors()) {
      if (!state.members.containsKey(coAuthor)) {
        return reject(new Rejection.Unknown(Entity.ACTOR, coAuthor.value()));
      }
    }
    refused = validatedStakes(c.content().stakes());
    if (refused != null) {
      return reject(refused);
    }
    ImmutableSet<ActorId> authors =
        ImmutableSet.<ActorId>builder().add(c.by()).addAll(c.coAuthors()).build();
    return accept(new Event.ProposalSubmitted(c.at(), c.proposal(), authors, c.content()));
  }

  @Override
  public Result<Event> visit(Command.AmendProposal c) {
    Rejection refused = allowed(c, Activity.AMEND);
    if (refused == null) {
      refused = changeable(c.proposal());
    }
    if (refused == null) {
      refused = validatedStakes(c.content().stakes());
    }
    if (refused != null) {
      return reject(refused);
    }
    int version = requireNonNull(state.proposals.get(c.proposal())).version() + 1;
    return accept(
        new Event.ProposalAmended(
            c.at(), c.by(), c.proposal(), version, c.content(), c.rationale()));
  }

  @Override
  public Result<Event> visit(Command.MergeProposals c) {
    Rejection refused = allowed(c, Activity.MERGE);
    if (refused != null) {
      return reject(refused);
    }
    if (state.proposals.containsKey(c.result())) {
      return reject(new Rejection.AlreadyExists(Entity.PROPOSAL, c.result().value()));
    }
    ImmutableSet<ProposalId> sources = ImmutableSet.copyOf(c.sources());
    if (sources.size() < 2 || sources.size() != c.sources().size()) {
      return reject(new Rejection.TooFewToMerge(sources));
    }
    ImmutableSet.Builder<ActorId> authors = ImmutableSet.builder();
    for (ProposalId source : sources) {
      refused = changeable(source);
      if (refused != null) {
        return reject(refused);
      }
      authors.addAll(requireNonNull(state.proposals.get(source)).authors());
    }
    refused = validatedStakes(c.content().stakes());
    if (refused != null) {
      return reject(refused);
    }
    return accept(
        new Event.ProposalsMerged(
            c.at(), c.by(), c.result(), c.sources(), authors.build(), c.content()));
  }

  @Override
  public Result<Event> visit(Command.WithdrawProposal c) {
    Member member = state.members.get(c.by());
    if (member == null) {
      return reject(new Rejection.Unknown(Entity.ACTOR, c.by().value()));
    }
    if (!Activity.PROPOSE.phases().contains(state.phase)) {
      return reject(new Rejection.WrongPhase(Activity.PROPOSE, state.phase));
    }
    Rejection refused = inTime(c);
    if (refused == null) {
      refused = changeable(c.proposal());
    }
    if (refused != null) {
      return reject(refused);
    }
    if (!requireNonNull(state.proposals.get(c.proposal())).authors().contains(c.by())) {
      return reject(new Rejection.NotAnAuthor(c.by(), c.proposal()));
    }
    return accept(new Event.ProposalWithdrawn(c.at(), c.by(), c.proposal(), c.reason()));
  }

  @Override
  public Result<Event> visit(Command.OpenRound c) {
    Rejection refused = allowed(c, Activity.CHAIR);
    if (refused == null) {
      refused =
          inTime(c); // closing a round stays possible after the deadline, opening one does not
    }
    if (refused != null) {
      return reject(refused);
    }
    if (state.openRound != null) {
      return reject(new Rejection.RoundOpen(state.openRound.number()));
    }
    if (state.roundsHeld >= charter.roundLimit()) {
      return reject(new Rejection.RoundLimitReached(charter.roundLimit()));
    }
    if (c.agenda().isEmpty()) {
      return reject(new Rejection.EmptyAgenda());
    }
    for (ProposalId id : c.agenda()) {
      Proposal proposal = state.proposals.get(id);
      if (proposal == null) {
        return reject(new Rejection.Unknown(Entity.PROPOSAL, id.value()));
      }
      if (!proposal.status().isOpen()) {
        return reject(new Rejection.ProposalNotOpen(id, proposal.status()));
      }
    }
    int number = state.roundsHeld + 1;
    return accept(
        new Event.RoundOpened(c.at(), c.by(), number, c.agenda(), charter.ruleOfRound(number)));
  }

  @Override
  public Result<Event> visit(Command.TakePosition c) {
    Rejection refused = allowed(c, Activity.TAKE_POSITION);
    if (refused != null) {
      return reject(refused);
    }
    RoundState round = state.openRound;
    if (round == null) {
      return reject(new Rejection.NoRoundOpen());
    }
    if (!state.proposals.containsKey(c.proposal())) {
      return reject(new Rejection.Unknown(Entity.PROPOSAL, c.proposal().value()));
    }
    if (!round.agenda().contains(c.proposal())) {
      return reject(new Rejection.NotOnAgenda(c.proposal(), round.number()));
    }
    if (round.positionsOn(c.proposal()).containsKey(c.by())) {
      return reject(new Rejection.AlreadyPositioned(c.by(), c.proposal(), round.number()));
    }
    return accept(new Event.PositionTaken(c.at(), round.number(), c.proposal(), c.position()));
  }

  @Override
  public Result<Event> visit(Command.CloseRound c) {
    Rejection refused = allowed(c, Activity.CHAIR);
    if (refused != null) {
      return reject(refused);
    }
    RoundState round = state.openRound;
    if (round == null) {
      return reject(new Rejection.NoRoundOpen());
    }
    Electorate electorate = electorate();
    boolean lastRound = round.number() >= charter.roundLimit();
    ImmutableList.Builder<RoundDecision> decisions = ImmutableList.builder();
    for (ProposalId id : round.agenda()) {
      Outcome outcome =
          PositionRules.decide(round.rule(), electorate, round.positionsOn(id).values());
      decisions.add(
          new RoundDecision(
              id,
              requireNonNull(state.proposals.get(id)).version(),
              outcome,
              status(outcome, lastRound)));
    }
    return accept(new Event.RoundClosed(c.at(), c.by(), round.number(), decisions.build()));
  }

  private static ProposalStatus status(Outcome outcome, boolean lastRound) {
    switch (outcome.verdict()) {
      case ADOPTED:
        return ProposalStatus.ADOPTED;
      case REJECTED:
        return ProposalStatus.REJECTED;
      default:
        return lastRound ? ProposalStatus.REJECTED : ProposalStatus.OPEN;
    }
  }

  /**
   * Everyone the charter lets take a position in negotiation, with colleges and weights; the
   * colleges in the charter's order, then in the order they were registered.
   */
  private Electorate electorate() {
    ImmutableSet.Builder<ActorId> voters = ImmutableSet.builder();
    ImmutableMap.Builder<ActorId, CollegeId> collegeOf = ImmutableMap.builder();
    ImmutableMap.Builder<CollegeId, Integer> weights = ImmutableMap.builder();
    for (Member member : state.members.values()) {
      if (charter.allows(
          Activity.TAKE_POSITION, member.role(), member.actor().kind(), Phase.NEGOTIATION)) {
        voters.add(member.actor().id());
        member.college().ifPresent(college -> collegeOf.put(member.actor().id(), college));
      }
    }
    for (CollegeId id : state.collegeOrder) {
      weights.put(id, requireNonNull(state.colleges.get(id)).weight());
    }
    return new Electorate(voters.build(), collegeOf.buildOrThrow(), weights.buildOrThrow());
  }

  @Override
  public Result<Event> visit(Command.AnswerProposal c) {
    Rejection refused = allowed(c, Activity.ANSWER);
    if (refused != null) {
      return reject(refused);
    }
    Proposal proposal = state.proposals.get(c.proposal());
    if (proposal == null) {
      return reject(new Rejection.Unknown(Entity.PROPOSAL, c.proposal().value()));
    }
    if (proposal.answer().isPresent()) {
      return reject(new Rejection.AlreadyAnswered(c.proposal()));
    }
    if (!charter.ownerMayOverrule()) {
      // the rounds decide: an answer given before they do could contradict them
      if (roundsMayStillDecide(proposal)) {
        return reject(new Rejection.NotDecidedYet(c.proposal()));
      }
      if (proposal.status() == ProposalStatus.ADOPTED && c.answer() == AnswerKind.DECLINED) {
        return reject(new Rejection.OverruleForbidden(c.proposal()));
      }
    }
    return accept(
        new Event.ProposalAnswered(c.at(), c.by(), c.proposal(), c.answer(), c.reasoning()));
  }

  /**
   * Tells whether a round may still adopt or reject an open proposal: it is on the open round's
   * agenda, or rounds remain and negotiation is ahead, now or after reopening an earlier phase.
   */
  private boolean roundsMayStillDecide(Proposal proposal) {
    if (!proposal.status().isOpen()) {
      return false;
    }
    RoundState round = state.openRound;
    if (round != null && round.agenda().contains(proposal.id())) {
      return true;
    }
    if (!charter.phases().contains(Phase.NEGOTIATION) || state.roundsHeld >= charter.roundLimit()) {
      return false;
    }
    return state.phase.compareTo(Phase.NEGOTIATION) <= 0
        || charter.reopenable().stream().anyMatch(phase -> phase.compareTo(Phase.NEGOTIATION) < 0);
  }

  @Override
  public Result<Event> visit(Command.AdoptObjective c) {
    Rejection refused = allowed(c, Activity.ADOPT_OBJECTIVE);
    if (refused != null) {
      return reject(refused);
    }
    if (state.objectives.containsKey(c.objective())) {
      return reject(new Rejection.AlreadyExists(Entity.OBJECTIVE, c.objective().value()));
    }
    for (ProposalId id : c.from()) {
      Proposal proposal = state.proposals.get(id);
      if (proposal == null) {
        return reject(new Rejection.Unknown(Entity.PROPOSAL, id.value()));
      }
      if (proposal.status() != ProposalStatus.ADOPTED) {
        return reject(new Rejection.NotAdopted(id, proposal.status()));
      }
      if (proposal.answer().equals(Optional.of(AnswerKind.DECLINED))) {
        return reject(new Rejection.DeclinedByOwner(id));
      }
    }
    return accept(new Event.ObjectiveAdopted(c.at(), c.by(), c.objective(), c.title(), c.from()));
  }

  @Override
  public Result<Event> visit(Command.LaunchAction c) {
    Rejection refused = allowed(c, Activity.PLAN_ACTION);
    if (refused != null) {
      return reject(refused);
    }
    if (state.actions.containsKey(c.action())) {
      return reject(new Rejection.AlreadyExists(Entity.ACTION, c.action().value()));
    }
    if (!state.objectives.containsKey(c.objective())) {
      return reject(new Rejection.Unknown(Entity.OBJECTIVE, c.objective().value()));
    }
    return accept(new Event.ActionLaunched(c.at(), c.by(), c.action(), c.objective(), c.title()));
  }

  @Override
  public Result<Event> visit(Command.Commit c) {
    Rejection refused = allowed(c, Activity.COMMIT);
    if (refused != null) {
      return reject(refused);
    }
    if (!state.actions.containsKey(c.action())) {
      return reject(new Rejection.Unknown(Entity.ACTION, c.action().value()));
    }
    return accept(
        new Event.CommitmentMade(c.at(), c.action(), new Commitment(c.by(), c.resource())));
  }

  @Override
  public Result<Event> visit(Command.DefineIndicator c) {
    Rejection refused = allowed(c, Activity.REPORT);
    if (refused != null) {
      return reject(refused);
    }
    if (state.indicators.containsKey(c.indicator())) {
      return reject(new Rejection.AlreadyExists(Entity.INDICATOR, c.indicator().value()));
    }
    if (!state.actions.containsKey(c.action())) {
      return reject(new Rejection.Unknown(Entity.ACTION, c.action().value()));
    }
    return accept(
        new Event.IndicatorDefined(
            c.at(), c.by(), c.indicator(), c.action(), c.name(), c.unit(), c.expected()));
  }

  @Override
  public Result<Event> visit(Command.ReportIndicator c) {
    Rejection refused = allowed(c, Activity.REPORT);
    if (refused != null) {
      return reject(refused);
    }
    if (!state.indicators.containsKey(c.indicator())) {
      return reject(new Rejection.Unknown(Entity.INDICATOR, c.indicator().value()));
    }
    return accept(new Event.IndicatorReported(c.at(), c.by(), c.indicator(), c.observed()));
  }

  @Override
  public Result<Event> visit(Command.DefineCriterion c) {
    Rejection refused = allowed(c, Activity.DEFINE_CRITERION);
    if (refused != null) {
      return reject(refused);
    }
    if (state.criteria.containsKey(c.criterion())) {
      return reject(new Rejection.AlreadyExists(Entity.CRITERION, c.criterion().value()));
    }
    return accept(new Event.CriterionDefined(c.at(), c.by(), c.criterion(), c.title()));
  }

  @Override
  public Result<Event> visit(Command.Rate c) {
    Rejection refused = allowed(c, Activity.RATE);
    if (refused != null) {
      return reject(refused);
    }
    if (!state.criteria.containsKey(c.criterion())) {
      return reject(new Rejection.Unknown(Entity.CRITERION, c.criterion().value()));
    }
    if (state.ratings(c.criterion()).containsKey(c.by())) {
      return reject(new Rejection.AlreadyRated(c.by(), c.criterion()));
    }
    return accept(new Event.RatingGiven(c.at(), c.rating()));
  }

  @Override
  public Result<Event> visit(Command.Close c) {
    Rejection refused = allowed(c, Activity.GOVERN);
    if (refused != null) {
      return reject(refused);
    }
    Phase last = charter.phases().get(charter.phases().size() - 1);
    if (state.phase != last) {
      return reject(new Rejection.NotLastPhase(state.phase, last));
    }
    refused = readyToLeave();
    if (refused != null) {
      return reject(refused);
    }
    if (charter.answersOwed()) {
      ImmutableSet<ProposalId> unanswered = unanswered();
      if (!unanswered.isEmpty()) {
        return reject(new Rejection.UnansweredProposals(unanswered));
      }
    }
    return accept(new Event.ProcessClosed(c.at(), c.by(), c.summary()));
  }

  /** Proposals owed an answer: all but those withdrawn or merged into another, in id order. */
  private ImmutableSet<ProposalId> unanswered() {
    return state.proposals.values().stream()
        .filter(p -> p.answer().isEmpty())
        .filter(p -> p.status() != ProposalStatus.WITHDRAWN && p.status() != ProposalStatus.MERGED)
        .map(Proposal::id)
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Result<Event> visit(Command.Abandon c) {
    Rejection refused = allowed(c, Activity.GOVERN);
    if (refused != null) {
      return reject(refused);
    }
    return accept(new Event.ProcessAbandoned(c.at(), c.by(), c.reason()));
  }
}
