package org.concertation.api.event;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Amendment;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.Contribution;
import org.concertation.api.domain.Criterion;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.Merge;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;

/**
 * Something that happened in a process, at an instant. Events are facts: the state machine emits
 * them, a host stores them, and the fold of a process's events rebuilds its state. The family is
 * closed; {@link #accept(Visitor)} dispatches on it.
 */
public sealed interface Event {
  /**
   * When it happened: the instant of the command that caused it.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Dispatches to the visitor's method for this event.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per event.
   *
   * @param <R> what the methods return
   */
  interface Visitor<R> {
    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProcessOpened e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ActorRegistered e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(CollegeRegistered e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(PanelDrawn e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(PhaseAdvanced e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(PhaseReopened e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(DeadlineSet e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ContributionMade e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(StakeIdentified e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(StakeValidated e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProposalSubmitted e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProposalAmended e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProposalsMerged e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProposalWithdrawn e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(RoundOpened e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(PositionTaken e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(BallotCast e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(RoundClosed e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProposalAnswered e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ObjectiveAdopted e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ActionLaunched e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(CommitmentMade e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(IndicatorDefined e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(IndicatorReported e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(CriterionDefined e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(RatingGiven e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProcessClosed e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProcessAbandoned e);

    // consent: leaving a process

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ActorLeft e);

    // secret: positions and ballots kept apart from their voters

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(SecretPositionTaken e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(SecretBallotCast e);

    // means: expected effects, and what carriers delivered

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(EffectExpected e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(DeliveryRecorded e);

    // exante: criteria early and prospective assessment

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(CriteriaWeighed e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(AssessmentOpened e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ProposalsAssessed e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(AssessmentClosed e);

    /**
     * Visits one event.
     *
     * @param e the event
     * @return the result
     */
    R visit(ActionRated e);
  }

  /**
   * A process was opened under a charter, with a title: the first event of a stream that describes
   * itself.
   *
   * @param at when
   * @param by who opened it
   * @param charter the rules of the process
   * @param title the process's title
   */
  record ProcessOpened(Instant at, ActorId by, Charter charter, String title) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who opened it
     * @param charter the rules of the process
     * @param title the process's title
     */
    public ProcessOpened {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(charter, "charter must not be null");
      checkNotNull(title, "title must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An actor was registered with a role and, possibly, a college.
   *
   * @param at when
   * @param by who registered it
   * @param actor the actor
   * @param role its role
   * @param college its college, if any
   */
  record ActorRegistered(
      Instant at, ActorId by, Actor actor, Role role, Optional<CollegeId> college)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who registered it
     * @param actor the actor
     * @param role its role
     * @param college its college, if any
     */
    public ActorRegistered {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(actor, "actor must not be null");
      checkNotNull(role, "role must not be null");
      checkNotNull(college, "college must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A college was registered.
   *
   * @param at when
   * @param by who registered it
   * @param college the college
   */
  record CollegeRegistered(Instant at, ActorId by, College college) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who registered it
     * @param college the college
     */
    public CollegeRegistered {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(college, "college must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A college's members were drawn by lot from volunteers under quotas: the record from which
   * anyone holding the pool and the distribution can redo the draw (the members themselves then
   * join the college by {@link ActorRegistered} events).
   *
   * @param at when
   * @param by who drew
   * @param college the college drawn
   * @param draw how the members were drawn
   */
  record PanelDrawn(Instant at, ActorId by, CollegeId college, PanelDrawRecord draw)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who drew
     * @param college the college drawn
     * @param draw how the members were drawn
     */
    public PanelDrawn {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(college, "college must not be null");
      checkNotNull(draw, "draw must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * The process moved on to its next phase.
   *
   * @param at when
   * @param by who moved it
   * @param from the phase left
   * @param to the phase entered
   */
  record PhaseAdvanced(Instant at, ActorId by, Phase from, Phase to) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who moved it
     * @param from the phase left
     * @param to the phase entered
     */
    public PhaseAdvanced {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(from, "from must not be null");
      checkNotNull(to, "to must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * The process went back to an earlier phase.
   *
   * @param at when
   * @param by who reopened it
   * @param from the phase left
   * @param to the phase reopened
   * @param reason why
   */
  record PhaseReopened(Instant at, ActorId by, Phase from, Phase to, PersonalText reason)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who reopened it
     * @param from the phase left
     * @param to the phase reopened
     * @param reason why
     */
    public PhaseReopened {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(from, "from must not be null");
      checkNotNull(to, "to must not be null");
      checkNotNull(reason, "reason must not be null");
    }

    /**
     * The event with its reason given as a present text.
     *
     * @param at when
     * @param by who reopened it
     * @param from the phase left
     * @param to the phase reopened
     * @param reason why
     */
    public PhaseReopened(Instant at, ActorId by, Phase from, Phase to, String reason) {
      this(at, by, from, to, PersonalText.of(reason));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A deadline was set or moved, with its reason.
   *
   * @param at when
   * @param by who set it
   * @param target the phase or round whose deadline it is
   * @param previous the deadline it replaces, if there was one
   * @param deadline the new deadline
   * @param reason why
   */
  record DeadlineSet(
      Instant at,
      ActorId by,
      DeadlineTarget target,
      Optional<Instant> previous,
      Instant deadline,
      PersonalText reason)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who set it
     * @param target the phase or round whose deadline it is
     * @param previous the deadline it replaces, if there was one
     * @param deadline the new deadline
     * @param reason why
     */
    public DeadlineSet {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(target, "target must not be null");
      checkNotNull(previous, "previous must not be null (use Optional.empty())");
      checkNotNull(deadline, "deadline must not be null");
      checkNotNull(reason, "reason must not be null");
    }

    /**
     * The event with its reason given as a present text.
     *
     * @param at when
     * @param by who set it
     * @param target the phase or round whose deadline it is
     * @param previous the deadline it replaces, if there was one
     * @param deadline the new deadline
     * @param reason why
     */
    public DeadlineSet(
        Instant at,
        ActorId by,
        DeadlineTarget target,
        Optional<Instant> previous,
        Instant deadline,
        String reason) {
      this(at, by, target, previous, deadline, PersonalText.of(reason));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A contribution was made to the diagnosis.
   *
   * @param at when
   * @param by the contributor
   * @param text the contribution
   * @param stakes the stakes it relates to
   */
  record ContributionMade(Instant at, ActorId by, PersonalText text, ImmutableSet<StakeId> stakes)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the contributor
     * @param text the contribution
     * @param stakes the stakes it relates to
     */
    public ContributionMade {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(text, "text must not be null");
      stakes = ImmutableSet.copyOf(checkNotNull(stakes, "stakes must not be null"));
    }

    /**
     * The event with its text given as a present text.
     *
     * @param at when
     * @param by the contributor
     * @param text the contribution
     * @param stakes the stakes it relates to
     */
    public ContributionMade(Instant at, ActorId by, String text, ImmutableSet<StakeId> stakes) {
      this(at, by, PersonalText.of(text), stakes);
    }

    /**
     * The contribution made.
     *
     * @return the contribution
     */
    public Contribution contribution() {
      return new Contribution(by, text, stakes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A stake was identified.
   *
   * @param at when
   * @param by who identified it
   * @param stake its identity
   * @param title what it is
   */
  record StakeIdentified(Instant at, ActorId by, StakeId stake, String title) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who identified it
     * @param stake its identity
     * @param title what it is
     */
    public StakeIdentified {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(stake, "stake must not be null");
      checkNotNull(title, "title must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A stake was validated.
   *
   * @param at when
   * @param by who validated it
   * @param stake the stake
   */
  record StakeValidated(Instant at, ActorId by, StakeId stake) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who validated it
     * @param stake the stake
     */
    public StakeValidated {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(stake, "stake must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A proposal was submitted; this is its version 1.
   *
   * @param at when
   * @param proposal its identity
   * @param authors its authors, the submitter first
   * @param content what it says
   */
  record ProposalSubmitted(
      Instant at, ProposalId proposal, ImmutableSet<ActorId> authors, ProposalContent content)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param proposal its identity
     * @param authors its authors, the submitter first
     * @param content what it says
     */
    public ProposalSubmitted {
      checkNotNull(at, "at must not be null");
      checkNotNull(proposal, "proposal must not be null");
      authors = ImmutableSet.copyOf(checkNotNull(authors, "authors must not be null"));
      checkNotNull(content, "content must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A proposal was amended: a new version replaces the current one.
   *
   * @param at when
   * @param by who amended it
   * @param proposal the proposal
   * @param version the new version's number, from 2
   * @param content the new version
   * @param rationale why
   */
  record ProposalAmended(
      Instant at,
      ActorId by,
      ProposalId proposal,
      int version,
      ProposalContent content,
      PersonalText rationale)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who amended it
     * @param proposal the proposal
     * @param version the new version's number, from 2
     * @param content the new version
     * @param rationale why
     */
    public ProposalAmended {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(proposal, "proposal must not be null");
      checkArgument(version >= 1, "Invalid version '%s': must be at least 1", version);
      checkNotNull(content, "content must not be null");
      checkNotNull(rationale, "rationale must not be null");
    }

    /**
     * The event with its rationale given as a present text.
     *
     * @param at when
     * @param by who amended it
     * @param proposal the proposal
     * @param version the new version's number, from 2
     * @param content the new version
     * @param rationale why
     */
    public ProposalAmended(
        Instant at,
        ActorId by,
        ProposalId proposal,
        int version,
        ProposalContent content,
        String rationale) {
      this(at, by, proposal, version, content, PersonalText.of(rationale));
    }

    /**
     * The amendment made.
     *
     * @return the amendment
     */
    public Amendment amendment() {
      return new Amendment(version, by, rationale);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Proposals were merged into a new one, whose authors are all of theirs.
   *
   * @param at when
   * @param by who merged them
   * @param result the new proposal
   * @param sources the proposals merged
   * @param authors the new proposal's authors
   * @param content what it says
   */
  record ProposalsMerged(
      Instant at,
      ActorId by,
      ProposalId result,
      ImmutableList<ProposalId> sources,
      ImmutableSet<ActorId> authors,
      ProposalContent content)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who merged them
     * @param result the new proposal
     * @param sources the proposals merged
     * @param authors the new proposal's authors
     * @param content what it says
     */
    public ProposalsMerged {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(result, "result must not be null");
      sources = ImmutableList.copyOf(checkNotNull(sources, "sources must not be null"));
      authors = ImmutableSet.copyOf(checkNotNull(authors, "authors must not be null"));
      checkNotNull(content, "content must not be null");
    }

    /**
     * The merge made.
     *
     * @return the merge
     */
    public Merge merge() {
      return new Merge(result, sources, by);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A proposal was withdrawn by an author.
   *
   * @param at when
   * @param by the author
   * @param proposal the proposal
   * @param reason why
   */
  record ProposalWithdrawn(Instant at, ActorId by, ProposalId proposal, PersonalText reason)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the author
     * @param proposal the proposal
     * @param reason why
     */
    public ProposalWithdrawn {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(reason, "reason must not be null");
    }

    /**
     * The event with its reason given as a present text.
     *
     * @param at when
     * @param by the author
     * @param proposal the proposal
     * @param reason why
     */
    public ProposalWithdrawn(Instant at, ActorId by, ProposalId proposal, String reason) {
      this(at, by, proposal, PersonalText.of(reason));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A negotiation round was opened on an agenda, under a rule: a position rule, or a ballot rule
   * that counts ballots over the whole agenda instead. A secret round (the charter's {@link
   * Charter#secretRounds()}) holds its pseudonym key: a personal value that the store keeps in its
   * erasable part while the round is open and erases when it closes, so that the chain holds only
   * its salted digest.
   *
   * @param at when
   * @param by the facilitator
   * @param round its number, from 1
   * @param agenda the proposals to decide
   * @param rule the position rule of the round's number (the one that decides unless a ballot rule
   *     is named)
   * @param ballotRule the ballot rule that decides instead, in a ballot round
   * @param key the pseudonym key of a secret round, present while the round is open; empty for a
   *     public round
   */
  record RoundOpened(
      Instant at,
      ActorId by,
      int round,
      ImmutableList<ProposalId> agenda,
      DecisionRule rule,
      Optional<BallotRule> ballotRule,
      Optional<PersonalText> key)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the facilitator
     * @param round its number, from 1
     * @param agenda the proposals to decide
     * @param rule the position rule of the round's number
     * @param ballotRule the ballot rule that decides instead, in a ballot round
     * @param key the pseudonym key of a secret round
     */
    public RoundOpened {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
      agenda = ImmutableList.copyOf(checkNotNull(agenda, "agenda must not be null"));
      checkNotNull(rule, "rule must not be null");
      checkNotNull(ballotRule, "ballot rule must not be null (use Optional.empty())");
      checkNotNull(key, "key must not be null (use Optional.empty())");
    }

    /**
     * A public round.
     *
     * @param at when
     * @param by the facilitator
     * @param round its number, from 1
     * @param agenda the proposals to decide
     * @param rule the position rule of the round's number
     * @param ballotRule the ballot rule that decides instead, in a ballot round
     */
    public RoundOpened(
        Instant at,
        ActorId by,
        int round,
        ImmutableList<ProposalId> agenda,
        DecisionRule rule,
        Optional<BallotRule> ballotRule) {
      this(at, by, round, agenda, rule, ballotRule, Optional.empty());
    }

    /**
     * A public position round.
     *
     * @param at when
     * @param by the facilitator
     * @param round its number, from 1
     * @param agenda the proposals to decide
     * @param rule the rule that will decide
     */
    public RoundOpened(
        Instant at, ActorId by, int round, ImmutableList<ProposalId> agenda, DecisionRule rule) {
      this(at, by, round, agenda, rule, Optional.empty());
    }

    /**
     * Whether the round is secret.
     *
     * @return true when it holds a pseudonym key, present or erased
     */
    public boolean isSecret() {
      return key.isPresent();
    }

    /**
     * The same opening with another key: the same key sealed, or erased.
     *
     * @param newKey the key
     * @return the copy
     */
    public RoundOpened withKey(Optional<PersonalText> newKey) {
      return new RoundOpened(at, by, round, agenda, rule, ballotRule, newKey);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An actor took a position on a proposal in the open round.
   *
   * @param at when
   * @param round the round
   * @param proposal the proposal
   * @param position the position, with its actor
   */
  record PositionTaken(Instant at, int round, ProposalId proposal, Position position)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param round the round
     * @param proposal the proposal
     * @param position the position, with its actor
     */
    public PositionTaken {
      checkNotNull(at, "at must not be null");
      checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(position, "position must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A voter cast a ballot in the open ballot round; a later ballot of the same voter in the same
   * round replaces it where the charter allows.
   *
   * @param at when
   * @param round the round
   * @param voter who cast it
   * @param ballot the ballot
   */
  record BallotCast(Instant at, int round, ActorId voter, Ballot ballot) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param round the round
     * @param voter who cast it
     * @param ballot the ballot
     */
    public BallotCast {
      checkNotNull(at, "at must not be null");
      checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
      checkNotNull(voter, "voter must not be null");
      checkNotNull(ballot, "ballot must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A round was closed: its rule decided every proposal on its agenda. A position round holds one
   * decision per proposal; a ballot round holds none, and its {@link BallotOutcome} instead. A
   * secret round holds who took part, in the order of their ids: its positions and ballots name
   * their voters only by pseudonyms.
   *
   * @param at when
   * @param by the facilitator
   * @param round the round
   * @param decisions one decision per proposal on the agenda, in agenda order; empty for a ballot
   *     round
   * @param ballot what a ballot round decided; empty for a position round
   * @param participants who took part in a secret round, in the order of their ids; empty for a
   *     public round
   */
  record RoundClosed(
      Instant at,
      ActorId by,
      int round,
      ImmutableList<RoundDecision> decisions,
      Optional<BallotOutcome> ballot,
      Optional<ImmutableSet<ActorId>> participants)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the facilitator
     * @param round the round
     * @param decisions one decision per proposal on the agenda, in agenda order
     * @param ballot what a ballot round decided
     * @param participants who took part in a secret round
     */
    public RoundClosed {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
      decisions = ImmutableList.copyOf(checkNotNull(decisions, "decisions must not be null"));
      checkNotNull(ballot, "ballot must not be null (use Optional.empty())");
      checkArgument(
          ballot.isEmpty() || decisions.isEmpty(),
          "Invalid close of round %s: a ballot round holds its outcome, not position decisions",
          round);
      participants =
          checkNotNull(participants, "participants must not be null (use Optional.empty())")
              .map(p -> ImmutableSet.copyOf(ImmutableSortedSet.copyOf(p)));
    }

    /**
     * The close of a public round.
     *
     * @param at when
     * @param by the facilitator
     * @param round the round
     * @param decisions one decision per proposal on the agenda, in agenda order
     * @param ballot what a ballot round decided
     */
    public RoundClosed(
        Instant at,
        ActorId by,
        int round,
        ImmutableList<RoundDecision> decisions,
        Optional<BallotOutcome> ballot) {
      this(at, by, round, decisions, ballot, Optional.empty());
    }

    /**
     * The close of a public position round.
     *
     * @param at when
     * @param by the facilitator
     * @param round the round
     * @param decisions one decision per proposal on the agenda, in agenda order
     */
    public RoundClosed(Instant at, ActorId by, int round, ImmutableList<RoundDecision> decisions) {
      this(at, by, round, decisions, Optional.empty());
    }

    /**
     * Whether the round was secret.
     *
     * @return true when the close names who took part
     */
    public boolean isSecret() {
      return participants.isPresent();
    }

    /**
     * The same close with other decisions: how their personal values are sealed or erased.
     *
     * @param newDecisions the decisions
     * @return the copy
     */
    public RoundClosed withDecisions(ImmutableList<RoundDecision> newDecisions) {
      return new RoundClosed(at, by, round, newDecisions, ballot, participants);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * The project owner gave its reasoned answer to a proposal.
   *
   * @param at when
   * @param by the project owner
   * @param proposal the proposal
   * @param answer the answer
   * @param reasoning why
   */
  record ProposalAnswered(
      Instant at, ActorId by, ProposalId proposal, AnswerKind answer, PersonalText reasoning)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the project owner
     * @param proposal the proposal
     * @param answer the answer
     * @param reasoning why
     */
    public ProposalAnswered {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(answer, "answer must not be null");
      checkNotNull(reasoning, "reasoning must not be null");
    }

    /**
     * The event with its reasoning given as a present text.
     *
     * @param at when
     * @param by the project owner
     * @param proposal the proposal
     * @param answer the answer
     * @param reasoning why
     */
    public ProposalAnswered(
        Instant at, ActorId by, ProposalId proposal, AnswerKind answer, String reasoning) {
      this(at, by, proposal, answer, PersonalText.of(reasoning));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An objective was adopted from adopted proposals.
   *
   * @param at when
   * @param by who adopted it
   * @param objective its identity
   * @param title what it aims at
   * @param from the proposals it comes from
   */
  record ObjectiveAdopted(
      Instant at, ActorId by, ObjectiveId objective, String title, ImmutableSet<ProposalId> from)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who adopted it
     * @param objective its identity
     * @param title what it aims at
     * @param from the proposals it comes from
     */
    public ObjectiveAdopted {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(objective, "objective must not be null");
      checkNotNull(title, "title must not be null");
      from = ImmutableSet.copyOf(checkNotNull(from, "from must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An action was launched for an objective.
   *
   * @param at when
   * @param by who launched it
   * @param action its identity
   * @param objective the objective
   * @param title what it does
   */
  record ActionLaunched(
      Instant at, ActorId by, ActionId action, ObjectiveId objective, String title)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who launched it
     * @param action its identity
     * @param objective the objective
     * @param title what it does
     */
    public ActionLaunched {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(objective, "objective must not be null");
      checkNotNull(title, "title must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An actor committed means to an action.
   *
   * @param at when
   * @param action the action
   * @param commitment who brings what
   */
  record CommitmentMade(Instant at, ActionId action, Commitment commitment) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param action the action
     * @param commitment who brings what
     */
    public CommitmentMade {
      checkNotNull(at, "at must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(commitment, "commitment must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An indicator of an action was defined with its expected value.
   *
   * @param at when
   * @param by who defined it
   * @param indicator its identity
   * @param action the action
   * @param name what it measures
   * @param unit its unit
   * @param expected the expected value
   */
  record IndicatorDefined(
      Instant at,
      ActorId by,
      IndicatorId indicator,
      ActionId action,
      String name,
      String unit,
      BigDecimal expected)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who defined it
     * @param indicator its identity
     * @param action the action
     * @param name what it measures
     * @param unit its unit
     * @param expected the expected value
     */
    public IndicatorDefined {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(indicator, "indicator must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(name, "name must not be null");
      checkNotNull(unit, "unit must not be null");
      checkNotNull(expected, "expected must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * The observed value of an indicator was reported.
   *
   * @param at when
   * @param by who reported it
   * @param indicator the indicator
   * @param observed the observed value
   */
  record IndicatorReported(Instant at, ActorId by, IndicatorId indicator, BigDecimal observed)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who reported it
     * @param indicator the indicator
     * @param observed the observed value
     */
    public IndicatorReported {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(indicator, "indicator must not be null");
      checkNotNull(observed, "observed must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An evaluation criterion was defined.
   *
   * @param at when
   * @param by who defined it
   * @param criterion its identity
   * @param title what it judges
   * @param scale its grades; empty for {@link GradeScale#rating()}
   */
  record CriterionDefined(
      Instant at, ActorId by, CriterionId criterion, String title, Optional<GradeScale> scale)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who defined it
     * @param criterion its identity
     * @param title what it judges
     * @param scale its grades; empty for {@link GradeScale#rating()}
     */
    public CriterionDefined {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(criterion, "criterion must not be null");
      checkNotNull(title, "title must not be null");
      checkNotNull(scale, "scale must not be null (use Optional.empty())");
    }

    /**
     * A criterion graded on the rating scale, as every criterion was before criteria had scales.
     *
     * @param at when
     * @param by who defined it
     * @param criterion its identity
     * @param title what it judges
     */
    public CriterionDefined(Instant at, ActorId by, CriterionId criterion, String title) {
      this(at, by, criterion, title, Optional.empty());
    }

    /**
     * The grades of the criterion.
     *
     * @return its scale, or {@link GradeScale#rating()} when it names none
     */
    public GradeScale gradeScale() {
      return scale.orElse(GradeScale.rating());
    }

    /**
     * The criterion defined.
     *
     * @return the criterion
     */
    public Criterion defined() {
      return new Criterion(criterion, title, by);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An actor rated the process against a criterion.
   *
   * @param at when
   * @param rating the rating, with its actor
   */
  record RatingGiven(Instant at, Rating rating) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param rating the rating, with its actor
     */
    public RatingGiven {
      checkNotNull(at, "at must not be null");
      checkNotNull(rating, "rating must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * The process closed.
   *
   * @param at when
   * @param by the project owner
   * @param summary the closing statement
   */
  record ProcessClosed(Instant at, ActorId by, PersonalText summary) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the project owner
     * @param summary the closing statement
     */
    public ProcessClosed {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(summary, "summary must not be null");
    }

    /**
     * The event with its summary given as a present text.
     *
     * @param at when
     * @param by the project owner
     * @param summary the closing statement
     */
    public ProcessClosed(Instant at, ActorId by, String summary) {
      this(at, by, PersonalText.of(summary));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * The process was abandoned.
   *
   * @param at when
   * @param by the project owner
   * @param reason why
   */
  record ProcessAbandoned(Instant at, ActorId by, PersonalText reason) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the project owner
     * @param reason why
     */
    public ProcessAbandoned {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(reason, "reason must not be null");
    }

    /**
     * The event with its reason given as a present text.
     *
     * @param at when
     * @param by the project owner
     * @param reason why
     */
    public ProcessAbandoned(Instant at, ActorId by, String reason) {
      this(at, by, PersonalText.of(reason));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  // consent: leaving a process

  /**
   * An actor left the process. She can no longer act in it; what she said stays, shown as she
   * consented at registration, and rounds closed after she left count her no more among those who
   * may take a position, unless she took one in that round before leaving.
   *
   * @param at when
   * @param by the actor who left
   */
  record ActorLeft(Instant at, ActorId by) implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the actor who left
     */
    public ActorLeft {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  // secret: positions and ballots kept apart from their voters

  /**
   * A voter took a position on a proposal of an open secret round: the position names its voter by
   * her pseudonym in the round ({@code core.personal.RoundKeys}), never by her identity, and keeps
   * her college, which the round's count needs. Its reason, if any, is a personal value of the
   * pseudonym.
   *
   * @param at when
   * @param round the round
   * @param proposal the proposal
   * @param position the position, its actor the voter's pseudonym
   * @param college the voter's college, if she belongs to one
   */
  record SecretPositionTaken(
      Instant at, int round, ProposalId proposal, Position position, Optional<CollegeId> college)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param round the round
     * @param proposal the proposal
     * @param position the position, its actor the voter's pseudonym
     * @param college the voter's college
     */
    public SecretPositionTaken {
      checkNotNull(at, "at must not be null");
      checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(position, "position must not be null");
      checkNotNull(college, "college must not be null (use Optional.empty())");
    }

    /**
     * The same event with another position: its reason sealed or erased.
     *
     * @param newPosition the position
     * @return the copy
     */
    public SecretPositionTaken withPosition(Position newPosition) {
      return new SecretPositionTaken(at, round, proposal, newPosition, college);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A voter cast a ballot in an open secret round: the ballot names its voter by her pseudonym in
   * the round, never by her identity, and keeps her college, which a weighted count and a college
   * quorum need. A later ballot of the same pseudonym replaces it where the charter allows.
   *
   * @param at when
   * @param round the round
   * @param voter the voter's pseudonym
   * @param college the voter's college, if she belongs to one
   * @param ballot the ballot
   */
  record SecretBallotCast(
      Instant at, int round, ActorId voter, Optional<CollegeId> college, Ballot ballot)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param round the round
     * @param voter the voter's pseudonym
     * @param college the voter's college
     * @param ballot the ballot
     */
    public SecretBallotCast {
      checkNotNull(at, "at must not be null");
      checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
      checkNotNull(voter, "voter must not be null");
      checkNotNull(college, "college must not be null (use Optional.empty())");
      checkNotNull(ballot, "ballot must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  // means: expected effects, and what carriers delivered

  /**
   * An effect was expected of a proposal or an objective: an indicator with the value expected by a
   * horizon date.
   *
   * @param at when
   * @param by who stated it
   * @param indicator its identity
   * @param target the proposal or objective whose effect it is
   * @param name what it measures
   * @param unit its unit
   * @param expected the expected value
   * @param horizon the date by which the value is expected
   */
  record EffectExpected(
      Instant at,
      ActorId by,
      IndicatorId indicator,
      EffectTarget target,
      String name,
      String unit,
      BigDecimal expected,
      LocalDate horizon)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who stated it
     * @param indicator its identity
     * @param target the proposal or objective whose effect it is
     * @param name what it measures
     * @param unit its unit
     * @param expected the expected value
     * @param horizon the date by which the value is expected
     */
    public EffectExpected {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(indicator, "indicator must not be null");
      checkNotNull(target, "target must not be null");
      checkNotNull(name, "name must not be null");
      checkNotNull(unit, "unit must not be null");
      checkNotNull(expected, "expected must not be null");
      checkNotNull(horizon, "horizon must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A carrier recorded what it delivered against one of its commitments.
   *
   * @param at when
   * @param by the carrier
   * @param action the action committed to
   * @param commitment the commitment's number within the action, from 1, in the order made
   * @param kind what the quantity counts, the commitment's kind
   * @param quantity how much was delivered, in the commitment's unit
   * @param note what the carrier added, if anything
   */
  record DeliveryRecorded(
      Instant at,
      ActorId by,
      ActionId action,
      int commitment,
      ResourceKind kind,
      BigDecimal quantity,
      Optional<PersonalText> note)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by the carrier
     * @param action the action committed to
     * @param commitment the commitment's number within the action, from 1
     * @param kind what the quantity counts
     * @param quantity how much was delivered
     * @param note what the carrier added, if anything
     */
    public DeliveryRecorded {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(action, "action must not be null");
      checkArgument(
          commitment >= 1, "Invalid commitment number %s: must be at least 1", commitment);
      checkNotNull(kind, "kind must not be null");
      checkNotNull(quantity, "quantity must not be null");
      checkNotNull(note, "note must not be null");
    }

    /**
     * The event with a note replaced, as erasing it does.
     *
     * @param changed the new note
     * @return the event
     */
    public DeliveryRecorded withNote(Optional<PersonalText> changed) {
      return new DeliveryRecorded(at, by, action, commitment, kind, quantity, changed);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  // exante: criteria early and prospective assessment

  /**
   * An actor weighed the criteria by grading them on the charter's weighing scale; it replaces the
   * actor's earlier weighing.
   *
   * @param at when
   * @param by who weighed
   * @param grades the grade of each criterion weighed
   */
  record CriteriaWeighed(Instant at, ActorId by, ImmutableMap<CriterionId, Integer> grades)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who weighed
     * @param grades the grade of each criterion weighed
     */
    public CriteriaWeighed {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      grades = ImmutableMap.copyOf(checkNotNull(grades, "grades must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A prospective assessment opened: its agenda is graded on each criterion it names, each on its
   * own scale, before any decision.
   *
   * @param at when
   * @param by who opened it
   * @param number its number, from 1
   * @param agenda the proposals assessed, in order
   * @param criteria the criteria defined when it opened, in the order defined, with their scales
   */
  record AssessmentOpened(
      Instant at,
      ActorId by,
      int number,
      ImmutableList<ProposalId> agenda,
      ImmutableMap<CriterionId, GradeScale> criteria)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who opened it
     * @param number its number, from 1
     * @param agenda the proposals assessed, in order
     * @param criteria the criteria, with their scales
     */
    public AssessmentOpened {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkArgument(number >= 1, "Invalid assessment '%s': must be at least 1", number);
      agenda = ImmutableList.copyOf(checkNotNull(agenda, "agenda must not be null"));
      criteria = ImmutableMap.copyOf(checkNotNull(criteria, "criteria must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An actor graded every proposal of the open assessment on one criterion.
   *
   * @param at when
   * @param number the assessment
   * @param by who graded
   * @param criterion the criterion
   * @param grades the grade of each proposal
   */
  record ProposalsAssessed(
      Instant at, int number, ActorId by, CriterionId criterion, Ballot.Grades grades)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param number the assessment
     * @param by who graded
     * @param criterion the criterion
     * @param grades the grade of each proposal
     */
    public ProposalsAssessed {
      checkNotNull(at, "at must not be null");
      checkArgument(number >= 1, "Invalid assessment '%s': must be at least 1", number);
      checkNotNull(by, "by must not be null");
      checkNotNull(criterion, "criterion must not be null");
      checkNotNull(grades, "grades must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A prospective assessment closed, with its outcome per proposal and criterion.
   *
   * @param at when
   * @param by who closed it
   * @param number the assessment
   * @param results one per proposal of the agenda and criterion, proposal by proposal in agenda
   *     order, criteria in the assessment's order
   */
  record AssessmentClosed(
      Instant at, ActorId by, int number, ImmutableList<AssessmentResult> results)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who closed it
     * @param number the assessment
     * @param results one per proposal and criterion
     */
    public AssessmentClosed {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkArgument(number >= 1, "Invalid assessment '%s': must be at least 1", number);
      results = ImmutableList.copyOf(checkNotNull(results, "results must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An actor graded an action after the fact on a criterion.
   *
   * @param at when
   * @param by who graded
   * @param action the action
   * @param criterion the criterion
   * @param grade the grade, on the criterion's scale
   */
  record ActionRated(Instant at, ActorId by, ActionId action, CriterionId criterion, int grade)
      implements Event {
    /**
     * Validates the event.
     *
     * @param at when
     * @param by who graded
     * @param action the action
     * @param criterion the criterion
     * @param grade the grade
     */
    public ActionRated {
      checkNotNull(at, "at must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(action, "action must not be null");
      checkNotNull(criterion, "criterion must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }
}
