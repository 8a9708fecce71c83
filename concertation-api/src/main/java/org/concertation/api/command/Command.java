package org.concertation.api.command;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Checks;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;

/**
 * A request to a process, issued by an actor at an instant. The family is closed; {@link
 * #accept(Visitor)} dispatches on it.
 */
public sealed interface Command {
  /**
   * Who issues the command.
   *
   * @return the actor
   */
  ActorId by();

  /**
   * When the command is issued: time comes with the command, never from a clock inside the machine.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Dispatches to the visitor's method for this command.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per command.
   *
   * @param <R> what the methods return
   */
  interface Visitor<R> {
    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(OpenProcess c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(RegisterActor c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(RegisterCollege c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(RecordPanelDraw c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(AdvancePhase c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(ReopenPhase c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(SetDeadline c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(Contribute c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(IdentifyStake c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(ValidateStake c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(SubmitProposal c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(AmendProposal c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(MergeProposals c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(WithdrawProposal c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(OpenRound c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(TakePosition c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(CastBallot c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(CloseRound c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(AnswerProposal c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(AdoptObjective c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(LaunchAction c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(Commit c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(DefineIndicator c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(ReportIndicator c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(DefineCriterion c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(Rate c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(Close c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(Abandon c);

    // consent: leaving a process

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(LeaveProcess c);

    // means: expected effects, and what carriers delivered

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(ExpectEffect c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(RecordDelivery c);

    // exante: criteria early and prospective assessment

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(WeighCriteria c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(OpenAssessment c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(AssessProposals c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(CloseAssessment c);

    /**
     * Visits one command.
     *
     * @param c the command
     * @return the result
     */
    R visit(RateAction c);
  }

  /**
   * Opens a process under a charter, with a title: the first command of a stream that describes
   * itself, so that the stream (or a log of it) alone rebuilds the process. It is accepted only on
   * a process that has no event yet and runs under that charter.
   *
   * @param by who opens it (the project owner, who registers itself next)
   * @param at when
   * @param charter the rules of the process
   * @param title the process's title, shown in reports
   */
  record OpenProcess(ActorId by, Instant at, Charter charter, String title) implements Command {
    /**
     * Validates the command.
     *
     * @param by who opens it
     * @param at when
     * @param charter the rules of the process
     * @param title the process's title
     */
    public OpenProcess {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(charter, "charter must not be null");
      Checks.text("title", title);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Registers an actor with a role and, optionally, a college. The first actor registers itself as
   * project owner; later, an actor may join as a participant (activity JOIN) or be registered by
   * someone granted REGISTER. Without a college, the actor joins the first college of its kind.
   *
   * @param by who registers
   * @param at when
   * @param actor the actor
   * @param role its role
   * @param college its college, if named
   */
  record RegisterActor(ActorId by, Instant at, Actor actor, Role role, Optional<CollegeId> college)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who registers
     * @param at when
     * @param actor the actor
     * @param role its role
     * @param college its college, if named
     */
    public RegisterActor {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(actor, "actor must not be null");
      checkNotNull(role, "role must not be null");
      checkNotNull(college, "college must not be null (use Optional.empty())");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Registers a college.
   *
   * @param by who registers it
   * @param at when
   * @param college the college
   */
  record RegisterCollege(ActorId by, Instant at, College college) implements Command {
    /**
     * Validates the command.
     *
     * @param by who registers it
     * @param at when
     * @param college the college
     */
    public RegisterCollege {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(college, "college must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Records that a college's members were drawn by lot from volunteers under quotas (see {@code
   * Event.PanelDrawn}); the members then join the college by {@link RegisterActor} commands.
   *
   * @param by who drew, granted REGISTER
   * @param at when
   * @param college the college drawn, registered
   * @param draw how the members were drawn
   */
  record RecordPanelDraw(ActorId by, Instant at, CollegeId college, PanelDrawRecord draw)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who drew
     * @param at when
     * @param college the college drawn
     * @param draw how the members were drawn
     */
    public RecordPanelDraw {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(college, "college must not be null");
      checkNotNull(draw, "draw must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Moves the process to the charter's next phase, when the current one is ready.
   *
   * @param by who moves it
   * @param at when
   */
  record AdvancePhase(ActorId by, Instant at) implements Command {
    /**
     * Validates the command.
     *
     * @param by who moves it
     * @param at when
     */
    public AdvancePhase {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Goes back to an earlier phase that the charter lets reopen ("make the path by walking").
   *
   * @param by who reopens
   * @param at when
   * @param phase the phase to return to
   * @param reason why
   */
  record ReopenPhase(ActorId by, Instant at, Phase phase, PersonalText reason) implements Command {
    /**
     * Validates the command.
     *
     * @param by who reopens
     * @param at when
     * @param phase the phase to return to
     * @param reason why
     */
    public ReopenPhase {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(phase, "phase must not be null");
      Checks.personal("reason", reason);
    }

    /**
     * The command with its reason given as a present text.
     *
     * @param by who reopens
     * @param at when
     * @param phase the phase to return to
     * @param reason why
     */
    public ReopenPhase(ActorId by, Instant at, Phase phase, String reason) {
      this(by, at, phase, PersonalText.of(reason));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Sets or moves a deadline, with a reason that is recorded: the deadline of a phase of the
   * charter, or of the open round. A governance act, not bound by any deadline, so that time cannot
   * strand a process: the owner can always give the process the time it needs, publicly and with a
   * reason. The new deadline must come after the command.
   *
   * @param by who sets it
   * @param at when
   * @param target the phase or round whose deadline is set
   * @param deadline the new deadline
   * @param reason why
   */
  record SetDeadline(
      ActorId by, Instant at, DeadlineTarget target, Instant deadline, PersonalText reason)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who sets it
     * @param at when
     * @param target the phase or round whose deadline is set
     * @param deadline the new deadline
     * @param reason why
     */
    public SetDeadline {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(target, "target must not be null");
      checkNotNull(deadline, "deadline must not be null");
      Checks.personal("reason", reason);
    }

    /**
     * The command with its reason given as a present text.
     *
     * @param by who sets it
     * @param at when
     * @param target the phase or round whose deadline is set
     * @param deadline the new deadline
     * @param reason why
     */
    public SetDeadline(
        ActorId by, Instant at, DeadlineTarget target, Instant deadline, String reason) {
      this(by, at, target, deadline, PersonalText.of(reason));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Contributes an observation or a need to the diagnosis.
   *
   * @param by the contributor
   * @param at when
   * @param text the contribution
   * @param stakes the identified stakes it relates to
   */
  record Contribute(ActorId by, Instant at, PersonalText text, ImmutableSet<StakeId> stakes)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by the contributor
     * @param at when
     * @param text the contribution
     * @param stakes the identified stakes it relates to
     */
    public Contribute {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      Checks.personal("contribution", text);
      stakes = ImmutableSet.copyOf(checkNotNull(stakes, "stakes must not be null"));
    }

    /**
     * The command with its text given as a present text.
     *
     * @param by the contributor
     * @param at when
     * @param text the contribution
     * @param stakes the identified stakes it relates to
     */
    public Contribute(ActorId by, Instant at, String text, ImmutableSet<StakeId> stakes) {
      this(by, at, PersonalText.of(text), stakes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Identifies a stake of the territory, from the diagnosis.
   *
   * @param by who identifies it
   * @param at when
   * @param stake its identity
   * @param title what it is
   */
  record IdentifyStake(ActorId by, Instant at, StakeId stake, String title) implements Command {
    /**
     * Validates the command.
     *
     * @param by who identifies it
     * @param at when
     * @param stake its identity
     * @param title what it is
     */
    public IdentifyStake {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(stake, "stake must not be null");
      Checks.text("stake title", title);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Validates an identified stake: proposals may then address it.
   *
   * @param by who validates
   * @param at when
   * @param stake the stake
   */
  record ValidateStake(ActorId by, Instant at, StakeId stake) implements Command {
    /**
     * Validates the command.
     *
     * @param by who validates
     * @param at when
     * @param stake the stake
     */
    public ValidateStake {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(stake, "stake must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Submits a proposal, authored by the issuer and its co-authors.
   *
   * @param by the first author
   * @param at when
   * @param proposal its identity
   * @param content what it says
   * @param coAuthors other registered authors
   */
  record SubmitProposal(
      ActorId by,
      Instant at,
      ProposalId proposal,
      ProposalContent content,
      ImmutableSet<ActorId> coAuthors)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by the first author
     * @param at when
     * @param proposal its identity
     * @param content what it says
     * @param coAuthors other registered authors
     */
    public SubmitProposal {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(content, "content must not be null");
      coAuthors = ImmutableSet.copyOf(checkNotNull(coAuthors, "co-authors must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Amends a proposal: its new version replaces the current one.
   *
   * @param by who amends
   * @param at when
   * @param proposal the proposal
   * @param content the new version
   * @param rationale why
   */
  record AmendProposal(
      ActorId by, Instant at, ProposalId proposal, ProposalContent content, PersonalText rationale)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who amends
     * @param at when
     * @param proposal the proposal
     * @param content the new version
     * @param rationale why
     */
    public AmendProposal {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(content, "content must not be null");
      Checks.personal("rationale", rationale);
    }

    /**
     * The command with its rationale given as a present text.
     *
     * @param by who amends
     * @param at when
     * @param proposal the proposal
     * @param content the new version
     * @param rationale why
     */
    public AmendProposal(
        ActorId by, Instant at, ProposalId proposal, ProposalContent content, String rationale) {
      this(by, at, proposal, content, PersonalText.of(rationale));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Merges open proposals into a new one whose authors are all of theirs.
   *
   * @param by who merges
   * @param at when
   * @param result the new proposal's identity
   * @param sources the proposals merged, at least two
   * @param content what the merged proposal says
   */
  record MergeProposals(
      ActorId by,
      Instant at,
      ProposalId result,
      ImmutableList<ProposalId> sources,
      ProposalContent content)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who merges
     * @param at when
     * @param result the new proposal's identity
     * @param sources the proposals merged, at least two
     * @param content what the merged proposal says
     */
    public MergeProposals {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(result, "result must not be null");
      sources = ImmutableList.copyOf(checkNotNull(sources, "sources must not be null"));
      checkNotNull(content, "content must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Withdraws a proposal; only an author may.
   *
   * @param by the author
   * @param at when
   * @param proposal the proposal
   * @param reason why
   */
  record WithdrawProposal(ActorId by, Instant at, ProposalId proposal, PersonalText reason)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by the author
     * @param at when
     * @param proposal the proposal
     * @param reason why
     */
    public WithdrawProposal {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(proposal, "proposal must not be null");
      Checks.personal("reason", reason);
    }

    /**
     * The command with its reason given as a present text.
     *
     * @param by the author
     * @param at when
     * @param proposal the proposal
     * @param reason why
     */
    public WithdrawProposal(ActorId by, Instant at, ProposalId proposal, String reason) {
      this(by, at, proposal, PersonalText.of(reason));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Opens a negotiation round on an agenda of open proposals. A secret round (the charter's {@link
   * Charter#secretRounds()}) needs its pseudonym key: a random value drawn by the host ({@code
   * core.personal.RoundKeys#draw}; a {@code ProcessService} draws it itself when the command has
   * none), which the round's opening keeps as a personal value, erased when the round closes.
   *
   * @param by the facilitator
   * @param at when
   * @param agenda the proposals to decide, in order
   * @param key the pseudonym key of a secret round; empty for a public round
   */
  record OpenRound(
      ActorId by, Instant at, ImmutableList<ProposalId> agenda, Optional<PersonalText> key)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by the facilitator
     * @param at when
     * @param agenda the proposals to decide, in order
     * @param key the pseudonym key of a secret round
     */
    public OpenRound {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      agenda = ImmutableList.copyOf(checkNotNull(agenda, "agenda must not be null"));
      checkArgument(
          ImmutableSet.copyOf(agenda).size() == agenda.size(),
          "Invalid agenda %s: a proposal appears twice",
          agenda);
      checkNotNull(key, "key must not be null (use Optional.empty())");
    }

    /**
     * Opens a round without a key: a public round.
     *
     * @param by the facilitator
     * @param at when
     * @param agenda the proposals to decide, in order
     */
    public OpenRound(ActorId by, Instant at, ImmutableList<ProposalId> agenda) {
      this(by, at, agenda, Optional.empty());
    }

    /**
     * The same command with a pseudonym key.
     *
     * @param newKey the key
     * @return the copy
     */
    public OpenRound withKey(PersonalText newKey) {
      return new OpenRound(
          by, at, agenda, Optional.of(checkNotNull(newKey, "key must not be null")));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Takes a position on a proposal of the open round. A reasoned objection needs its reason.
   *
   * @param by the actor
   * @param at when
   * @param proposal the proposal
   * @param stance the stance
   * @param reason why; required for {@link Stance#OBJECT}
   */
  record TakePosition(
      ActorId by, Instant at, ProposalId proposal, Stance stance, Optional<PersonalText> reason)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by the actor
     * @param at when
     * @param proposal the proposal
     * @param stance the stance
     * @param reason why; required for {@link Stance#OBJECT}
     */
    public TakePosition {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(proposal, "proposal must not be null");
      new Position(by, stance, reason);
    }

    /**
     * The position this command takes.
     *
     * @return the position
     */
    public Position position() {
      return new Position(by, stance, reason);
    }

    /**
     * The command with its reason, if any, given as a present text.
     *
     * @param by the actor
     * @param at when
     * @param proposal the proposal
     * @param stance the stance
     * @param reason why; required for {@link Stance#OBJECT}
     * @return the command
     */
    public static TakePosition of(
        ActorId by, Instant at, ProposalId proposal, Stance stance, Optional<String> reason) {
      return new TakePosition(
          by, at, proposal, stance, checkNotNull(reason, "reason").map(PersonalText::of));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Casts a ballot in the open ballot round: a ranking, approvals or grades, as the round's rule
   * counts. Each voter casts one ballot per round; where the charter lets a later ballot replace
   * the earlier one, the last ballot cast before the round closes counts.
   *
   * @param by the voter
   * @param at when
   * @param ballot the ballot
   */
  record CastBallot(ActorId by, Instant at, Ballot ballot) implements Command {
    /**
     * Validates the command.
     *
     * @param by the voter
     * @param at when
     * @param ballot the ballot
     */
    public CastBallot {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(ballot, "ballot must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Closes the open round: its rule decides every proposal on the agenda.
   *
   * @param by the facilitator
   * @param at when
   */
  record CloseRound(ActorId by, Instant at) implements Command {
    /**
     * Validates the command.
     *
     * @param by the facilitator
     * @param at when
     */
    public CloseRound {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * The project owner's reasoned answer to a proposal.
   *
   * @param by the project owner
   * @param at when
   * @param proposal the proposal
   * @param answer the answer
   * @param reasoning why, not blank
   */
  record AnswerProposal(
      ActorId by, Instant at, ProposalId proposal, AnswerKind answer, PersonalText reasoning)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by the project owner
     * @param at when
     * @param proposal the proposal
     * @param answer the answer
     * @param reasoning why, not blank
     */
    public AnswerProposal {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(answer, "answer must not be null");
      Checks.personal("reasoning", reasoning);
    }

    /**
     * The command with its reasoning given as a present text.
     *
     * @param by the project owner
     * @param at when
     * @param proposal the proposal
     * @param answer the answer
     * @param reasoning why, not blank
     */
    public AnswerProposal(
        ActorId by, Instant at, ProposalId proposal, AnswerKind answer, String reasoning) {
      this(by, at, proposal, answer, PersonalText.of(reasoning));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Adopts an objective drawn from adopted proposals.
   *
   * @param by who adopts it
   * @param at when
   * @param objective its identity
   * @param title what it aims at
   * @param from the adopted proposals it comes from, at least one
   */
  record AdoptObjective(
      ActorId by, Instant at, ObjectiveId objective, String title, ImmutableSet<ProposalId> from)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who adopts it
     * @param at when
     * @param objective its identity
     * @param title what it aims at
     * @param from the adopted proposals it comes from, at least one
     */
    public AdoptObjective {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(objective, "objective must not be null");
      Checks.text("objective title", title);
      from = ImmutableSet.copyOf(checkNotNull(from, "from must not be null"));
      checkArgument(
          !from.isEmpty(), "Invalid objective '%s': it must come from a proposal", objective);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Launches an action serving an objective.
   *
   * @param by who launches it
   * @param at when
   * @param action its identity
   * @param objective the objective it serves
   * @param title what it does
   */
  record LaunchAction(ActorId by, Instant at, ActionId action, ObjectiveId objective, String title)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who launches it
     * @param at when
     * @param action its identity
     * @param objective the objective it serves
     * @param title what it does
     */
    public LaunchAction {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(objective, "objective must not be null");
      Checks.text("action title", title);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Commits the issuer's means to an action: it becomes one of its carriers.
   *
   * @param by the carrier
   * @param at when
   * @param action the action
   * @param resource what it brings
   */
  record Commit(ActorId by, Instant at, ActionId action, Resource resource) implements Command {
    /**
     * Validates the command.
     *
     * @param by the carrier
     * @param at when
     * @param action the action
     * @param resource what it brings
     */
    public Commit {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(resource, "resource must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Defines an indicator of an action with its expected value.
   *
   * @param by who defines it
   * @param at when
   * @param indicator its identity
   * @param action the action it measures
   * @param name what it measures
   * @param unit its unit ("people", "hours", "%")
   * @param expected the expected value
   */
  record DefineIndicator(
      ActorId by,
      Instant at,
      IndicatorId indicator,
      ActionId action,
      String name,
      String unit,
      BigDecimal expected)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who defines it
     * @param at when
     * @param indicator its identity
     * @param action the action it measures
     * @param name what it measures
     * @param unit its unit ("people", "hours", "%")
     * @param expected the expected value
     */
    public DefineIndicator {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(indicator, "indicator must not be null");
      checkNotNull(action, "action must not be null");
      Checks.text("indicator name", name);
      Checks.text("indicator unit", unit);
      checkNotNull(expected, "expected must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Reports the observed value of an indicator; a later report replaces an earlier one.
   *
   * @param by who reports
   * @param at when
   * @param indicator the indicator
   * @param observed the observed value
   */
  record ReportIndicator(ActorId by, Instant at, IndicatorId indicator, BigDecimal observed)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who reports
     * @param at when
     * @param indicator the indicator
     * @param observed the observed value
     */
    public ReportIndicator {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(indicator, "indicator must not be null");
      checkNotNull(observed, "observed must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Defines an evaluation criterion, with the grade scale on which proposals are assessed against
   * it before the decision and actions graded after.
   *
   * @param by who defines it
   * @param at when
   * @param criterion its identity
   * @param title what it judges
   * @param scale its grades; empty for {@link GradeScale#rating()}
   */
  record DefineCriterion(
      ActorId by, Instant at, CriterionId criterion, String title, Optional<GradeScale> scale)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who defines it
     * @param at when
     * @param criterion its identity
     * @param title what it judges
     * @param scale its grades; empty for {@link GradeScale#rating()}
     */
    public DefineCriterion {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(criterion, "criterion must not be null");
      Checks.text("criterion title", title);
      checkNotNull(scale, "scale must not be null (use Optional.empty())");
    }

    /**
     * A criterion graded on the rating scale.
     *
     * @param by who defines it
     * @param at when
     * @param criterion its identity
     * @param title what it judges
     */
    public DefineCriterion(ActorId by, Instant at, CriterionId criterion, String title) {
      this(by, at, criterion, title, Optional.empty());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Rates the process against a criterion, once per actor and criterion.
   *
   * @param by the actor
   * @param at when
   * @param criterion the criterion
   * @param score from 1 to 5
   * @param comment what the actor adds, if anything
   */
  record Rate(
      ActorId by, Instant at, CriterionId criterion, int score, Optional<PersonalText> comment)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by the actor
     * @param at when
     * @param criterion the criterion
     * @param score from 1 to 5
     * @param comment what the actor adds, if anything
     */
    public Rate {
      checkNotNull(at, "at must not be null");
      new Rating(by, criterion, score, comment);
    }

    /**
     * The rating this command gives.
     *
     * @return the rating
     */
    public Rating rating() {
      return new Rating(by, criterion, score, comment);
    }

    /**
     * The command with its comment, if any, given as a present text.
     *
     * @param by the actor
     * @param at when
     * @param criterion the criterion
     * @param score from 1 to 5
     * @param comment what the actor adds, if anything
     * @return the command
     */
    public static Rate of(
        ActorId by, Instant at, CriterionId criterion, int score, Optional<String> comment) {
      return new Rate(
          by, at, criterion, score, checkNotNull(comment, "comment").map(PersonalText::of));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Closes the process after its last phase; every proposal must have its answer where the charter
   * owes one.
   *
   * @param by the project owner
   * @param at when
   * @param summary the closing statement
   */
  record Close(ActorId by, Instant at, PersonalText summary) implements Command {
    /**
     * Validates the command.
     *
     * @param by the project owner
     * @param at when
     * @param summary the closing statement
     */
    public Close {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      Checks.personal("summary", summary);
    }

    /**
     * The command with its summary given as a present text.
     *
     * @param by the project owner
     * @param at when
     * @param summary the closing statement
     */
    public Close(ActorId by, Instant at, String summary) {
      this(by, at, PersonalText.of(summary));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Abandons the process.
   *
   * @param by the project owner
   * @param at when
   * @param reason why
   */
  record Abandon(ActorId by, Instant at, PersonalText reason) implements Command {
    /**
     * Validates the command.
     *
     * @param by the project owner
     * @param at when
     * @param reason why
     */
    public Abandon {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      Checks.personal("reason", reason);
    }

    /**
     * The command with its reason given as a present text.
     *
     * @param by the project owner
     * @param at when
     * @param reason why
     */
    public Abandon(ActorId by, Instant at, String reason) {
      this(by, at, PersonalText.of(reason));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  // consent: leaving a process

  /**
   * Leaves the process: a right of every registered actor but the project owner, in any phase and
   * at any time before the process ends, needing no grant of the charter. Leaving is final: every
   * later command by the actor is refused ({@code Rejection.HasLeft}), and no one may register her
   * identity again or name her as a co-author. What she said stays, shown as she consented at
   * registration; rounds closed after she left count her no more among those who may take a
   * position, unless she took one in that round before leaving (a position taken stands).
   *
   * @param by the actor who leaves
   * @param at when
   */
  record LeaveProcess(ActorId by, Instant at) implements Command {
    /**
     * Validates the command.
     *
     * @param by the actor who leaves
     * @param at when
     */
    public LeaveProcess {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  // means: expected effects, and what carriers delivered

  /**
   * States an effect expected of a proposal or an objective: an indicator with the value expected
   * by a horizon date. Observed values are reported with {@link ReportIndicator}, as for the
   * indicators of an action, and the evaluation compares the two.
   *
   * @param by who states it
   * @param at when
   * @param indicator its identity, unique among all the indicators of the process
   * @param target the proposal or objective whose effect it is
   * @param name what it measures
   * @param unit its unit ("people", "%")
   * @param expected the expected value
   * @param horizon the date by which the value is expected
   */
  record ExpectEffect(
      ActorId by,
      Instant at,
      IndicatorId indicator,
      EffectTarget target,
      String name,
      String unit,
      BigDecimal expected,
      LocalDate horizon)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who states it
     * @param at when
     * @param indicator its identity, unique among all the indicators of the process
     * @param target the proposal or objective whose effect it is
     * @param name what it measures
     * @param unit its unit ("people", "%")
     * @param expected the expected value
     * @param horizon the date by which the value is expected
     */
    public ExpectEffect {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(indicator, "indicator must not be null");
      checkNotNull(target, "target must not be null");
      Checks.text("indicator name", name);
      Checks.text("indicator unit", unit);
      checkNotNull(expected, "expected must not be null");
      checkNotNull(horizon, "horizon must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Records what a carrier actually delivered against one of its commitments: money spent, hours
   * given, a competence provided, material lent. A commitment may be delivered in several records;
   * what is delivered is their sum, and delivering more than committed is allowed (and shown).
   *
   * @param by the carrier, who made the commitment
   * @param at when
   * @param action the action committed to
   * @param commitment the commitment's number within the action, from 1, in the order made
   * @param kind what the quantity counts: the commitment's own kind
   * @param quantity how much was delivered, in the commitment's unit (the charter's currency for
   *     money, hours for hours, people or days for a competence, units for material)
   * @param note what the carrier adds, if anything
   */
  record RecordDelivery(
      ActorId by,
      Instant at,
      ActionId action,
      int commitment,
      ResourceKind kind,
      BigDecimal quantity,
      Optional<PersonalText> note)
      implements Command {
    /**
     * Validates the command; a quantity that is not positive is refused by the process, not here.
     *
     * @param by the carrier, who made the commitment
     * @param at when
     * @param action the action committed to
     * @param commitment the commitment's number within the action, from 1
     * @param kind what the quantity counts
     * @param quantity how much was delivered
     * @param note what the carrier adds, if anything
     */
    public RecordDelivery {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(action, "action must not be null");
      checkArgument(
          commitment >= 1, "Invalid commitment number %s: must be at least 1", commitment);
      checkNotNull(kind, "kind must not be null");
      checkNotNull(quantity, "quantity must not be null");
      checkNotNull(note, "note must not be null");
      note.ifPresent(n -> Checks.personal("note", n));
    }

    /**
     * The command with its note, if any, given as a present text.
     *
     * @param by the carrier
     * @param at when
     * @param action the action committed to
     * @param commitment the commitment's number within the action, from 1
     * @param kind what the quantity counts
     * @param quantity how much was delivered
     * @param note what the carrier adds, if anything
     * @return the command
     */
    public static RecordDelivery of(
        ActorId by,
        Instant at,
        ActionId action,
        int commitment,
        ResourceKind kind,
        BigDecimal quantity,
        Optional<String> note) {
      return new RecordDelivery(
          by,
          at,
          action,
          commitment,
          kind,
          quantity,
          checkNotNull(note, "note").map(PersonalText::of));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  // exante: criteria early and prospective assessment

  /**
   * Weighs the criteria by a graded vote on the criteria themselves: the issuer grades some or all
   * of the criteria defined so far on the charter's {@linkplain Charter#weighingScale() weighing
   * scale}; a later vote of the same actor replaces the earlier one, and the weight of a criterion
   * is the majority grade of the votes.
   *
   * @param by who weighs
   * @param at when
   * @param grades the grade of each criterion weighed, at least one
   */
  record WeighCriteria(ActorId by, Instant at, ImmutableMap<CriterionId, Integer> grades)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who weighs
     * @param at when
     * @param grades the grade of each criterion weighed, at least one
     */
    public WeighCriteria {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      grades = ImmutableMap.copyOf(checkNotNull(grades, "grades must not be null"));
      checkArgument(!grades.isEmpty(), "Invalid weighing by '%s': it grades no criterion", by);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Opens a prospective assessment: before any decision, those granted {@link
   * org.concertation.api.charter.Activity#ASSESS} grade each proposal of the agenda on each
   * criterion defined so far, each on its own scale.
   *
   * @param by who opens it
   * @param at when
   * @param agenda the proposals to assess, in order
   */
  record OpenAssessment(ActorId by, Instant at, ImmutableList<ProposalId> agenda)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who opens it
     * @param at when
     * @param agenda the proposals to assess, in order
     */
    public OpenAssessment {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      agenda = ImmutableList.copyOf(checkNotNull(agenda, "agenda must not be null"));
      checkArgument(
          ImmutableSet.copyOf(agenda).size() == agenda.size(),
          "Invalid agenda %s: a proposal appears twice",
          agenda);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Grades every proposal of the open assessment on one criterion: a graded ballot on the
   * criterion's scale, once per actor and criterion in an assessment.
   *
   * @param by who grades
   * @param at when
   * @param criterion the criterion
   * @param grades the grade of each proposal of the agenda
   */
  record AssessProposals(ActorId by, Instant at, CriterionId criterion, Ballot.Grades grades)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who grades
     * @param at when
     * @param criterion the criterion
     * @param grades the grade of each proposal of the agenda
     */
    public AssessProposals {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(criterion, "criterion must not be null");
      checkNotNull(grades, "grades must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Closes the open assessment: its outcome per proposal and criterion (majority grade,
   * distribution, majority grade per college) is kept, and a charter with an {@linkplain
   * Charter#assessmentGate() assessment gate} reads it when a round opens.
   *
   * @param by who closes it
   * @param at when
   */
  record CloseAssessment(ActorId by, Instant at) implements Command {
    /**
     * Validates the command.
     *
     * @param by who closes it
     * @param at when
     */
    public CloseAssessment {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Grades an action after the fact on a criterion, on the criterion's scale: the ex-post grade
   * that the evaluation sets against the ex-ante grades of the proposals the action came of. Once
   * per actor, action and criterion.
   *
   * @param by who grades
   * @param at when
   * @param action the action
   * @param criterion the criterion
   * @param grade the grade, on the criterion's scale
   */
  record RateAction(ActorId by, Instant at, ActionId action, CriterionId criterion, int grade)
      implements Command {
    /**
     * Validates the command.
     *
     * @param by who grades
     * @param at when
     * @param action the action
     * @param criterion the criterion
     * @param grade the grade, on the criterion's scale
     */
    public RateAction {
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(criterion, "criterion must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }
}
