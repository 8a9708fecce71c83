package org.concertation.core.process;

import static java.util.Objects.requireNonNull;
import static org.concertation.core.process.Guard.all;
import static org.concertation.core.process.Guard.checks;
import static org.concertation.core.process.Guard.each;
import static org.concertation.core.process.Guard.refuseIf;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.decision.Outcome;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.AssessmentResult;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.BallotQuorum;
import org.concertation.core.ballot.BallotRules;
import org.concertation.core.ballot.ClosingCount;
import org.concertation.core.choice.RankedRule;
import org.concertation.core.decision.PositionRules;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.process.Guard.Check;

/**
 * Decides one command against one state; a fresh instance per command. Each command handler lists
 * the checks the command must pass, in the order they are tried, then the event it causes.
 */
final class Decisions implements Command.Visitor<Result<Event>> {
  private final ProcessState state;
  private final Charter charter;

  Decisions(ProcessState state) {
    this.state = state;
    this.charter = state.charter;
  }

  // --- shared checks

  /** The issuer is registered, and the charter lets its role and kind do the activity now. */
  private Check allowed(Command command, Activity activity) {
    return all(
        known(Entity.ACTOR, command.by(), state.members::containsKey),
        () -> {
          Member member = issuer(command);
          return allowed(command, activity, member.role(), member.actor().kind()).refusal();
        });
  }

  /**
   * The activity belongs to the current phase, the charter grants it to the role and kind then, and
   * the phase's deadline has not passed if it binds the activity.
   */
  private Check allowed(Command command, Activity activity, Role role, ActorKind kind) {
    return all(
        inPhase(command, activity),
        granted(command, activity, role, kind),
        inTime(command, activity));
  }

  private Member issuer(Command command) {
    return requireNonNull(state.members.get(command.by()), "checked: the issuer is registered");
  }

  private Check inPhase(Command command, Activity activity) {
    return () ->
        refuseIf(
            !activity.phases().contains(state.phase),
            () -> new Rejection.WrongPhase(activity, state.phase, command.getClass()));
  }

  private Check granted(Command command, Activity activity, Role role, ActorKind kind) {
    return () ->
        refuseIf(
            !charter.allows(activity, role, kind, state.phase),
            () ->
                new Rejection.NotPermitted(
                    command.by(), activity, state.phase, command.getClass()));
  }

  /** The phase's deadline, when it binds the activity. */
  private Check inTime(Command command, Activity activity) {
    return activity.boundByDeadline() ? beforeDeadline(command) : Optional::empty;
  }

  /** The command comes no later than the current phase's deadline, if it has one. */
  private Check beforeDeadline(Command command) {
    return () -> {
      Optional<Instant> deadline = state.deadline(state.phase);
      return refuseIf(
          deadline.isPresent() && command.at().isAfter(deadline.get()),
          () ->
              new Rejection.DeadlinePassed(
                  state.phase, deadline.orElseThrow(), command.at(), command.getClass()));
    };
  }

  /** Nothing of this kind has the identity yet. */
  private static <K> Check isNew(Entity entity, K id, Predicate<? super K> taken) {
    return () -> refuseIf(taken.test(id), () -> new Rejection.AlreadyExists(entity, id.toString()));
  }

  /** Something of this kind has the identity. */
  private static <K> Check known(Entity entity, K id, Predicate<? super K> known) {
    return () -> refuseIf(!known.test(id), () -> new Rejection.Unknown(entity, id.toString()));
  }

  /** Every stake is identified and validated. */
  private Check validatedStakes(Set<StakeId> stakes) {
    return each(
        stakes,
        stake ->
            all(
                known(Entity.STAKE, stake, state.stakes::containsKey),
                () ->
                    refuseIf(
                        !requireNonNull(state.stakes.get(stake)).validated(),
                        () -> new Rejection.StakeNotValidated(stake))));
  }

  /** The proposal exists and is open. */
  private Check open(ProposalId id) {
    return all(
        known(Entity.PROPOSAL, id, state.proposals::containsKey),
        () -> {
          ProposalStatus status = proposal(id).status();
          return refuseIf(!status.isOpen(), () -> new Rejection.ProposalNotOpen(id, status));
        });
  }

  /** The proposal exists, is open and is not under deliberation. */
  private Check changeable(ProposalId id) {
    return all(
        open(id),
        () -> {
          RoundState round = state.openRound;
          return refuseIf(
              round != null && round.agenda().contains(id),
              () -> new Rejection.UnderDeliberation(id, requireNonNull(round).number()));
        });
  }

  private Proposal proposal(ProposalId id) {
    return requireNonNull(state.proposals.get(id), "checked: the proposal exists");
  }

  /** No round is open. */
  private Optional<Rejection> noRoundOpen() {
    RoundState round = state.openRound;
    return round == null ? Optional.empty() : Optional.of(new Rejection.RoundOpen(round.number()));
  }

  /** A round is open. */
  private Optional<Rejection> roundOpen() {
    return refuseIf(state.openRound == null, Rejection.NoRoundOpen::new);
  }

  /** The open round's deadline has not passed: after it, the round can only be closed. */
  private Check roundInTime(Command command) {
    return () -> {
      Instant deadline = state.roundDeadline;
      return refuseIf(
          deadline != null && command.at().isAfter(deadline),
          () ->
              new Rejection.RoundDeadlinePassed(
                  round().number(), requireNonNull(deadline), command.at(), command.getClass()));
    };
  }

  private RoundState round() {
    return requireNonNull(state.openRound, "checked: a round is open");
  }

  /** What must hold before the current phase is left, forward or by closing. */
  private Optional<Rejection> readyToLeave() {
    switch (state.phase) {
      case DIAGNOSIS:
        return refuseIf(
            !state.diagnosisShared(),
            () -> {
              Set<ActorKind> missing = new LinkedHashSet<>(charter.diagnosisKinds());
              missing.removeAll(state.contributionsByKind.keySet());
              return new Rejection.DiagnosisNotShared(
                  ImmutableSet.copyOf(missing), state.validatedStakes);
            });
      case PROPOSALS:
        // only negotiation needs an open proposal: a charter without it may leave with none
        return refuseIf(
            charter.next(Phase.PROPOSALS) == Phase.NEGOTIATION
                && state.proposals.values().stream().noneMatch(p -> p.status().isOpen()),
            Rejection.NoOpenProposal::new);
      case NEGOTIATION:
        return noRoundOpen();
      case ACTION:
        ImmutableMap<ActionId, Integer> shortOfCarriers =
            ImmutableList.sortedCopyOf(Comparator.comparing(Action::id), state.actions.values())
                .stream()
                .filter(action -> action.carrierKinds().size() < charter.minCarrierKinds())
                .collect(
                    ImmutableMap.toImmutableMap(
                        Action::id, action -> action.carrierKinds().size()));
        return refuseIf(
            !shortOfCarriers.isEmpty(),
            () -> new Rejection.NotCoCarried(shortOfCarriers, charter.minCarrierKinds()));
      default:
        return Optional.empty();
    }
  }

  // --- commands

  @Override
  public Result<Event> visit(Command.OpenProcess c) {
    return checks(
            () ->
                refuseIf(
                    state.version > 0,
                    () -> new Rejection.AlreadyExists(Entity.PROCESS, c.title())),
            () ->
                refuseIf(
                    !c.charter().equals(charter),
                    () -> new Rejection.OtherCharter(charter.name(), c.charter().name())))
        .thenAccept(() -> new Event.ProcessOpened(c.at(), c.by(), c.charter(), c.title()));
  }

  @Override
  public Result<Event> visit(Command.RegisterActor c) {
    return checks(
            isNew(Entity.ACTOR, c.actor().id(), state.members::containsKey),
            // secret: ids of that form name the pseudonyms of secret rounds and their keys
            () ->
                refuseIf(
                    RoundKeys.isReserved(c.actor().id()),
                    () ->
                        new Rejection.InvalidRegistration(
                            c.actor().id(),
                            "ids beginning with '" + RoundKeys.PREFIX + "' name pseudonyms")),
            registrable(c),
            collegeOpenTo(c))
        .thenAccept(
            () ->
                new Event.ActorRegistered(
                    c.at(),
                    c.by(),
                    c.actor(),
                    c.role(),
                    c.college().isPresent() ? c.college() : defaultCollege(c.actor().kind())));
  }

  /**
   * Who may register whom: the first actor opens the process as its own project owner; later an
   * actor joins by itself as a participant, or is registered, with any role, by someone granted
   * {@code REGISTER}.
   */
  private Check registrable(Command.RegisterActor c) {
    ActorId id = c.actor().id();
    ActorKind kind = c.actor().kind();
    if (state.members.isEmpty()) {
      return all(
          () ->
              refuseIf(
                  !c.by().equals(id) || c.role() != Role.PROJECT_OWNER,
                  () ->
                      new Rejection.InvalidRegistration(
                          id, "the first actor must register itself as project owner")),
          // no grant needed: the charter's project owner always opens its own process
          inPhase(c, Activity.REGISTER),
          inTime(c, Activity.REGISTER));
    }
    if (c.by().equals(id)) {
      return all(
          () ->
              refuseIf(
                  c.role() != Role.PARTICIPANT,
                  () ->
                      new Rejection.InvalidRegistration(
                          id,
                          "an actor joins as a participant; other roles are given by someone granted REGISTER")),
          allowed(c, Activity.JOIN, Role.PARTICIPANT, kind));
    }
    return allowed(c, Activity.REGISTER);
  }

  /** A named college exists and is open to the actor's kind. */
  private Check collegeOpenTo(Command.RegisterActor c) {
    Optional<CollegeId> college = c.college();
    if (college.isEmpty()) {
      return Optional::empty; // the actor joins the first college open to its kind, if any
    }
    ActorKind kind = c.actor().kind();
    return all(
        known(Entity.COLLEGE, college.get(), state.colleges::containsKey),
        () -> {
          College named = requireNonNull(state.colleges.get(college.get()));
          return refuseIf(
              !named.kinds().isEmpty() && !named.kinds().contains(kind),
              () ->
                  new Rejection.InvalidRegistration(
                      c.actor().id(),
                      "college '"
                          + named.id()
                          + "' is for "
                          + named.kinds()
                          + ", not for "
                          + kind));
        });
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
    return checks(
            allowed(c, Activity.REGISTER),
            isNew(Entity.COLLEGE, c.college().id(), state.colleges::containsKey))
        .thenAccept(() -> new Event.CollegeRegistered(c.at(), c.by(), c.college()));
  }

  @Override
  public Result<Event> visit(Command.RecordPanelDraw c) {
    return checks(
            allowed(c, Activity.REGISTER),
            known(Entity.COLLEGE, c.college(), state.colleges::containsKey))
        .thenAccept(() -> new Event.PanelDrawn(c.at(), c.by(), c.college(), c.draw()));
  }

  @Override
  public Result<Event> visit(Command.AdvancePhase c) {
    return checks(
            allowed(c, Activity.FACILITATE),
            () ->
                refuseIf(
                    charter.next(state.phase) == Phase.CLOSED,
                    () -> new Rejection.LastPhase(state.phase)),
            this::readyToLeave,
            // exante: an open assessment closes before the phase changes
            this::noAssessmentOpen)
        .thenAccept(
            () -> new Event.PhaseAdvanced(c.at(), c.by(), state.phase, charter.next(state.phase)));
  }

  @Override
  public Result<Event> visit(Command.ReopenPhase c) {
    return checks(
            allowed(c, Activity.GOVERN),
            () ->
                refuseIf(
                    !charter.reopenable().contains(c.phase())
                        || c.phase().compareTo(state.phase) >= 0,
                    () -> new Rejection.NotReopenable(c.phase(), state.phase)),
            this::noRoundOpen,
            // exante: an open assessment closes before the phase changes
            this::noAssessmentOpen)
        .thenAccept(
            () -> new Event.PhaseReopened(c.at(), c.by(), state.phase, c.phase(), c.reason()));
  }

  @Override
  public Result<Event> visit(Command.SetDeadline c) {
    return checks(
            allowed(c, Activity.GOVERN),
            target(c.target()),
            () ->
                refuseIf(
                    !c.deadline().isAfter(c.at()),
                    () -> new Rejection.DeadlineNotAhead(c.deadline(), c.at())))
        .thenAccept(
            () ->
                new Event.DeadlineSet(
                    c.at(),
                    c.by(),
                    c.target(),
                    currentDeadline(c.target()),
                    c.deadline(),
                    c.reason()));
  }

  /** A deadline's target exists: a phase of the charter, or the open round. */
  private Check target(DeadlineTarget target) {
    if (target instanceof DeadlineTarget.OfPhase phase) {
      return () ->
          refuseIf(
              !charter.phases().contains(phase.phase()),
              () -> new Rejection.Unknown(Entity.PHASE, phase.phase().name()));
    } else if (target instanceof DeadlineTarget.OfRound round) {
      return all(
          this::roundOpen,
          () ->
              refuseIf(
                  round().number() != round.round(),
                  () -> new Rejection.Unknown(Entity.ROUND, Integer.toString(round.round()))));
    }
    throw new AssertionError("Unknown deadline target " + target);
  }

  /** The deadline a target has now; checked: a round target is the open round. */
  private Optional<Instant> currentDeadline(DeadlineTarget target) {
    return target instanceof DeadlineTarget.OfPhase phase
        ? state.deadline(phase.phase())
        : state.roundDeadline();
  }

  @Override
  public Result<Event> visit(Command.Contribute c) {
    return checks(
            allowed(c, Activity.CONTRIBUTE),
            each(c.stakes(), stake -> known(Entity.STAKE, stake, state.stakes::containsKey)))
        .thenAccept(() -> new Event.ContributionMade(c.at(), c.by(), c.text(), c.stakes()));
  }

  @Override
  public Result<Event> visit(Command.IdentifyStake c) {
    return checks(
            allowed(c, Activity.CONTRIBUTE),
            isNew(Entity.STAKE, c.stake(), state.stakes::containsKey))
        .thenAccept(() -> new Event.StakeIdentified(c.at(), c.by(), c.stake(), c.title()));
  }

  @Override
  public Result<Event> visit(Command.ValidateStake c) {
    return checks(
            allowed(c, Activity.VALIDATE_STAKE),
            known(Entity.STAKE, c.stake(), state.stakes::containsKey),
            () ->
                refuseIf(
                    requireNonNull(state.stakes.get(c.stake())).validated(),
                    () -> new Rejection.StakeAlreadyValidated(c.stake())))
        .thenAccept(() -> new Event.StakeValidated(c.at(), c.by(), c.stake()));
  }

  @Override
  public Result<Event> visit(Command.SubmitProposal c) {
    return checks(
            allowed(c, Activity.PROPOSE),
            isNew(Entity.PROPOSAL, c.proposal(), state.proposals::containsKey),
            each(c.coAuthors(), author -> known(Entity.ACTOR, author, state.members::containsKey)),
            // consent: nobody is made the author of a text after she left
            each(c.coAuthors(), this::notLeft),
            validatedStakes(c.content().stakes()))
        .thenAccept(
            () ->
                new Event.ProposalSubmitted(
                    c.at(),
                    c.proposal(),
                    ImmutableSet.<ActorId>builder().add(c.by()).addAll(c.coAuthors()).build(),
                    c.content()));
  }

  @Override
  public Result<Event> visit(Command.AmendProposal c) {
    return checks(
            allowed(c, Activity.AMEND),
            changeable(c.proposal()),
            validatedStakes(c.content().stakes()))
        .thenAccept(
            () ->
                new Event.ProposalAmended(
                    c.at(),
                    c.by(),
                    c.proposal(),
                    proposal(c.proposal()).version() + 1,
                    c.content(),
                    c.rationale()));
  }

  @Override
  public Result<Event> visit(Command.MergeProposals c) {
    ImmutableSet<ProposalId> sources = ImmutableSet.copyOf(c.sources());
    return checks(
            allowed(c, Activity.MERGE),
            isNew(Entity.PROPOSAL, c.result(), state.proposals::containsKey),
            () ->
                refuseIf(
                    sources.size() < 2 || sources.size() != c.sources().size(),
                    () -> new Rejection.TooFewToMerge(sources)),
            each(sources, this::changeable),
            validatedStakes(c.content().stakes()))
        .thenAccept(
            () ->
                new Event.ProposalsMerged(
                    c.at(),
                    c.by(),
                    c.result(),
                    c.sources(),
                    sources.stream()
                        .flatMap(source -> proposal(source).authors().stream())
                        .collect(ImmutableSet.toImmutableSet()),
                    c.content()));
  }

  @Override
  public Result<Event> visit(Command.WithdrawProposal c) {
    return checks(
            known(Entity.ACTOR, c.by(), state.members::containsKey),
            // no grant: withdrawing is the right of the proposal's authors, whatever their role
            inPhase(c, Activity.PROPOSE),
            inTime(c, Activity.PROPOSE),
            changeable(c.proposal()),
            () ->
                refuseIf(
                    !proposal(c.proposal()).authors().contains(c.by()),
                    () -> new Rejection.NotAnAuthor(c.by(), c.proposal())))
        .thenAccept(() -> new Event.ProposalWithdrawn(c.at(), c.by(), c.proposal(), c.reason()));
  }

  @Override
  public Result<Event> visit(Command.OpenRound c) {
    return checks(
            allowed(c, Activity.CHAIR),
            // chairing is exempt so that an open round can close; a new round must be in time
            beforeDeadline(c),
            this::noRoundOpen,
            () ->
                refuseIf(
                    state.roundsHeld >= charter.roundLimit(),
                    () -> new Rejection.RoundLimitReached(charter.roundLimit())),
            () -> refuseIf(c.agenda().isEmpty(), Rejection.EmptyAgenda::new),
            each(c.agenda(), this::open),
            () -> fitsBallotRule(charter.ballotRuleOfRound(state.roundsHeld + 1), c.agenda()),
            // secret: a secret round needs its key (an erased one where a stored history is
            // checked)
            () ->
                refuseIf(
                    charter.isSecret(state.roundsHeld + 1)
                        && !c.key().map(k -> k.isErased() || RoundKeys.isUsable(k)).orElse(false),
                    () -> new Rejection.RoundKeyMissing(state.roundsHeld + 1)),
            // exante: no round while an assessment is open, and the charter's gate
            this::noAssessmentOpen,
            each(c.agenda(), this::passesGate))
        .thenAccept(
            () -> {
              int number = state.roundsHeld + 1;
              return new Event.RoundOpened(
                  c.at(),
                  c.by(),
                  number,
                  c.agenda(),
                  charter.ruleOfRound(number),
                  charter.ballotRuleOfRound(number),
                  charter.isSecret(number) ? c.key() : Optional.empty());
            });
  }

  /**
   * A ballot round chooses among proposals the project owner has not declined, a budget round
   * counts only proposals with a whole cost, and Kemeny-Young only agendas it can rank exactly.
   */
  private Optional<Rejection> fitsBallotRule(Optional<BallotRule> rule, List<ProposalId> agenda) {
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    for (ProposalId id : agenda) {
      // a declined proposal would not be carried out: choosing it would waste a seat or money
      if (proposal(id).answer().equals(Optional.of(AnswerKind.DECLINED))) {
        return Optional.of(new Rejection.DeclinedByOwner(id));
      }
    }
    if (rule.get().kind() == BallotRule.Kind.BUDGET) {
      for (ProposalId id : agenda) {
        if (BallotCount.wholeCost(proposal(id).current()).isEmpty()) {
          return Optional.of(new Rejection.CostNeeded(id));
        }
      }
    }
    return refuseIf(
        rule.get().kind() == BallotRule.Kind.RANKED
            && BallotRules.ranked(rule.get()) == RankedRule.KEMENY
            && agenda.size() > RankedRule.KEMENY_LIMIT,
        () ->
            new Rejection.AgendaTooLong(
                agenda.size(), RankedRule.KEMENY_LIMIT, rule.get().label()));
  }

  @Override
  public Result<Event> visit(Command.TakePosition c) {
    return checks(
            allowed(c, Activity.TAKE_POSITION),
            this::roundOpen,
            roundInTime(c),
            () ->
                refuseIf(
                    round().isBallotRound(), () -> new Rejection.BallotRound(round().number())),
            known(Entity.PROPOSAL, c.proposal(), state.proposals::containsKey),
            () ->
                refuseIf(
                    !round().agenda().contains(c.proposal()),
                    () -> new Rejection.NotOnAgenda(c.proposal(), round().number())),
            this::keyed,
            () ->
                refuseIf(
                    round().positionsOn(c.proposal()).containsKey(voter(c.by())),
                    () -> new Rejection.AlreadyPositioned(c.by(), c.proposal(), round().number())))
        .thenAccept(
            () ->
                round().isSecret()
                    ? new Event.SecretPositionTaken(
                        c.at(),
                        round().number(),
                        c.proposal(),
                        new Position(voter(c.by()), c.stance(), c.reason()),
                        issuer(c).college())
                    : new Event.PositionTaken(
                        c.at(), round().number(), c.proposal(), c.position()));
  }

  @Override
  public Result<Event> visit(Command.CastBallot c) {
    return checks(
            allowed(c, Activity.TAKE_POSITION),
            this::roundOpen,
            roundInTime(c),
            () ->
                refuseIf(
                    !round().isBallotRound(), () -> new Rejection.PositionRound(round().number())),
            () -> fitsRound(c.ballot()),
            this::keyed,
            () ->
                refuseIf(
                    !charter.laterBallotReplaces() && round().ballots().containsKey(voter(c.by())),
                    () -> new Rejection.AlreadyVoted(c.by(), round().number())))
        .thenAccept(
            () ->
                round().isSecret()
                    ? new Event.SecretBallotCast(
                        c.at(), round().number(), voter(c.by()), issuer(c).college(), c.ballot())
                    : new Event.BallotCast(c.at(), round().number(), c.by(), c.ballot()));
  }

  // secret: in a secret round a voter is known by her pseudonym alone

  /** A secret round still has its key. */
  private Optional<Rejection> keyed() {
    SecretRound secret = round().secret();
    return refuseIf(
        secret != null && !secret.hasKey(), () -> new Rejection.RoundKeyMissing(round().number()));
  }

  /** Whom the open round knows a voter as: her pseudonym in a secret round (checked: keyed). */
  private ActorId voter(ActorId actor) {
    SecretRound secret = round().secret();
    return secret == null ? actor : secret.pseudonym(actor);
  }

  /**
   * The ballot is of the kind the round's rule counts, names only proposals of the agenda (each
   * once) and, for grades, grades every proposal of the agenda on the scale; a ranking names at
   * least one proposal.
   */
  Optional<Rejection> fitsRound(Ballot ballot) {
    RoundState round = round();
    BallotRule rule = requireNonNull(round.ballotRule().orElse(null), "checked: a ballot round");
    if (ballot.kind() != rule.ballotKind()) {
      return Optional.of(
          new Rejection.WrongBallotKind(round.number(), ballot.kind(), rule.ballotKind()));
    }
    for (ProposalId id : ballot.proposals()) {
      if (!round.agenda().contains(id)) {
        return Optional.of(new Rejection.NotOnAgenda(id, round.number()));
      }
    }
    if (ballot instanceof Ballot.Ranking ranking) {
      Optional<ProposalId> twice = ranking.repeated();
      if (twice.isPresent()) {
        return Optional.of(new Rejection.RankedTwice(twice.get(), round.number()));
      }
      // a ranking of nothing would count as a tie of all: the voter means to abstain
      return refuseIf(
          ranking.isEmpty(),
          () ->
              new Rejection.IncompleteBallot(round.number(), ImmutableSet.copyOf(round.agenda())));
    }
    if (ballot instanceof Ballot.Grades grades) {
      GradeScale scale = rule.scale().orElseThrow();
      for (var grade : grades.grades().entrySet()) {
        if (!scale.contains(grade.getValue())) {
          return Optional.of(
              new Rejection.GradeOffScale(
                  grade.getKey(), grade.getValue(), scale.lowest(), scale.highest()));
        }
      }
      ImmutableSet<ProposalId> missing =
          round.agenda().stream()
              .filter(id -> !grades.grades().containsKey(id))
              .collect(ImmutableSet.toImmutableSet());
      return refuseIf(
          !missing.isEmpty(), () -> new Rejection.IncompleteBallot(round.number(), missing));
    }
    return Optional.empty(); // approvals of none are a ballot: the voter approves nothing
  }

  @Override
  public Result<Event> visit(Command.CloseRound c) {
    return checks(
            allowed(c, Activity.CHAIR),
            this::roundOpen,
            // secret: who took part is known from the key, or from the close being checked
            () ->
                refuseIf(
                    round().isSecret() && SecretTurnout.of(state, collegeWeights()) == null,
                    () -> new Rejection.RoundKeyMissing(round().number())))
        .thenAccept(
            () -> {
              RoundState round = round();
              SecretTurnout turnout =
                  round.isSecret() ? SecretTurnout.of(state, collegeWeights()) : null;
              Optional<ImmutableSet<ActorId>> participants =
                  Optional.ofNullable(turnout).map(SecretTurnout::participants);
              boolean lastRound = round.number() >= charter.roundLimit();
              if (round.isBallotRound()) {
                return new Event.RoundClosed(
                    c.at(),
                    c.by(),
                    round.number(),
                    ImmutableList.of(),
                    Optional.of(
                        ballotOutcome(
                            round,
                            turnout != null ? turnout::electorate : this::electorate,
                            lastRound)),
                    participants);
              }
              Electorate electorate = turnout != null ? turnout.electorate() : electorate();
              ImmutableList.Builder<RoundDecision> decisions = ImmutableList.builder();
              for (ProposalId id : round.agenda()) {
                Outcome outcome =
                    PositionRules.decide(round.rule(), electorate, round.positionsOn(id).values());
                if (turnout != null) { // secret: the close names no pseudonym
                  outcome = SecretClose.withoutPseudonyms(outcome);
                }
                decisions.add(
                    new RoundDecision(
                        id, proposal(id).version(), outcome, status(outcome, lastRound)));
              }
              return new Event.RoundClosed(
                  c.at(),
                  c.by(),
                  round.number(),
                  decisions.build(),
                  Optional.empty(),
                  participants);
            });
  }

  /**
   * What a ballot round decides: short of quorum, or on a tie the rule flags, the agenda is carried
   * to the next round (and after the last round, only what was chosen beyond doubt is adopted);
   * otherwise what the rule chose is adopted and the rest rejected.
   */
  private BallotOutcome ballotOutcome(
      RoundState round, Supplier<Electorate> electorate, boolean lastRound) {
    BallotRule rule = round.ballotRule().orElseThrow();
    Map<ActorId, Ballot> ballots = round.ballots();
    // the electorate only tells whether the quorum is met, and any turnout meets a zero one
    boolean quorumMet =
        BallotQuorum.alwaysMet(rule.quorum())
            || BallotQuorum.met(rule.quorum(), electorate.get(), ballots.keySet());
    ImmutableList<ProposalId> chosen = ImmutableList.of();
    ImmutableSet<ProposalId> adopted = ImmutableSet.of();
    boolean tie = false;
    boolean carried = !quorumMet && !lastRound;
    ClosingCount closing = null;
    if (quorumMet) {
      Map<ProposalId, Long> costs = new HashMap<>();
      for (ProposalId id : round.agenda()) {
        BallotCount.wholeCost(proposal(id).current()).ifPresent(cost -> costs.put(id, cost));
      }
      closing =
          ClosingCount.of(
              rule,
              round.agenda(),
              costs,
              round.ballotsInCastOrder(),
              // only a rule with college weights reads the voters' colleges
              rule.collegeWeights() ? collegeOf(ballots.keySet()) : ImmutableMap.of(),
              collegeWeights());
      BallotCount count = closing.count();
      chosen = count.chosen();
      tie = count.tie();
      carried = tie && !lastRound;
      adopted = ImmutableSet.copyOf(tie ? count.clearlyChosen() : chosen);
    }
    ImmutableMap.Builder<ProposalId, ProposalStatus> statuses = ImmutableMap.builder();
    for (ProposalId id : round.agenda()) {
      statuses.put(
          id,
          carried
              ? ProposalStatus.OPEN
              : adopted.contains(id) ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED);
    }
    BallotOutcome outcome =
        new BallotOutcome(
            rule.label(), ballots.size(), quorumMet, tie, chosen, statuses.buildOrThrow());
    if (closing != null) {
      // the read model of these events explains the round by this count, not by a second one
      closing.keep(outcome);
    }
    return outcome;
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

  /** The college of each of these actors that belongs to one, from its registration. */
  private ImmutableMap<ActorId, CollegeId> collegeOf(Set<ActorId> actors) {
    ImmutableMap.Builder<ActorId, CollegeId> collegeOf = ImmutableMap.builder();
    for (ActorId actor : actors) {
      Member member = state.members.get(actor);
      SecretRound secret = state.openRound == null ? null : state.openRound.secret();
      if (secret != null) { // secret: a pseudonym voted in the college its ballot records
        Optional<CollegeId> college = secret.colleges().get(actor);
        if (college != null) {
          college.ifPresent(c -> collegeOf.put(actor, c));
        }
      } else if (member != null) {
        member.college().ifPresent(college -> collegeOf.put(actor, college));
      }
    }
    return collegeOf.buildOrThrow();
  }

  /** The weight of every college, in the charter's order, then in the order registered. */
  private ImmutableMap<CollegeId, Integer> collegeWeights() {
    ImmutableMap.Builder<CollegeId, Integer> weights = ImmutableMap.builder();
    for (CollegeId id : state.collegeOrder) {
      weights.put(id, requireNonNull(state.colleges.get(id)).weight());
    }
    return weights.buildOrThrow();
  }

  /**
   * Everyone the charter lets take a position in negotiation, with colleges and weights; the
   * colleges in the charter's order, then in the order they were registered. An actor who left is
   * left out, unless she took a position or cast a ballot in the round before leaving: what she
   * said stands, so the electorate holds every voter the round counts.
   */
  private Electorate electorate() {
    int members = state.members.size();
    ImmutableSet.Builder<ActorId> voters = ImmutableSet.builderWithExpectedSize(members);
    ImmutableMap.Builder<ActorId, CollegeId> collegeOf =
        ImmutableMap.builderWithExpectedSize(members);
    // the charter's answer depends on the role and kind only, and members mostly share both
    Role lastRole = null;
    ActorKind lastKind = null;
    boolean lastAllowed = false;
    for (Member member : state.members.values()) {
      Role role = member.role();
      ActorKind kind = member.actor().kind();
      if (role != lastRole || !kind.equals(lastKind)) {
        lastRole = role;
        lastKind = kind;
        lastAllowed = charter.allows(Activity.TAKE_POSITION, role, kind, Phase.NEGOTIATION);
      }
      if (lastAllowed
          // who left is no longer asked, but a position she took in the round stands and counts
          && (!member.hasLeft() || spokeInOpenRound(member.actor().id()))) {
        voters.add(member.actor().id());
        member.college().ifPresent(college -> collegeOf.put(member.actor().id(), college));
      }
    }
    return new Electorate(voters.build(), collegeOf.buildOrThrow(), collegeWeights());
  }

  @Override
  public Result<Event> visit(Command.AnswerProposal c) {
    return checks(
            known(Entity.ACTOR, c.by(), state.members::containsKey),
            () -> {
              Member member = issuer(c);
              return all(
                      inPhase(c, Activity.ANSWER),
                      granted(c, Activity.ANSWER, member.role(), member.actor().kind()))
                  .refusal();
            },
            known(Entity.PROPOSAL, c.proposal(), state.proposals::containsKey),
            // an answer that no round can pre-empt any more is owed: no deadline may forbid it,
            // or a process with a proposal left undecided by time could never close
            () ->
                roundsMayStillDecide(proposal(c.proposal()), c.at())
                    ? beforeDeadline(c).refusal()
                    : Optional.empty(),
            () ->
                refuseIf(
                    proposal(c.proposal()).answer().isPresent(),
                    () -> new Rejection.AlreadyAnswered(c.proposal())),
            // where the rounds decide, an answer given before they do could contradict them
            () ->
                refuseIf(
                    !charter.ownerMayOverrule()
                        && roundsMayStillDecide(proposal(c.proposal()), c.at()),
                    () -> new Rejection.NotDecidedYet(c.proposal())),
            () ->
                refuseIf(
                    !charter.ownerMayOverrule()
                        && proposal(c.proposal()).status() == ProposalStatus.ADOPTED
                        && c.answer() == AnswerKind.DECLINED,
                    () -> new Rejection.OverruleForbidden(c.proposal())))
        .thenAccept(
            () ->
                new Event.ProposalAnswered(
                    c.at(), c.by(), c.proposal(), c.answer(), c.reasoning()));
  }

  /**
   * Tells whether a round may still adopt or reject an open proposal at an instant: it is on the
   * open round's agenda (which can always be closed), or rounds remain, negotiation's deadline has
   * not passed, and negotiation is ahead, now or after reopening negotiation itself or a phase
   * before it. A deadline that the project owner could still move does not count: as it stands,
   * nothing can decide the proposal, and its answer is owed.
   */
  static boolean roundsMayStillDecide(ProcessState state, Proposal proposal, Instant at) {
    if (!proposal.status().isOpen()) {
      return false;
    }
    Charter charter = state.charter;
    RoundState round = state.openRound;
    if (round != null && round.agenda().contains(proposal.id())) {
      return true;
    }
    if (!charter.phases().contains(Phase.NEGOTIATION) || state.roundsHeld >= charter.roundLimit()) {
      return false;
    }
    Optional<Instant> negotiationDeadline = state.deadline(Phase.NEGOTIATION);
    if (negotiationDeadline.isPresent() && at.isAfter(negotiationDeadline.get())) {
      return false;
    }
    return state.phase.compareTo(Phase.NEGOTIATION) <= 0
        || charter.reopenable().stream().anyMatch(phase -> phase.compareTo(Phase.NEGOTIATION) <= 0);
  }

  private boolean roundsMayStillDecide(Proposal proposal, Instant at) {
    return roundsMayStillDecide(state, proposal, at);
  }

  @Override
  public Result<Event> visit(Command.AdoptObjective c) {
    return checks(
            allowed(c, Activity.ADOPT_OBJECTIVE),
            isNew(Entity.OBJECTIVE, c.objective(), state.objectives::containsKey),
            each(c.from(), this::adoptedAndNotDeclined))
        .thenAccept(
            () -> new Event.ObjectiveAdopted(c.at(), c.by(), c.objective(), c.title(), c.from()));
  }

  /** The proposal exists, a round adopted it, and the project owner did not decline it. */
  private Check adoptedAndNotDeclined(ProposalId id) {
    return all(
        known(Entity.PROPOSAL, id, state.proposals::containsKey),
        () -> {
          ProposalStatus status = proposal(id).status();
          return refuseIf(
              status != ProposalStatus.ADOPTED, () -> new Rejection.NotAdopted(id, status));
        },
        () ->
            refuseIf(
                proposal(id).answer().equals(Optional.of(AnswerKind.DECLINED)),
                () -> new Rejection.DeclinedByOwner(id)));
  }

  @Override
  public Result<Event> visit(Command.LaunchAction c) {
    return checks(
            allowed(c, Activity.PLAN_ACTION),
            isNew(Entity.ACTION, c.action(), state.actions::containsKey),
            known(Entity.OBJECTIVE, c.objective(), state.objectives::containsKey))
        .thenAccept(
            () -> new Event.ActionLaunched(c.at(), c.by(), c.action(), c.objective(), c.title()));
  }

  @Override
  public Result<Event> visit(Command.Commit c) {
    return checks(
            allowed(c, Activity.COMMIT),
            known(Entity.ACTION, c.action(), state.actions::containsKey))
        .thenAccept(
            () ->
                new Event.CommitmentMade(c.at(), c.action(), new Commitment(c.by(), c.resource())));
  }

  @Override
  public Result<Event> visit(Command.DefineIndicator c) {
    return checks(
            allowed(c, Activity.REPORT),
            // means: one namespace for the indicators of actions and the expected effects
            isNew(Entity.INDICATOR, c.indicator(), this::isIndicator),
            known(Entity.ACTION, c.action(), state.actions::containsKey))
        .thenAccept(
            () ->
                new Event.IndicatorDefined(
                    c.at(), c.by(), c.indicator(), c.action(), c.name(), c.unit(), c.expected()));
  }

  @Override
  public Result<Event> visit(Command.ReportIndicator c) {
    return checks(
            allowed(c, Activity.REPORT),
            // means: an expected effect is reported on as an action's indicator is
            known(Entity.INDICATOR, c.indicator(), this::isIndicator))
        .thenAccept(() -> new Event.IndicatorReported(c.at(), c.by(), c.indicator(), c.observed()));
  }

  @Override
  public Result<Event> visit(Command.DefineCriterion c) {
    return checks(
            known(Entity.ACTOR, c.by(), state.members::containsKey),
            inPhase(c, Activity.DEFINE_CRITERION),
            // exante: the charter says from which phase criteria may be defined
            () ->
                refuseIf(
                    state.phase.compareTo(charter.criteriaFrom()) < 0,
                    () -> new Rejection.CriterionTooEarly(state.phase, charter.criteriaFrom())),
            allowed(c, Activity.DEFINE_CRITERION),
            isNew(Entity.CRITERION, c.criterion(), state.criteria::containsKey))
        .thenAccept(
            () -> new Event.CriterionDefined(c.at(), c.by(), c.criterion(), c.title(), c.scale()));
  }

  @Override
  public Result<Event> visit(Command.Rate c) {
    return checks(
            allowed(c, Activity.RATE),
            known(Entity.CRITERION, c.criterion(), state.criteria::containsKey),
            () ->
                refuseIf(
                    state.ratings(c.criterion()).containsKey(c.by()),
                    () -> new Rejection.AlreadyRated(c.by(), c.criterion())))
        .thenAccept(() -> new Event.RatingGiven(c.at(), c.rating()));
  }

  @Override
  public Result<Event> visit(Command.Close c) {
    Phase last = charter.phases().get(charter.phases().size() - 1);
    return checks(
            allowed(c, Activity.GOVERN),
            () ->
                refuseIf(state.phase != last, () -> new Rejection.NotLastPhase(state.phase, last)),
            this::readyToLeave,
            () -> {
              ImmutableSet<ProposalId> unanswered =
                  charter.answersOwed() ? unanswered() : ImmutableSet.of();
              return refuseIf(
                  !unanswered.isEmpty(), () -> new Rejection.UnansweredProposals(unanswered));
            })
        .thenAccept(() -> new Event.ProcessClosed(c.at(), c.by(), c.summary()));
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
    return checks(allowed(c, Activity.GOVERN))
        .thenAccept(() -> new Event.ProcessAbandoned(c.at(), c.by(), c.reason()));
  }

  // consent: leaving a process

  /** The actor has not left the process; checked: she is registered. */
  private Check notLeft(ActorId actor) {
    return () -> {
      Member member = requireNonNull(state.members.get(actor), "checked: registered");
      return refuseIf(
          member.hasLeft(), () -> new Rejection.HasLeft(actor, member.left().orElseThrow()));
    };
  }

  /** Whether the actor took a position or cast a ballot in the open round, if one is open. */
  private boolean spokeInOpenRound(ActorId actor) {
    RoundState round = state.openRound;
    SecretRound secret = round == null ? null : round.secret();
    if (secret != null) { // secret: a voter spoke when her pseudonym did
      return secret.hasKey() && secret.colleges().containsKey(secret.pseudonym(actor));
    }
    return round != null
        && (round.ballots().containsKey(actor)
            || round.agenda().stream().anyMatch(id -> round.positionsOn(id).containsKey(actor)));
  }

  /**
   * Leaving needs no grant, phase or deadline: it is every participant's right. Only the project
   * owner may not leave, since it owes the process its answers and alone may close or abandon it.
   */
  @Override
  public Result<Event> visit(Command.LeaveProcess c) {
    return checks(
            known(Entity.ACTOR, c.by(), state.members::containsKey),
            notLeft(c.by()),
            () ->
                refuseIf(
                    issuer(c).role() == Role.PROJECT_OWNER,
                    () -> new Rejection.OwnerCannotLeave(c.by())))
        .thenAccept(() -> new Event.ActorLeft(c.at(), c.by()));
  }

  // means: expected effects, and what carriers delivered

  /**
   * The phases in which an effect may be expected: from the proposals on, so that a proposal's
   * effects are stated before the decision (the evaluation is prospective), until the evaluation.
   */
  private static final ImmutableSet<Phase> EFFECT_PHASES =
      ImmutableSet.of(Phase.PROPOSALS, Phase.NEGOTIATION, Phase.ACTION, Phase.EVALUATION);

  /**
   * The phases in which a carrier records what it delivered: while the action runs, and at its
   * evaluation, when the accounts are made.
   */
  private static final ImmutableSet<Phase> DELIVERY_PHASES =
      ImmutableSet.of(Phase.ACTION, Phase.EVALUATION);

  /** The zone in which a horizon date is compared with a command's instant. */
  private static final ZoneOffset HORIZON_ZONE = ZoneOffset.UTC;

  private boolean isIndicator(IndicatorId id) {
    return state.indicators.containsKey(id) || state.effects.containsKey(id);
  }

  /**
   * The issuer is registered, the phase is one of the command's own phases, the charter grants the
   * activity to the issuer's role and kind in one of the activity's phases (an expected effect is
   * stated by those who define indicators, a delivery recorded by those who commit means), and the
   * phase's deadline has not passed.
   */
  private Check allowedIn(Command command, Activity activity, ImmutableSet<Phase> phases) {
    return all(
        known(Entity.ACTOR, command.by(), state.members::containsKey),
        () ->
            refuseIf(
                !phases.contains(state.phase),
                () -> new Rejection.WrongPhase(activity, state.phase, command.getClass())),
        () -> {
          Member member = issuer(command);
          boolean granted =
              activity.phases().stream()
                  .anyMatch(p -> charter.allows(activity, member.role(), member.actor().kind(), p));
          return refuseIf(
              !granted,
              () ->
                  new Rejection.NotPermitted(
                      command.by(), activity, state.phase, command.getClass()));
        },
        beforeDeadline(command));
  }

  @Override
  public Result<Event> visit(Command.ExpectEffect c) {
    return checks(
            allowedIn(c, Activity.REPORT, EFFECT_PHASES),
            isNew(Entity.INDICATOR, c.indicator(), this::isIndicator),
            effectTarget(c.target()),
            () ->
                refuseIf(
                    c.horizon().isBefore(LocalDate.ofInstant(c.at(), HORIZON_ZONE)),
                    () -> new Rejection.HorizonPassed(c.horizon(), c.at())))
        .thenAccept(
            () ->
                new Event.EffectExpected(
                    c.at(),
                    c.by(),
                    c.indicator(),
                    c.target(),
                    c.name(),
                    c.unit(),
                    c.expected(),
                    c.horizon()));
  }

  /**
   * The proposal or objective exists; a proposal withdrawn or merged into another has no effect of
   * its own to expect.
   */
  private Check effectTarget(EffectTarget target) {
    if (target instanceof EffectTarget.OfObjective objective) {
      return known(Entity.OBJECTIVE, objective.objective(), state.objectives::containsKey);
    }
    if (target instanceof EffectTarget.OfProposal of) {
      ProposalId id = of.proposal();
      return all(
          known(Entity.PROPOSAL, id, state.proposals::containsKey),
          () -> {
            ProposalStatus status = proposal(id).status();
            return refuseIf(
                status == ProposalStatus.WITHDRAWN || status == ProposalStatus.MERGED,
                () -> new Rejection.ProposalNotOpen(id, status));
          });
    }
    throw new AssertionError("Unknown effect target " + target);
  }

  @Override
  public Result<Event> visit(Command.RecordDelivery c) {
    return checks(
            allowedIn(c, Activity.COMMIT, DELIVERY_PHASES),
            known(Entity.ACTION, c.action(), state.actions::containsKey),
            () ->
                refuseIf(
                    c.commitment() > action(c.action()).commitments().size(),
                    () ->
                        new Rejection.Unknown(
                            Entity.COMMITMENT, c.action() + "#" + c.commitment())),
            () -> {
              ActorId carrier = commitment(c).actor();
              return refuseIf(
                  !carrier.equals(c.by()),
                  () -> new Rejection.NotTheCarrier(c.by(), c.action(), c.commitment(), carrier));
            },
            () -> {
              ResourceKind committed = commitment(c).resource().kind();
              return refuseIf(
                  committed != c.kind(),
                  () ->
                      new Rejection.WrongDeliveryKind(
                          c.action(), c.commitment(), committed, c.kind()));
            },
            () ->
                refuseIf(
                    c.quantity().signum() <= 0,
                    () -> new Rejection.DeliveryNotPositive(c.quantity())))
        .thenAccept(
            () ->
                new Event.DeliveryRecorded(
                    c.at(), c.by(), c.action(), c.commitment(), c.kind(), c.quantity(), c.note()));
  }

  private Action action(ActionId id) {
    return requireNonNull(state.actions.get(id), "checked: the action exists");
  }

  /** The commitment a delivery names; checked: it exists. */
  private Commitment commitment(Command.RecordDelivery c) {
    return action(c.action()).commitments().get(c.commitment() - 1);
  }

  // exante: criteria early and prospective assessment

  /** No assessment is open. */
  private Optional<Rejection> noAssessmentOpen() {
    Prospects.Assessment open = state.prospects.open;
    return open == null
        ? Optional.empty()
        : Optional.of(new Rejection.AssessmentOpen(open.number()));
  }

  /** An assessment is open. */
  private Optional<Rejection> assessmentOpen() {
    return refuseIf(state.prospects.open == null, Rejection.NoAssessmentOpen::new);
  }

  private Prospects.Assessment assessment() {
    return requireNonNull(state.prospects.open, "checked: an assessment is open");
  }

  /**
   * Under a charter with an assessment gate, the proposal's last assessment gave it at least the
   * gate's majority grade on every criterion it was assessed on.
   */
  private Check passesGate(ProposalId id) {
    return () -> {
      Optional<Integer> gate = charter.assessmentGate();
      if (gate.isEmpty()) {
        return Optional.empty();
      }
      ImmutableList<AssessmentResult> results = state.prospects.assessed.get(id);
      if (results == null) {
        return Optional.of(new Rejection.NotAssessed(id));
      }
      for (AssessmentResult result : results) {
        if (result.majorityGrade().isEmpty()) {
          return Optional.of(new Rejection.NotAssessed(id));
        }
        int grade = result.majorityGrade().get();
        if (grade < gate.get()) {
          return Optional.of(
              new Rejection.BelowAssessmentGate(id, result.criterion(), grade, gate.get()));
        }
      }
      return Optional.empty();
    };
  }

  /** A grade lies on a scale. */
  private static Check onScale(CriterionId criterion, int grade, GradeScale scale) {
    return () ->
        refuseIf(
            !scale.contains(grade),
            () ->
                new Rejection.CriterionGradeOffScale(
                    criterion, grade, scale.lowest(), scale.highest()));
  }

  @Override
  public Result<Event> visit(Command.WeighCriteria c) {
    return checks(
            allowed(c, Activity.ASSESS),
            each(
                c.grades().keySet(),
                id -> known(Entity.CRITERION, id, state.criteria::containsKey)),
            each(
                c.grades().entrySet(),
                e -> onScale(e.getKey(), e.getValue(), charter.weighingScale())))
        .thenAccept(() -> new Event.CriteriaWeighed(c.at(), c.by(), c.grades()));
  }

  /** The proposal exists and no round has decided it yet: it is open. */
  private Check undecided(ProposalId id) {
    return all(
        known(Entity.PROPOSAL, id, state.proposals::containsKey),
        () -> {
          ProposalStatus status = proposal(id).status();
          // an assessment looks ahead: a decided proposal has nothing ahead to assess
          return refuseIf(
              status == ProposalStatus.ADOPTED || status == ProposalStatus.REJECTED,
              () -> new Rejection.AlreadyDecided(id, status));
        },
        open(id));
  }

  /** Every criterion defined so far, in the order of their identities, with its scale. */
  private ImmutableMap<CriterionId, GradeScale> criteriaWithScales() {
    return state.criteria.keySet().stream()
        .sorted()
        .collect(ImmutableMap.toImmutableMap(id -> id, state.prospects::scale));
  }

  @Override
  public Result<Event> visit(Command.OpenAssessment c) {
    return checks(
            allowed(c, Activity.CHAIR_ASSESSMENT),
            // chairing is exempt so that an open assessment can close; a new one must be in time
            beforeDeadline(c),
            this::noRoundOpen,
            this::noAssessmentOpen,
            () -> refuseIf(state.criteria.isEmpty(), Rejection.NoCriterion::new),
            () -> refuseIf(c.agenda().isEmpty(), Rejection.EmptyAgenda::new),
            each(c.agenda(), this::undecided))
        .thenAccept(
            () ->
                new Event.AssessmentOpened(
                    c.at(), c.by(), state.prospects.held + 1, c.agenda(), criteriaWithScales()));
  }

  @Override
  public Result<Event> visit(Command.AssessProposals c) {
    return checks(
            allowed(c, Activity.ASSESS),
            this::assessmentOpen,
            () ->
                refuseIf(
                    !assessment().criteria().containsKey(c.criterion()),
                    () -> new Rejection.Unknown(Entity.CRITERION, c.criterion().value())),
            each(
                c.grades().proposals(),
                id ->
                    () ->
                        refuseIf(
                            !assessment().agenda().contains(id),
                            () -> new Rejection.NotOnAssessment(id, assessment().number()))),
            each(
                c.grades().grades().entrySet(),
                e ->
                    () -> {
                      GradeScale scale = requireNonNull(assessment().criteria().get(c.criterion()));
                      return refuseIf(
                          !scale.contains(e.getValue()),
                          () ->
                              new Rejection.GradeOffScale(
                                  e.getKey(), e.getValue(), scale.lowest(), scale.highest()));
                    }),
            () -> {
              ImmutableSet<ProposalId> missing =
                  assessment().agenda().stream()
                      .filter(id -> !c.grades().grades().containsKey(id))
                      .collect(ImmutableSet.toImmutableSet());
              return refuseIf(
                  !missing.isEmpty(),
                  () -> new Rejection.IncompleteAssessment(c.criterion(), missing));
            },
            () ->
                refuseIf(
                    assessment().on(c.criterion()).containsKey(c.by()),
                    () ->
                        new Rejection.AlreadyAssessed(
                            c.by(), c.criterion(), assessment().number())))
        .thenAccept(
            () ->
                new Event.ProposalsAssessed(
                    c.at(), assessment().number(), c.by(), c.criterion(), c.grades()));
  }

  @Override
  public Result<Event> visit(Command.CloseAssessment c) {
    return checks(allowed(c, Activity.CHAIR_ASSESSMENT), this::assessmentOpen)
        .thenAccept(
            () -> {
              Prospects.Assessment open = assessment();
              return new Event.AssessmentClosed(
                  c.at(),
                  c.by(),
                  open.number(),
                  AssessmentCount.results(open, this::collegeOf, state.collegeOrder));
            });
  }

  /** The college of an actor, if it belongs to one. */
  private Optional<CollegeId> collegeOf(ActorId actor) {
    Member member = state.members.get(actor);
    return member == null ? Optional.empty() : member.college();
  }

  @Override
  public Result<Event> visit(Command.RateAction c) {
    return checks(
            allowed(c, Activity.RATE),
            known(Entity.ACTION, c.action(), state.actions::containsKey),
            known(Entity.CRITERION, c.criterion(), state.criteria::containsKey),
            onScale(c.criterion(), c.grade(), state.prospects.scale(c.criterion())),
            () ->
                refuseIf(
                    state.prospects.actionGrades(c.action(), c.criterion()).containsKey(c.by()),
                    () -> new Rejection.AlreadyRatedAction(c.by(), c.action(), c.criterion())))
        .thenAccept(
            () -> new Event.ActionRated(c.at(), c.by(), c.action(), c.criterion(), c.grade()));
  }
}
