package org.concertation.api.rejection;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.StakeId;

/**
 * Why the state machine refused a command. Rejections are values: a refused command changes
 * nothing, and its rejection says why in {@link #message()}. A command refused for its activity
 * ({@link WrongPhase}, {@link NotPermitted}, {@link DeadlinePassed}) is named by its type, since
 * several commands share one activity. The family is closed.
 *
 * <p>{@link #message()} is the technical text, in English, for logs and exceptions: enums and
 * command types as lower-case words, instants in ISO-8601 UTC. A reader is told a rejection in her
 * language by the core's {@code RejectionText}, in English or French, with dates in the host's zone
 * and numbers in the language's format.
 */
public sealed interface Rejection {
  /**
   * A readable explanation that names the values involved: the technical English text, enums and
   * command types said as lower-case words ({@code cannot submit proposal (propose) in phase
   * diagnosis}).
   *
   * @return the message
   */
  String message();

  /**
   * The process has ended: no command can change it.
   *
   * @param phase the terminal phase
   */
  record ProcessEnded(Phase phase) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param phase the terminal phase
     */
    public ProcessEnded {
      checkNotNull(phase, "phase must not be null");
    }

    @Override
    public String message() {
      return "the process is " + word(phase) + ": no command can change it";
    }
  }

  /**
   * The process is to be opened under another charter than the one it runs under.
   *
   * @param charter the name of the charter the process runs under
   * @param given the name of the charter the command names
   */
  record OtherCharter(String charter, String given) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param charter the name of the charter the process runs under
     * @param given the name of the charter the command names
     */
    public OtherCharter {
      checkNotNull(charter, "charter must not be null");
      checkNotNull(given, "given must not be null");
    }

    @Override
    public String message() {
      return "the process runs under charter '"
          + charter
          + "', not under the charter '"
          + given
          + "' the command names";
    }
  }

  /**
   * The command's activity does not belong to the current phase, or the charter does not open it
   * then.
   *
   * @param activity what the command does
   * @param phase the current phase
   * @param command the type of the refused command
   */
  record WrongPhase(Activity activity, Phase phase, Class<? extends Command> command)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param activity what the command does
     * @param phase the current phase
     * @param command the type of the refused command
     */
    public WrongPhase {
      checkNotNull(activity, "activity must not be null");
      checkNotNull(phase, "phase must not be null");
      checkNotNull(command, "command must not be null");
    }

    @Override
    public String message() {
      return "cannot " + named(command, activity) + " in phase " + word(phase);
    }
  }

  /**
   * The charter does not grant the activity to this actor's role and kind.
   *
   * @param actor who issued the command
   * @param activity what the command does
   * @param phase the current phase
   * @param command the type of the refused command
   */
  record NotPermitted(
      ActorId actor, Activity activity, Phase phase, Class<? extends Command> command)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor who issued the command
     * @param activity what the command does
     * @param phase the current phase
     * @param command the type of the refused command
     */
    public NotPermitted {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(activity, "activity must not be null");
      checkNotNull(phase, "phase must not be null");
      checkNotNull(command, "command must not be null");
    }

    @Override
    public String message() {
      return "actor '"
          + actor
          + "' may not "
          + named(command, activity)
          + " in phase "
          + word(phase)
          + " under this charter";
    }
  }

  /**
   * A command names something the process does not know.
   *
   * @param entity what kind of thing
   * @param id its identity
   */
  record Unknown(Entity entity, String id) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param entity what kind of thing
     * @param id its identity
     */
    public Unknown {
      checkNotNull(entity, "entity must not be null");
      checkNotNull(id, "id must not be null");
    }

    @Override
    public String message() {
      return "unknown " + entity.label() + " '" + id + "'";
    }
  }

  /**
   * A command creates something whose identity is taken.
   *
   * @param entity what kind of thing
   * @param id its identity
   */
  record AlreadyExists(Entity entity, String id) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param entity what kind of thing
     * @param id its identity
     */
    public AlreadyExists {
      checkNotNull(entity, "entity must not be null");
      checkNotNull(id, "id must not be null");
    }

    @Override
    public String message() {
      return entity.label() + " '" + id + "' already exists";
    }
  }

  /**
   * The command is dated before the last event of the process.
   *
   * @param last the instant of the last event
   * @param at the command's instant
   */
  record TimeWentBack(Instant last, Instant at) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param last the instant of the last event
     * @param at the command's instant
     */
    public TimeWentBack {
      checkNotNull(last, "last must not be null");
      checkNotNull(at, "at must not be null");
    }

    @Override
    public String message() {
      return "command dated " + at + " comes before the last event, dated " + last;
    }
  }

  /**
   * The phase's deadline has passed, and it binds the command's activity.
   *
   * @param phase the phase
   * @param deadline its deadline
   * @param at the command's instant
   * @param command the type of the refused command
   */
  record DeadlinePassed(Phase phase, Instant deadline, Instant at, Class<? extends Command> command)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param phase the phase
     * @param deadline its deadline
     * @param at the command's instant
     * @param command the type of the refused command
     */
    public DeadlinePassed {
      checkNotNull(phase, "phase must not be null");
      checkNotNull(deadline, "deadline must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(command, "command must not be null");
    }

    @Override
    public String message() {
      return "the deadline of phase "
          + word(phase)
          + " was "
          + deadline
          + "; the command "
          + words(command)
          + " is dated "
          + at;
    }
  }

  /**
   * The open round's deadline has passed: only closing the round is accepted of what concerns it.
   *
   * @param round the round's number
   * @param deadline its deadline
   * @param at the command's instant
   * @param command the type of the refused command
   */
  record RoundDeadlinePassed(
      int round, Instant deadline, Instant at, Class<? extends Command> command)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param round the round's number
     * @param deadline its deadline
     * @param at the command's instant
     * @param command the type of the refused command
     */
    public RoundDeadlinePassed {
      checkNotNull(deadline, "deadline must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(command, "command must not be null");
    }

    @Override
    public String message() {
      return "the deadline of round "
          + round
          + " was "
          + deadline
          + ": it can only be closed; the command "
          + words(command)
          + " is dated "
          + at;
    }
  }

  /**
   * A deadline set by a command must come after the command: a deadline cannot end a phase or a
   * round in the past.
   *
   * @param deadline the deadline the command sets
   * @param at the command's instant
   */
  record DeadlineNotAhead(Instant deadline, Instant at) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param deadline the deadline the command sets
     * @param at the command's instant
     */
    public DeadlineNotAhead {
      checkNotNull(deadline, "deadline must not be null");
      checkNotNull(at, "at must not be null");
    }

    @Override
    public String message() {
      return "the deadline " + deadline + " does not come after the command, dated " + at;
    }
  }

  /**
   * The diagnosis is not shared yet: some kinds the charter names have not contributed, or no stake
   * is validated.
   *
   * @param missingKinds the kinds that have not contributed
   * @param validatedStakes how many stakes are validated
   */
  record DiagnosisNotShared(ImmutableSet<ActorKind> missingKinds, int validatedStakes)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param missingKinds the kinds that have not contributed
     * @param validatedStakes how many stakes are validated
     */
    public DiagnosisNotShared {
      missingKinds = ImmutableSet.copyOf(missingKinds);
    }

    @Override
    public String message() {
      return "the diagnosis is not shared yet: "
          + (missingKinds.isEmpty() ? "" : "no contribution yet from " + missingKinds + "; ")
          + validatedStakes
          + (validatedStakes == 1 ? " stake validated" : " stakes validated");
    }
  }

  /** Negotiation cannot start: there is no open proposal. */
  record NoOpenProposal() implements Rejection {
    @Override
    public String message() {
      return "there is no open proposal to negotiate";
    }
  }

  /**
   * A round is open, and must be closed first.
   *
   * @param round the open round
   */
  record RoundOpen(int round) implements Rejection {
    @Override
    public String message() {
      return "round " + round + " is open: close it first";
    }
  }

  /** No round is open. */
  record NoRoundOpen() implements Rejection {
    @Override
    public String message() {
      return "no round is open";
    }
  }

  /**
   * The charter's round limit is reached.
   *
   * @param limit the limit
   */
  record RoundLimitReached(int limit) implements Rejection {
    @Override
    public String message() {
      return "the round limit of " + limit + " is reached";
    }
  }

  /** A round needs at least one proposal on its agenda. */
  record EmptyAgenda() implements Rejection {
    @Override
    public String message() {
      return "the agenda of a round must name at least one proposal";
    }
  }

  /**
   * The proposal is not open: it was adopted, rejected, withdrawn or merged.
   *
   * @param proposal the proposal
   * @param status where it stands
   */
  record ProposalNotOpen(ProposalId proposal, ProposalStatus status) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal
     * @param status where it stands
     */
    public ProposalNotOpen {
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(status, "status must not be null");
    }

    @Override
    public String message() {
      return "proposal '" + proposal + "' is " + word(status);
    }
  }

  /**
   * The proposal is on the agenda of the open round: it cannot change until the round closes.
   *
   * @param proposal the proposal
   * @param round the open round
   */
  record UnderDeliberation(ProposalId proposal, int round) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal
     * @param round the open round
     */
    public UnderDeliberation {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "proposal '" + proposal + "' is under deliberation in round " + round;
    }
  }

  /**
   * The proposal is not on the agenda of the open round.
   *
   * @param proposal the proposal
   * @param round the open round
   */
  record NotOnAgenda(ProposalId proposal, int round) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal
     * @param round the open round
     */
    public NotOnAgenda {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "proposal '" + proposal + "' is not on the agenda of round " + round;
    }
  }

  /**
   * Only an author may do this to a proposal.
   *
   * @param actor who tried
   * @param proposal the proposal
   */
  record NotAnAuthor(ActorId actor, ProposalId proposal) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor who tried
     * @param proposal the proposal
     */
    public NotAnAuthor {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "actor '" + actor + "' is not an author of proposal '" + proposal + "'";
    }
  }

  /**
   * A merge needs at least two distinct open proposals.
   *
   * @param sources the proposals named
   */
  record TooFewToMerge(ImmutableSet<ProposalId> sources) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param sources the proposals named
     */
    public TooFewToMerge {
      sources = ImmutableSet.copyOf(sources);
    }

    @Override
    public String message() {
      return "a merge needs at least two distinct proposals, got " + sources;
    }
  }

  /**
   * The actor has already taken a position on this proposal in this round.
   *
   * @param actor the actor
   * @param proposal the proposal
   * @param round the round
   */
  record AlreadyPositioned(ActorId actor, ProposalId proposal, int round) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor the actor
     * @param proposal the proposal
     * @param round the round
     */
    public AlreadyPositioned {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "actor '"
          + actor
          + "' has already taken a position on proposal '"
          + proposal
          + "' in round "
          + round;
    }
  }

  /**
   * The open round decides by ballots: positions are not taken in it.
   *
   * @param round the round
   */
  record BallotRound(int round) implements Rejection {
    @Override
    public String message() {
      return "round " + round + " decides by ballots: cast a ballot, not a position";
    }
  }

  /**
   * The open round decides by positions: no ballot is cast in it.
   *
   * @param round the round
   */
  record PositionRound(int round) implements Rejection {
    @Override
    public String message() {
      return "round " + round + " decides by positions: take a position, not a ballot";
    }
  }

  /**
   * The ballot is not of the kind the round's rule counts.
   *
   * @param round the round
   * @param cast the kind of ballot cast
   * @param expected the kind the rule counts
   */
  record WrongBallotKind(int round, Ballot.Kind cast, Ballot.Kind expected) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param round the round
     * @param cast the kind of ballot cast
     * @param expected the kind the rule counts
     */
    public WrongBallotKind {
      checkNotNull(cast, "cast must not be null");
      checkNotNull(expected, "expected must not be null");
    }

    @Override
    public String message() {
      return "round " + round + " counts " + word(expected) + " ballots, not " + word(cast);
    }
  }

  /**
   * A ranking names a proposal twice.
   *
   * @param proposal the proposal named twice
   * @param round the round
   */
  record RankedTwice(ProposalId proposal, int round) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal named twice
     * @param round the round
     */
    public RankedTwice {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "the ballot names proposal '" + proposal + "' twice in round " + round;
    }
  }

  /**
   * A grade lies off the round's scale.
   *
   * @param proposal the proposal graded
   * @param grade the grade given
   * @param lowest the scale's lowest grade
   * @param highest the scale's highest grade
   */
  record GradeOffScale(ProposalId proposal, int grade, int lowest, int highest)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal graded
     * @param grade the grade given
     * @param lowest the scale's lowest grade
     * @param highest the scale's highest grade
     */
    public GradeOffScale {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "grade "
          + grade
          + " of proposal '"
          + proposal
          + "' is off the scale "
          + lowest
          + ".."
          + highest;
    }
  }

  /**
   * The ballot leaves out what the round's rule needs: a ranking names no proposal, or grades leave
   * proposals of the agenda ungraded.
   *
   * @param round the round
   * @param missing the proposals of the agenda the ballot leaves out
   */
  record IncompleteBallot(int round, ImmutableSet<ProposalId> missing) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param round the round
     * @param missing the proposals of the agenda the ballot leaves out
     */
    public IncompleteBallot {
      missing = ImmutableSet.copyOf(checkNotNull(missing, "missing must not be null"));
    }

    @Override
    public String message() {
      return "the ballot in round " + round + " leaves out " + missing;
    }
  }

  /**
   * The voter has already cast a ballot in this round, and the charter does not let a later one
   * replace it.
   *
   * @param actor the voter
   * @param round the round
   */
  record AlreadyVoted(ActorId actor, int round) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor the voter
     * @param round the round
     */
    public AlreadyVoted {
      checkNotNull(actor, "actor must not be null");
    }

    @Override
    public String message() {
      return "actor '" + actor + "' has already cast a ballot in round " + round;
    }
  }

  /**
   * A budget round needs a cost in whole units for every proposal on its agenda.
   *
   * @param proposal a proposal without such a cost
   */
  record CostNeeded(ProposalId proposal) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal a proposal without such a cost
     */
    public CostNeeded {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "a budget round needs a cost in whole units for proposal '" + proposal + "'";
    }
  }

  /**
   * The agenda holds more proposals than the round's rule can count exactly.
   *
   * @param size the agenda's size
   * @param limit the most the rule counts
   * @param rule the rule's label
   */
  record AgendaTooLong(int size, int limit, String rule) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param size the agenda's size
     * @param limit the most the rule counts
     * @param rule the rule's label
     */
    public AgendaTooLong {
      checkNotNull(rule, "rule must not be null");
    }

    @Override
    public String message() {
      return "rule '" + rule + "' counts at most " + limit + " proposals, not " + size;
    }
  }

  /**
   * The proposal already has the project owner's answer.
   *
   * @param proposal the proposal
   */
  record AlreadyAnswered(ProposalId proposal) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal
     */
    public AlreadyAnswered {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "proposal '" + proposal + "' has already been answered";
    }
  }

  /**
   * The charter does not let the project owner decline a proposal that a round adopted.
   *
   * @param proposal the adopted proposal
   */
  record OverruleForbidden(ProposalId proposal) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the adopted proposal
     */
    public OverruleForbidden {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "proposal '"
          + proposal
          + "' was adopted, and the charter does not let the project owner decline it";
    }
  }

  /**
   * An objective can only come from adopted proposals.
   *
   * @param proposal a proposal that is not adopted
   * @param status where it stands
   */
  record NotAdopted(ProposalId proposal, ProposalStatus status) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal a proposal that is not adopted
     * @param status where it stands
     */
    public NotAdopted {
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(status, "status must not be null");
    }

    @Override
    public String message() {
      return "proposal '" + proposal + "' is " + word(status) + ", not adopted";
    }
  }

  /**
   * Some actions are carried by fewer actor kinds than the charter requires.
   *
   * @param kindsPerAction the number of carrier kinds of each such action
   * @param required the charter's minimum
   */
  record NotCoCarried(ImmutableMap<ActionId, Integer> kindsPerAction, int required)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param kindsPerAction the number of carrier kinds of each such action
     * @param required the charter's minimum
     */
    public NotCoCarried {
      kindsPerAction = ImmutableMap.copyOf(kindsPerAction);
    }

    @Override
    public String message() {
      return "actions must be carried by at least "
          + required
          + " kinds of actor; carrier kinds: "
          + kindsPerAction;
    }
  }

  /**
   * The actor has already rated this criterion.
   *
   * @param actor the actor
   * @param criterion the criterion
   */
  record AlreadyRated(ActorId actor, CriterionId criterion) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor the actor
     * @param criterion the criterion
     */
    public AlreadyRated {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(criterion, "criterion must not be null");
    }

    @Override
    public String message() {
      return "actor '" + actor + "' has already rated criterion '" + criterion + "'";
    }
  }

  /**
   * The process cannot close while proposals await the project owner's answer.
   *
   * @param proposals the unanswered proposals
   */
  record UnansweredProposals(ImmutableSet<ProposalId> proposals) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposals the unanswered proposals
     */
    public UnansweredProposals {
      proposals = ImmutableSet.copyOf(proposals);
    }

    @Override
    public String message() {
      return "proposals still await a reasoned answer: " + proposals;
    }
  }

  /**
   * The phase cannot be reopened from here.
   *
   * @param target the phase asked for
   * @param current the current phase
   */
  record NotReopenable(Phase target, Phase current) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param target the phase asked for
     * @param current the current phase
     */
    public NotReopenable {
      checkNotNull(target, "target must not be null");
      checkNotNull(current, "current must not be null");
    }

    @Override
    public String message() {
      return "phase "
          + word(target)
          + " cannot be reopened from phase "
          + word(current)
          + " under this charter";
    }
  }

  /**
   * The actor is not registered with the role the command needs (the first actor must register
   * itself as project owner; a self-registration is as a participant).
   *
   * @param actor the actor
   * @param reason what was expected
   */
  record InvalidRegistration(ActorId actor, String reason) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor the actor
     * @param reason what was expected
     */
    public InvalidRegistration {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(reason, "reason must not be null");
    }

    @Override
    public String message() {
      return "cannot register actor '" + actor + "': " + reason;
    }
  }

  /**
   * The current phase is the charter's last: close the process instead of advancing.
   *
   * @param phase the current phase
   */
  record LastPhase(Phase phase) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param phase the current phase
     */
    public LastPhase {
      checkNotNull(phase, "phase must not be null");
    }

    @Override
    public String message() {
      return "phase " + word(phase) + " is the last of the charter: close the process instead";
    }
  }

  /**
   * A process closes only from the charter's last phase.
   *
   * @param phase the current phase
   * @param last the charter's last phase
   */
  record NotLastPhase(Phase phase, Phase last) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param phase the current phase
     * @param last the charter's last phase
     */
    public NotLastPhase {
      checkNotNull(phase, "phase must not be null");
      checkNotNull(last, "last must not be null");
    }

    @Override
    public String message() {
      return "the process closes from phase " + word(last) + ", not from phase " + word(phase);
    }
  }

  /**
   * A proposal may only address validated stakes.
   *
   * @param stake the stake not validated yet
   */
  record StakeNotValidated(StakeId stake) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param stake the stake not validated yet
     */
    public StakeNotValidated {
      checkNotNull(stake, "stake must not be null");
    }

    @Override
    public String message() {
      return "stake '" + stake + "' is not validated";
    }
  }

  /**
   * The stake is validated already.
   *
   * @param stake the stake
   */
  record StakeAlreadyValidated(StakeId stake) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param stake the stake
     */
    public StakeAlreadyValidated {
      checkNotNull(stake, "stake must not be null");
    }

    @Override
    public String message() {
      return "stake '" + stake + "' is validated already";
    }
  }

  /**
   * The proposal is still open and a round may still decide it, and the charter leaves decisions to
   * the rounds: the project owner answers once the proposal is adopted, rejected, merged or
   * withdrawn, or once no round can decide it any more.
   *
   * @param proposal the open proposal
   */
  record NotDecidedYet(ProposalId proposal) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the open proposal
     */
    public NotDecidedYet {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "proposal '"
          + proposal
          + "' is still open and a round may still decide it: the project owner answers after the rounds";
    }
  }

  /**
   * The project owner declined the proposal: no objective can come from it.
   *
   * @param proposal the declined proposal
   */
  record DeclinedByOwner(ProposalId proposal) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the declined proposal
     */
    public DeclinedByOwner {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "proposal '"
          + proposal
          + "' was declined by the project owner: no objective can come from it";
    }
  }

  // consent: leaving a process

  /**
   * The actor left the process: she can no longer act in it, nor be named in a command as a
   * co-author.
   *
   * @param actor who left
   * @param left when she left
   */
  record HasLeft(ActorId actor, Instant left) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor who left
     * @param left when she left
     */
    public HasLeft {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(left, "left must not be null");
    }

    @Override
    public String message() {
      return "actor '" + actor + "' left the process at " + left + ": she can no longer act in it";
    }
  }

  /**
   * The project owner cannot leave its own process: it owes every proposal its answer and holds the
   * process until it closes or abandons it.
   *
   * @param actor the project owner
   */
  record OwnerCannotLeave(ActorId actor) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor the project owner
     */
    public OwnerCannotLeave {
      checkNotNull(actor, "actor must not be null");
    }

    @Override
    public String message() {
      return "actor '"
          + actor
          + "' is the project owner: it cannot leave the process it holds, but may close or"
          + " abandon it";
    }
  }

  // secret: positions and ballots kept apart from their voters

  /**
   * A secret round has no pseudonym key to name its voters by: it was opened without one, or its
   * key was erased from the store while it was open.
   *
   * @param round the round
   */
  record RoundKeyMissing(int round) implements Rejection {
    @Override
    public String message() {
      return "round "
          + round
          + " is secret and has no pseudonym key: it must be opened with one, and the key must stay"
          + " in the store until the round closes";
    }
  }

  // means: expected effects, and what carriers delivered

  /**
   * An expected effect's horizon lies before the day it is stated: an expectation looks ahead.
   *
   * @param horizon the horizon given
   * @param at when the command was issued
   */
  record HorizonPassed(LocalDate horizon, Instant at) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param horizon the horizon given
     * @param at when the command was issued
     */
    public HorizonPassed {
      checkNotNull(horizon, "horizon must not be null");
      checkNotNull(at, "at must not be null");
    }

    @Override
    public String message() {
      return "the horizon "
          + horizon
          + " is already past at "
          + at
          + ": an expected effect looks ahead";
    }
  }

  /**
   * Only the carrier who made a commitment records what it delivered against it.
   *
   * @param actor who issued the command
   * @param action the action
   * @param commitment the commitment's number within the action
   * @param carrier who made the commitment
   */
  record NotTheCarrier(ActorId actor, ActionId action, int commitment, ActorId carrier)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor who issued the command
     * @param action the action
     * @param commitment the commitment's number within the action
     * @param carrier who made the commitment
     */
    public NotTheCarrier {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(carrier, "carrier must not be null");
    }

    @Override
    public String message() {
      return "commitment "
          + commitment
          + " to action '"
          + action
          + "' was made by '"
          + carrier
          + "', not by '"
          + actor
          + "': only its carrier records what it delivered";
    }
  }

  /**
   * A delivery is counted in another kind than its commitment: hours never settle money.
   *
   * @param action the action
   * @param commitment the commitment's number within the action
   * @param committed the commitment's kind
   * @param delivered the kind the delivery gives
   */
  record WrongDeliveryKind(
      ActionId action, int commitment, ResourceKind committed, ResourceKind delivered)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param action the action
     * @param commitment the commitment's number within the action
     * @param committed the commitment's kind
     * @param delivered the kind the delivery gives
     */
    public WrongDeliveryKind {
      checkNotNull(action, "action must not be null");
      checkNotNull(committed, "committed must not be null");
      checkNotNull(delivered, "delivered must not be null");
    }

    @Override
    public String message() {
      return "commitment "
          + commitment
          + " to action '"
          + action
          + "' is counted in "
          + word(committed)
          + ", not in "
          + word(delivered);
    }
  }

  /**
   * A delivery must bring something: its quantity is greater than zero.
   *
   * @param quantity the quantity given
   */
  record DeliveryNotPositive(BigDecimal quantity) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param quantity the quantity given
     */
    public DeliveryNotPositive {
      checkNotNull(quantity, "quantity must not be null");
    }

    @Override
    public String message() {
      return "a delivery of " + quantity + " brings nothing: it must be greater than zero";
    }
  }

  // exante: criteria early and prospective assessment
  /**
   * A criterion is defined before the phase from which the charter lets criteria be defined.
   *
   * @param phase the current phase
   * @param from the phase from which criteria may be defined
   */
  record CriterionTooEarly(Phase phase, Phase from) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param phase the current phase
     * @param from the phase from which criteria may be defined
     */
    public CriterionTooEarly {
      checkNotNull(phase, "phase must not be null");
      checkNotNull(from, "from must not be null");
    }

    @Override
    public String message() {
      return "criteria may be defined from phase "
          + word(from)
          + " on, not in phase "
          + word(phase);
    }
  }

  /**
   * A grade of a criterion lies off its scale: the criterion's own scale when an action is graded
   * on it, the charter's weighing scale when the criterion itself is weighed.
   *
   * @param criterion the criterion
   * @param grade the grade given
   * @param lowest the scale's lowest grade
   * @param highest the scale's highest grade
   */
  record CriterionGradeOffScale(CriterionId criterion, int grade, int lowest, int highest)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param criterion the criterion
     * @param grade the grade given
     * @param lowest the scale's lowest grade
     * @param highest the scale's highest grade
     */
    public CriterionGradeOffScale {
      checkNotNull(criterion, "criterion must not be null");
    }

    @Override
    public String message() {
      return "grade "
          + grade
          + " on criterion '"
          + criterion
          + "' is off the scale "
          + lowest
          + ".."
          + highest;
    }
  }

  /**
   * A prospective assessment is open: it must close before a round opens, another assessment opens
   * or the phase changes.
   *
   * @param assessment the open assessment
   */
  record AssessmentOpen(int assessment) implements Rejection {
    @Override
    public String message() {
      return "assessment " + assessment + " is open";
    }
  }

  /** No prospective assessment is open. */
  record NoAssessmentOpen() implements Rejection {
    @Override
    public String message() {
      return "no assessment is open";
    }
  }

  /** A prospective assessment needs at least one criterion defined. */
  record NoCriterion() implements Rejection {
    @Override
    public String message() {
      return "no criterion is defined to assess proposals on";
    }
  }

  /**
   * The proposal is not on the agenda of the open assessment.
   *
   * @param proposal the proposal
   * @param assessment the assessment
   */
  record NotOnAssessment(ProposalId proposal, int assessment) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal
     * @param assessment the assessment
     */
    public NotOnAssessment {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "proposal '" + proposal + "' is not on the agenda of assessment " + assessment;
    }
  }

  /**
   * Grades on a criterion leave proposals of the assessment ungraded.
   *
   * @param criterion the criterion
   * @param missing the proposals left ungraded
   */
  record IncompleteAssessment(CriterionId criterion, ImmutableSet<ProposalId> missing)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param criterion the criterion
     * @param missing the proposals left ungraded
     */
    public IncompleteAssessment {
      checkNotNull(criterion, "criterion must not be null");
      missing = ImmutableSet.copyOf(checkNotNull(missing, "missing must not be null"));
    }

    @Override
    public String message() {
      return "grades on criterion '" + criterion + "' leave out " + missing;
    }
  }

  /**
   * The actor has already graded the proposals of this assessment on this criterion.
   *
   * @param actor the actor
   * @param criterion the criterion
   * @param assessment the assessment
   */
  record AlreadyAssessed(ActorId actor, CriterionId criterion, int assessment)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor the actor
     * @param criterion the criterion
     * @param assessment the assessment
     */
    public AlreadyAssessed {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(criterion, "criterion must not be null");
    }

    @Override
    public String message() {
      return "actor '"
          + actor
          + "' has already graded assessment "
          + assessment
          + " on criterion '"
          + criterion
          + "'";
    }
  }

  /**
   * A round has decided the proposal: a prospective assessment comes before the decision.
   *
   * @param proposal the proposal
   * @param status its status
   */
  record AlreadyDecided(ProposalId proposal, ProposalStatus status) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal
     * @param status its status
     */
    public AlreadyDecided {
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(status, "status must not be null");
    }

    @Override
    public String message() {
      return "proposal '"
          + proposal
          + "' is already decided ("
          + word(status)
          + "): an assessment comes before the decision";
    }
  }

  /**
   * The charter lets only assessed proposals go to a decision round, and this one has no majority
   * grade on every criterion of its last assessment.
   *
   * @param proposal the proposal
   */
  record NotAssessed(ProposalId proposal) implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal
     */
    public NotAssessed {
      checkNotNull(proposal, "proposal must not be null");
    }

    @Override
    public String message() {
      return "proposal '"
          + proposal
          + "' has not been assessed on every criterion, as the charter requires before a decision round";
    }
  }

  /**
   * The proposal's majority grade on a criterion of its last assessment is below the least grade
   * the charter requires to go to a decision round.
   *
   * @param proposal the proposal
   * @param criterion the criterion
   * @param grade its majority grade
   * @param gate the least grade required
   */
  record BelowAssessmentGate(ProposalId proposal, CriterionId criterion, int grade, int gate)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param proposal the proposal
     * @param criterion the criterion
     * @param grade its majority grade
     * @param gate the least grade required
     */
    public BelowAssessmentGate {
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(criterion, "criterion must not be null");
    }

    @Override
    public String message() {
      return "proposal '"
          + proposal
          + "' has majority grade "
          + grade
          + " on criterion '"
          + criterion
          + "', below the "
          + gate
          + " required to go to a decision round";
    }
  }

  /**
   * The actor has already graded this action on this criterion.
   *
   * @param actor the actor
   * @param action the action
   * @param criterion the criterion
   */
  record AlreadyRatedAction(ActorId actor, ActionId action, CriterionId criterion)
      implements Rejection {
    /**
     * Validates the rejection.
     *
     * @param actor the actor
     * @param action the action
     * @param criterion the criterion
     */
    public AlreadyRatedAction {
      checkNotNull(actor, "actor must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(criterion, "criterion must not be null");
    }

    @Override
    public String message() {
      return "actor '"
          + actor
          + "' has already graded action '"
          + action
          + "' on criterion '"
          + criterion
          + "'";
    }
  }

  /**
   * The refused command's type and its activity, for messages: {@code withdraw proposal (propose)}.
   */
  private static String named(Class<? extends Command> command, Activity activity) {
    return words(command) + " (" + word(activity) + ")";
  }

  /** A constant as a word: {@code TAKE_POSITION} reads {@code take position}. */
  private static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A command's type as words: {@code SubmitProposal} reads {@code submit proposal}. */
  private static String words(Class<? extends Command> command) {
    return command.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }
}
