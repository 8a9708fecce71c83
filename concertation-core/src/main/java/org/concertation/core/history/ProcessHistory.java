package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.Event;

/**
 * The typed read model of one process, built once from its events: who took part, the phases and
 * their dates, the diagnosis, every proposal's life, the rounds with their rules, positions and
 * outcomes, the objections and what became of them, the answers with their delays, and the
 * objectives, actions, commitments, indicators, criteria and ratings. Lists come in the order of
 * the events, so that the same events always give the same model.
 *
 * <p>The model is lenient: an event that names something the history never introduced is kept where
 * it can be (a proposal is then known by its identity alone) and otherwise left out; a history that
 * the state machine folds is always read in full.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcessHistory {
  private final Charter charter;
  private final int size;
  private final Optional<Instant> firstAt;
  private final Optional<Instant> lastAt;
  private final Phase phase;
  private final ImmutableList<ParticipantFact> participants;
  private final ImmutableMap<ActorId, ParticipantFact> participantsById;
  private final ImmutableList<CollegeFact> colleges;
  private final ImmutableList<PhaseChange> phaseChanges;
  private final ImmutableList<Milestone> timeline;
  private final ImmutableList<ContributionFact> contributions;
  private final ImmutableList<StakeFact> stakes;
  private final ImmutableMap<ProposalId, ProposalHistory> proposals;
  private final ImmutableList<RoundFact> rounds;
  private final ImmutableList<ObjectionFact> objections;
  private final ImmutableList<ObjectiveFact> objectives;
  private final ImmutableList<ActionFact> actions;
  private final ImmutableList<CommitmentFact> commitments;
  private final ImmutableList<IndicatorFact> indicators;
  private final ImmutableList<CriterionFact> criteria;
  private final ImmutableList<RatingFact> ratings;
  private final ImmutableList<DeadlineFact> deadlineChanges;
  private final Optional<String> title;
  // means: expected effects, and what carriers delivered
  private final ImmutableList<EffectFact> effects;
  private final ImmutableList<DeliveryFact> deliveries;
  private final Means means;
  // exante: criteria early and prospective assessment
  private final ImmutableList<AssessmentFact> assessments;
  private final ImmutableList<WeighingFact> weighings;
  private final ImmutableList<ActionRatingFact> actionRatings;
  private final ImmutableList<CriterionEvaluation> criterionEvaluations;

  ProcessHistory(Projector p) {
    this.charter = p.charter;
    this.size = p.index;
    this.firstAt = Optional.ofNullable(p.firstAt);
    this.lastAt = Optional.ofNullable(p.lastAt);
    this.phase = p.phase;
    this.participants = ImmutableList.copyOf(p.participants);
    ImmutableMap.Builder<ActorId, ParticipantFact> byId = ImmutableMap.builder();
    participants.forEach(f -> byId.put(f.id(), f));
    this.participantsById = byId.buildKeepingLast();
    this.colleges = ImmutableList.copyOf(p.colleges);
    this.phaseChanges = ImmutableList.copyOf(p.phaseChanges);
    this.timeline = ImmutableList.copyOf(p.timeline);
    this.contributions = ImmutableList.copyOf(p.contributions);
    this.stakes = p.stakes();
    this.proposals = p.proposals();
    this.rounds = p.rounds();
    this.objections = Projector.objections(rounds, proposals);
    this.objectives = ImmutableList.copyOf(p.objectives);
    this.actions = p.actions();
    this.commitments = ImmutableList.copyOf(p.commitments);
    this.indicators = p.indicators();
    this.criteria = ImmutableList.copyOf(p.criteria);
    this.ratings = ImmutableList.copyOf(p.ratings);
    this.deadlineChanges = ImmutableList.copyOf(p.deadlineChanges);
    this.title = Optional.ofNullable(p.title);
    // means:
    this.effects = p.effects();
    this.deliveries = ImmutableList.copyOf(p.deliveries);
    this.means = Means.of(actions, deliveries, this::carrierKind);
    this.assessments = p.assessments();
    this.weighings = ImmutableList.copyOf(p.weighings);
    this.actionRatings = ImmutableList.copyOf(p.actionRatings);
    this.criterionEvaluations =
        CriterionEvaluations.of(
            criteria,
            p.criterionScales,
            weighings,
            assessments,
            actionRatings,
            objectives,
            actions);
  }

  /** A carrier's kind; one never registered (a history read unchecked) is of an unknown kind. */
  private ActorKind carrierKind(ActorId carrier) {
    ParticipantFact participant = participantsById.get(carrier);
    return participant == null ? UNKNOWN_KIND : participant.actor().kind();
  }

  /** The kind of a carrier that the history never registered. */
  private static final ActorKind UNKNOWN_KIND = ActorKind.of("unknown");

  /**
   * The history of a process.
   *
   * @param charter the charter the process ran under
   * @param events its events, in order
   * @return the history
   */
  public static ProcessHistory of(Charter charter, Iterable<? extends Event> events) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(events, "events must not be null");
    Projector projector = new Projector(charter);
    for (Event event : events) {
      projector.apply(checkNotNull(event, "events must not contain null"));
    }
    return new ProcessHistory(projector);
  }

  /**
   * The history of a process whose stream describes itself: its first event, {@link
   * Event.ProcessOpened}, carries the charter.
   *
   * @param events its events, in order, the first a {@link Event.ProcessOpened}
   * @return the history
   * @throws IllegalArgumentException if the first event does not open the process
   */
  public static ProcessHistory of(List<? extends Event> events) {
    checkNotNull(events, "events must not be null");
    checkArgument(
        !events.isEmpty() && events.get(0) instanceof Event.ProcessOpened,
        "Invalid history: it does not start with ProcessOpened, so it does not name its charter"
            + " (%s events)",
        events.size());
    return of(((Event.ProcessOpened) events.get(0)).charter(), events);
  }

  /**
   * The process's title, when its stream opened with one.
   *
   * @return the title, or empty for a history that starts with a registration
   */
  public Optional<String> title() {
    return title;
  }

  /**
   * The deadlines set or moved by the project owner, with their reasons, in order.
   *
   * @return the changes
   */
  public ImmutableList<DeadlineFact> deadlineChanges() {
    return deadlineChanges;
  }

  /**
   * The charter the process ran under.
   *
   * @return the charter
   */
  public Charter charter() {
    return charter;
  }

  /**
   * How many events the history holds.
   *
   * @return the number of events
   */
  public int size() {
    return size;
  }

  /**
   * The instant of the first event.
   *
   * @return it, or empty for an empty history
   */
  public Optional<Instant> firstAt() {
    return firstAt;
  }

  /**
   * The instant of the last event.
   *
   * @return it, or empty for an empty history
   */
  public Optional<Instant> lastAt() {
    return lastAt;
  }

  /**
   * The phase the process is in after the last event.
   *
   * @return the phase; {@link Phase#FRAMING} for an empty history
   */
  public Phase phase() {
    return phase;
  }

  /**
   * The actors registered, in registration order.
   *
   * @return the participants
   */
  public ImmutableList<ParticipantFact> participants() {
    return participants;
  }

  /**
   * The participants who left the process, in the order they left.
   *
   * @return the participants who left, each with when she did
   */
  public ImmutableList<ParticipantFact> departures() {
    return participants.stream()
        .filter(ParticipantFact::hasLeft)
        .sorted(Comparator.comparingInt(p -> p.left().orElseThrow().index()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One participant.
   *
   * @param actor its identity
   * @return its registration, or empty if the history never registered it
   */
  public Optional<ParticipantFact> participant(ActorId actor) {
    checkNotNull(actor, "actor must not be null");
    return Optional.ofNullable(participantsById.get(actor));
  }

  /**
   * An actor's name, as registered.
   *
   * @param actor its identity
   * @return its name, or its identity when the history never registered it or her name was erased
   */
  public String name(ActorId actor) {
    return participant(actor).flatMap(p -> p.actor().name().text()).orElse(actor.value());
  }

  /**
   * The colleges registered during the process (beside the charter's own), in order.
   *
   * @return the colleges
   */
  public ImmutableList<CollegeFact> colleges() {
    return colleges;
  }

  /**
   * Every change of phase, the end included, in order: the phases with their dates.
   *
   * @return the changes
   */
  public ImmutableList<PhaseChange> phaseChanges() {
    return phaseChanges;
  }

  /**
   * How the process ended.
   *
   * @return its closing or abandonment, or empty while it runs
   */
  public Optional<PhaseChange> ending() {
    return phaseChanges.stream().filter(c -> c.kind().ends()).reduce((first, last) -> last);
  }

  /**
   * The timeline: colleges registered, phase changes, rounds opened and closed, in order.
   *
   * @return the milestones
   */
  public ImmutableList<Milestone> timeline() {
    return timeline;
  }

  /**
   * The contributions to the diagnosis, in order.
   *
   * @return the contributions
   */
  public ImmutableList<ContributionFact> contributions() {
    return contributions;
  }

  /**
   * The stakes, in the order they were identified.
   *
   * @return the stakes
   */
  public ImmutableList<StakeFact> stakes() {
    return stakes;
  }

  /**
   * Every proposal, in the order it appeared: submitted, or made by a merge.
   *
   * @return the proposals
   */
  public ImmutableList<ProposalHistory> proposals() {
    return proposals.values().asList();
  }

  /**
   * One proposal.
   *
   * @param id its identity
   * @return its history, or empty if the history never names it
   */
  public Optional<ProposalHistory> proposal(ProposalId id) {
    checkNotNull(id, "id must not be null");
    return Optional.ofNullable(proposals.get(id));
  }

  /**
   * The rounds, in the order they opened.
   *
   * @return the rounds
   */
  public ImmutableList<RoundFact> rounds() {
    return rounds;
  }

  /**
   * One round.
   *
   * @param number its number
   * @return the round, or empty if it never opened
   */
  public Optional<RoundFact> round(int number) {
    return rounds.stream().filter(r -> r.number() == number).findFirst();
  }

  /**
   * The ballot rounds, in the order they opened.
   *
   * @return the rounds decided by ballots
   */
  public ImmutableList<RoundFact> ballotRounds() {
    return rounds.stream()
        .filter(RoundFact::isBallotRound)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every ballot cast, in order, replaced ones included.
   *
   * @return the ballots
   */
  public ImmutableList<BallotFact> ballots() {
    return rounds.stream()
        .flatMap(r -> r.ballots().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every position taken, in order.
   *
   * @return the positions
   */
  public ImmutableList<PositionFact> positions() {
    return rounds.stream()
        .flatMap(r -> r.positions().stream())
        .sorted(Comparator.comparingInt(p -> p.stamp().index()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The reasoned objections and what became of each, in order.
   *
   * @return the objections
   */
  public ImmutableList<ObjectionFact> objections() {
    return objections;
  }

  /**
   * The project owner's answers, in order.
   *
   * @return the answers
   */
  public ImmutableList<AnswerFact> answers() {
    return proposals.values().stream()
        .flatMap(p -> p.answer().stream())
        .sorted(Comparator.comparingInt(a -> a.stamp().index()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The objectives adopted, in order.
   *
   * @return the objectives
   */
  public ImmutableList<ObjectiveFact> objectives() {
    return objectives;
  }

  /**
   * The actions launched, in order, each with its commitments.
   *
   * @return the actions
   */
  public ImmutableList<ActionFact> actions() {
    return actions;
  }

  /**
   * Every commitment, in order, whatever its action.
   *
   * @return the commitments
   */
  public ImmutableList<CommitmentFact> commitments() {
    return commitments;
  }

  /**
   * The indicators, in the order they were defined.
   *
   * @return the indicators
   */
  public ImmutableList<IndicatorFact> indicators() {
    return indicators;
  }

  /**
   * The evaluation criteria, in the order they were defined.
   *
   * @return the criteria
   */
  public ImmutableList<CriterionFact> criteria() {
    return criteria;
  }

  /**
   * Every rating, in order.
   *
   * @return the ratings
   */
  public ImmutableList<RatingFact> ratings() {
    return ratings;
  }

  // means: expected effects, and what carriers delivered

  /**
   * The effects expected of proposals and objectives, in the order they were stated, each with its
   * last observed value.
   *
   * @return the expected effects
   */
  public ImmutableList<EffectFact> effects() {
    return effects;
  }

  /**
   * Every delivery recorded against a commitment, in order.
   *
   * @return the deliveries
   */
  public ImmutableList<DeliveryFact> deliveries() {
    return deliveries;
  }

  /**
   * The means mobilised: committed against delivered per commitment, carrier, actor kind and
   * action.
   *
   * @return the means
   */
  public Means means() {
    return means;
  }

  // exante: criteria early and prospective assessment

  /**
   * The prospective assessments, in the order they opened: proposals graded on each criterion
   * before any decision, and each one's outcome per proposal and criterion once closed.
   *
   * @return the assessments
   */
  public ImmutableList<AssessmentFact> assessments() {
    return assessments;
  }

  /**
   * Every graded vote on the criteria themselves, in order; an actor's later vote replaces its
   * earlier one in {@link CriterionEvaluation#weight()}.
   *
   * @return the weighings
   */
  public ImmutableList<WeighingFact> weighings() {
    return weighings;
  }

  /**
   * Every ex-post grade of an action on a criterion, in order.
   *
   * @return the grades
   */
  public ImmutableList<ActionRatingFact> actionRatings() {
    return actionRatings;
  }

  /**
   * Each criterion read ex ante and ex post, in the order defined: who chose it, its scale and
   * weight, the majority grade of each proposal in its last assessment ({@code exAnte}), and the
   * majority grade of each action graded after the fact ({@code exPost}) with the proposals the
   * action came of.
   *
   * @return one evaluation per criterion
   */
  public ImmutableList<CriterionEvaluation> criterionEvaluations() {
    return criterionEvaluations;
  }

  @Override
  public String toString() {
    return "ProcessHistory{"
        + charter.name()
        + ", "
        + size
        + " events, phase "
        + phase
        + ", "
        + proposals.size()
        + " proposals, "
        + rounds.size()
        + " rounds}";
  }
}
