package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.Indicator;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.Objective;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Stake;
import org.concertation.api.domain.StakeId;
import org.jspecify.annotations.Nullable;

/**
 * The state of one process: its charter, phase, members, colleges, diagnosis, proposals, open
 * round, objectives, actions, indicators, criteria and ratings, each indexed by identity.
 *
 * <p>States are persistent: {@link ConcertationDecider#evolve} returns a new state that shares what
 * did not change, so applying an event costs the same however long the history. Two states are
 * equal when every part is equal. This class is immutable and thread-safe; the maps it returns are
 * unmodifiable.
 */
public final class ProcessState {
  final Charter charter;
  final Phase phase;
  final @Nullable Instant lastAt;
  final long version;
  final PersistentMap<ActorId, Member> members;
  final PersistentMap<CollegeId, College> colleges;
  final ImmutableList<CollegeId> collegeOrder;
  final PersistentMap<ActorKind, Integer> contributionsByKind;
  final int contributions;
  final PersistentMap<StakeId, Stake> stakes;
  final int validatedStakes;
  final PersistentMap<ProposalId, Proposal> proposals;
  final @Nullable RoundState openRound;
  final int roundsHeld;
  final PersistentMap<ObjectiveId, Objective> objectives;
  final PersistentMap<ActionId, Action> actions;
  final PersistentMap<IndicatorId, Indicator> indicators;
  final PersistentMap<CriterionId, String> criteria;
  final PersistentMap<CriterionId, PersistentMap<ActorId, Rating>> ratings;
  final @Nullable String title;
  final ImmutableMap<Phase, Instant> deadlines;
  final @Nullable Instant roundDeadline;
  // means: the horizon of each expected effect, by its indicator's identity
  final PersistentMap<IndicatorId, LocalDate> effects;
  // exante: criteria early and prospective assessment
  final Prospects prospects;

  private ProcessState(Builder b) {
    this.charter = b.charter;
    this.phase = b.phase;
    this.lastAt = b.lastAt;
    this.version = b.version;
    this.members = b.members;
    this.colleges = b.colleges;
    this.collegeOrder = b.collegeOrder;
    this.contributionsByKind = b.contributionsByKind;
    this.contributions = b.contributions;
    this.stakes = b.stakes;
    this.validatedStakes = b.validatedStakes;
    this.proposals = b.proposals;
    this.openRound = b.openRound;
    this.roundsHeld = b.roundsHeld;
    this.objectives = b.objectives;
    this.actions = b.actions;
    this.indicators = b.indicators;
    this.criteria = b.criteria;
    this.ratings = b.ratings;
    this.title = b.title;
    this.deadlines = b.deadlines;
    this.roundDeadline = b.roundDeadline;
    // means:
    this.effects = b.effects;
    this.prospects = b.prospects;
  }

  static ProcessState initial(Charter charter) {
    Builder b = new Builder();
    b.charter = checkNotNull(charter, "charter must not be null");
    b.deadlines = charter.deadlines();
    for (College college : charter.colleges()) {
      b.colleges = b.colleges.plus(college.id(), college);
      b.collegeOrder =
          ImmutableList.<CollegeId>builder().addAll(b.collegeOrder).add(college.id()).build();
    }
    return b.build();
  }

  Builder toBuilder() {
    Builder b = new Builder();
    b.charter = charter;
    b.phase = phase;
    b.lastAt = lastAt;
    b.version = version;
    b.members = members;
    b.colleges = colleges;
    b.collegeOrder = collegeOrder;
    b.contributionsByKind = contributionsByKind;
    b.contributions = contributions;
    b.stakes = stakes;
    b.validatedStakes = validatedStakes;
    b.proposals = proposals;
    b.openRound = openRound;
    b.roundsHeld = roundsHeld;
    b.objectives = objectives;
    b.actions = actions;
    b.indicators = indicators;
    b.criteria = criteria;
    b.ratings = ratings;
    b.title = title;
    b.deadlines = deadlines;
    b.roundDeadline = roundDeadline;
    // means:
    b.effects = effects;
    b.prospects = prospects;
    return b;
  }

  /**
   * The process's charter.
   *
   * @return the charter
   */
  public Charter charter() {
    return charter;
  }

  /**
   * The current phase.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * The instant of the last event, if any.
   *
   * @return the instant
   */
  public Optional<Instant> lastAt() {
    return Optional.ofNullable(lastAt);
  }

  /**
   * The process's title, when its stream opened with one ({@link
   * org.concertation.api.event.Event.ProcessOpened}).
   *
   * @return the title, or empty for a stream that starts with a registration
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Tells whether the process was opened by its first event, so that its stream describes itself.
   *
   * @return true once a {@link org.concertation.api.event.Event.ProcessOpened} was applied
   */
  public boolean isOpened() {
    return title != null;
  }

  /**
   * The deadline of a phase as it stands: the charter's, unless a {@link
   * org.concertation.api.event.Event.DeadlineSet} moved it.
   *
   * @param phase the phase
   * @return its deadline, or empty when it has none
   */
  public Optional<Instant> deadline(Phase phase) {
    return Optional.ofNullable(deadlines.get(phase));
  }

  /**
   * The deadlines of the phases as they stand.
   *
   * @return the deadlines by phase
   */
  public ImmutableMap<Phase, Instant> deadlines() {
    return deadlines;
  }

  /**
   * The open round's deadline, if a round is open and has one.
   *
   * @return the deadline
   */
  public Optional<Instant> roundDeadline() {
    return Optional.ofNullable(roundDeadline);
  }

  /**
   * How many events made this state.
   *
   * @return the count, 0 for the initial state
   */
  public long version() {
    return version;
  }

  /**
   * The registered actors.
   *
   * @return the members by identity
   */
  public Map<ActorId, Member> members() {
    return members;
  }

  /**
   * A registered actor.
   *
   * @param actor the identity
   * @return the member, or empty if not registered
   */
  public Optional<Member> member(ActorId actor) {
    return Optional.ofNullable(members.get(actor));
  }

  /**
   * The colleges.
   *
   * @return the colleges by identity
   */
  public Map<CollegeId, College> colleges() {
    return colleges;
  }

  /**
   * The number of diagnosis contributions by actor kind.
   *
   * @return the counts
   */
  public Map<ActorKind, Integer> contributionsByKind() {
    return contributionsByKind;
  }

  /**
   * The number of diagnosis contributions.
   *
   * @return the count
   */
  public int contributions() {
    return contributions;
  }

  /**
   * The stakes identified in the diagnosis.
   *
   * @return the stakes by identity
   */
  public Map<StakeId, Stake> stakes() {
    return stakes;
  }

  /**
   * How many stakes are validated.
   *
   * @return the count
   */
  public int validatedStakes() {
    return validatedStakes;
  }

  /**
   * Tells whether the diagnosis is shared: every actor kind the charter names has contributed and
   * at least one stake is validated.
   *
   * @return true when shared
   */
  public boolean diagnosisShared() {
    return validatedStakes > 0
        && contributionsByKind.keySet().containsAll(charter.diagnosisKinds());
  }

  /**
   * The proposals, whatever their status.
   *
   * @return the proposals by identity
   */
  public Map<ProposalId, Proposal> proposals() {
    return proposals;
  }

  /**
   * A proposal.
   *
   * @param proposal the identity
   * @return the proposal, or empty if unknown
   */
  public Optional<Proposal> proposal(ProposalId proposal) {
    return Optional.ofNullable(proposals.get(proposal));
  }

  /**
   * The open round, if any.
   *
   * @return the round
   */
  public Optional<RoundState> openRound() {
    return Optional.ofNullable(openRound);
  }

  /**
   * How many rounds were opened so far.
   *
   * @return the count
   */
  public int roundsHeld() {
    return roundsHeld;
  }

  /**
   * The adopted objectives.
   *
   * @return the objectives by identity
   */
  public Map<ObjectiveId, Objective> objectives() {
    return objectives;
  }

  /**
   * The actions.
   *
   * @return the actions by identity
   */
  public Map<ActionId, Action> actions() {
    return actions;
  }

  /**
   * The indicators.
   *
   * @return the indicators by identity
   */
  public Map<IndicatorId, Indicator> indicators() {
    return indicators;
  }

  /**
   * The evaluation criteria and their titles.
   *
   * @return the criteria by identity
   */
  public Map<CriterionId, String> criteria() {
    return criteria;
  }

  /**
   * The ratings given on one criterion.
   *
   * @param criterion the criterion
   * @return the ratings by actor; empty if none
   */
  public Map<ActorId, Rating> ratings(CriterionId criterion) {
    PersistentMap<ActorId, Rating> on = ratings.get(criterion);
    return on == null ? PersistentMap.empty() : on;
  }

  /**
   * Tells whether no command can change this process any more.
   *
   * @return true when closed or abandoned
   */
  public boolean isTerminal() {
    return phase.isTerminal();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProcessState)) {
      return false;
    }
    ProcessState that = (ProcessState) o;
    return version == that.version
        && contributions == that.contributions
        && validatedStakes == that.validatedStakes
        && roundsHeld == that.roundsHeld
        && phase == that.phase
        && charter.equals(that.charter)
        && Objects.equals(lastAt, that.lastAt)
        && members.equals(that.members)
        && colleges.equals(that.colleges)
        && collegeOrder.equals(that.collegeOrder)
        && contributionsByKind.equals(that.contributionsByKind)
        && stakes.equals(that.stakes)
        && proposals.equals(that.proposals)
        && Objects.equals(openRound, that.openRound)
        && objectives.equals(that.objectives)
        && actions.equals(that.actions)
        && indicators.equals(that.indicators)
        && criteria.equals(that.criteria)
        && ratings.equals(that.ratings)
        && Objects.equals(title, that.title)
        && deadlines.equals(that.deadlines)
        && Objects.equals(roundDeadline, that.roundDeadline)
        // means:
        && effects.equals(that.effects)
        && prospects.equals(that.prospects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        charter, phase, lastAt, version, members, proposals, openRound, roundsHeld, actions);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("charter", charter.name())
        .add("phase", phase)
        .add("version", version)
        .add("members", members.size())
        .add("stakes", stakes.size())
        .add("proposals", proposals.size())
        .add("roundsHeld", roundsHeld)
        .add("openRound", openRound == null ? null : openRound.number())
        .add("actions", actions.size())
        .toString();
  }

  /** A mutable copy used while applying one event. */
  static final class Builder {
    @SuppressWarnings("NullAway.Init") // every builder is made from a charter or a state
    Charter charter;

    Phase phase = Phase.FRAMING;
    @Nullable Instant lastAt;
    long version;
    PersistentMap<ActorId, Member> members = PersistentMap.empty();
    PersistentMap<CollegeId, College> colleges = PersistentMap.empty();
    ImmutableList<CollegeId> collegeOrder = ImmutableList.of();
    PersistentMap<ActorKind, Integer> contributionsByKind = PersistentMap.empty();
    int contributions;
    PersistentMap<StakeId, Stake> stakes = PersistentMap.empty();
    int validatedStakes;
    PersistentMap<ProposalId, Proposal> proposals = PersistentMap.empty();
    @Nullable RoundState openRound;
    int roundsHeld;
    PersistentMap<ObjectiveId, Objective> objectives = PersistentMap.empty();
    PersistentMap<ActionId, Action> actions = PersistentMap.empty();
    PersistentMap<IndicatorId, Indicator> indicators = PersistentMap.empty();
    PersistentMap<CriterionId, String> criteria = PersistentMap.empty();
    PersistentMap<CriterionId, PersistentMap<ActorId, Rating>> ratings = PersistentMap.empty();
    @Nullable String title;
    ImmutableMap<Phase, Instant> deadlines = ImmutableMap.of();
    @Nullable Instant roundDeadline;
    // means:
    PersistentMap<IndicatorId, LocalDate> effects = PersistentMap.empty();
    // exante: criteria early and prospective assessment
    Prospects prospects = Prospects.NONE;

    ProcessState build() {
      return new ProcessState(this);
    }
  }
}
