package org.concertation.core.history;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.AssessmentResult;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.personal.RoundKeys;
import org.jspecify.annotations.Nullable;

/**
 * Folds events into the facts of a {@link ProcessHistory}: one method per event, the one place
 * where a new kind of event enters the read model. Mutable, used once, not shared.
 */
final class Projector implements Event.Visitor<Void> {
  final Charter charter;
  int index;
  @Nullable Instant firstAt;
  @Nullable Instant lastAt;
  Phase phase = Phase.FRAMING;
  final List<ParticipantFact> participants = new ArrayList<>();
  // consent: who left the process
  private final Set<ActorId> left = new HashSet<>();
  final List<CollegeFact> colleges = new ArrayList<>();
  final List<PhaseChange> phaseChanges = new ArrayList<>();
  final List<Milestone> timeline = new ArrayList<>();
  final List<ContributionFact> contributions = new ArrayList<>();
  private final Map<StakeId, StakeFact> stakes = new LinkedHashMap<>();
  private final Map<ProposalId, ProposalDraft> proposals = new LinkedHashMap<>();
  private final Map<Integer, RoundDraft> rounds = new LinkedHashMap<>();
  final List<ObjectiveFact> objectives = new ArrayList<>();
  private final Map<ActionId, ActionDraft> actions = new LinkedHashMap<>();
  final List<CommitmentFact> commitments = new ArrayList<>();
  private final Map<IndicatorId, IndicatorFact> indicators = new LinkedHashMap<>();
  final List<CriterionFact> criteria = new ArrayList<>();
  final List<RatingFact> ratings = new ArrayList<>();
  final List<DeadlineFact> deadlineChanges = new ArrayList<>();
  @Nullable String title;
  // means: expected effects, and what carriers delivered
  private final Map<IndicatorId, EffectFact> effects = new LinkedHashMap<>();
  final List<DeliveryFact> deliveries = new ArrayList<>();
  // exante: criteria early and prospective assessment
  final Map<CriterionId, GradeScale> criterionScales = new LinkedHashMap<>();
  private final Map<Integer, AssessmentDraft> assessments = new LinkedHashMap<>();
  final List<WeighingFact> weighings = new ArrayList<>();
  final List<ActionRatingFact> actionRatings = new ArrayList<>();

  Projector(Charter charter) {
    this.charter = charter;
  }

  void apply(Event event) {
    if (firstAt == null) {
      firstAt = event.at();
    }
    lastAt = event.at();
    event.accept(this);
    index++;
  }

  private Stamp stamp(Event e, ActorId by) {
    return new Stamp(index, e.at(), by);
  }

  private ProposalDraft proposal(ProposalId id) {
    return proposals.computeIfAbsent(id, ProposalDraft::new);
  }

  private void change(
      Event e, ActorId by, PhaseChange.Kind kind, Phase to, PersonalText statement) {
    PhaseChange change = new PhaseChange(stamp(e, by), kind, phase, to, statement);
    phaseChanges.add(change);
    timeline.add(change);
    phase = to;
  }

  ImmutableList<StakeFact> stakes() {
    return ImmutableList.copyOf(stakes.values());
  }

  ImmutableMap<ProposalId, ProposalHistory> proposals() {
    ImmutableMap.Builder<ProposalId, ProposalHistory> built = ImmutableMap.builder();
    proposals.forEach((id, draft) -> built.put(id, draft.build()));
    return built.buildOrThrow();
  }

  ImmutableList<RoundFact> rounds() {
    return rounds.values().stream().map(RoundDraft::build).collect(ImmutableList.toImmutableList());
  }

  ImmutableList<ActionFact> actions() {
    return actions.values().stream()
        .map(ActionDraft::build)
        .collect(ImmutableList.toImmutableList());
  }

  ImmutableList<IndicatorFact> indicators() {
    return ImmutableList.copyOf(indicators.values());
  }

  /** What became of every objection, once the whole history is known. */
  static ImmutableList<ObjectionFact> objections(
      ImmutableList<RoundFact> rounds, ImmutableMap<ProposalId, ProposalHistory> proposals) {
    List<ObjectionFact> objections = new ArrayList<>();
    for (RoundFact round : rounds) {
      for (PositionFact objection : round.positions()) {
        if (!objection.isObjection()) {
          continue;
        }
        Optional<DecisionFact> decision = round.decisionOn(objection.proposal());
        ProposalHistory proposal = proposals.get(objection.proposal());
        boolean amendedAfter =
            proposal != null
                && proposal.amendments().stream()
                    .anyMatch(v -> v.stamp().isAfter(objection.stamp()));
        objections.add(
            new ObjectionFact(
                objection, decision, amendedAfter, treatment(objection, decision, rounds)));
      }
    }
    objections.sort(Comparator.comparingInt(o -> o.position().stamp().index()));
    return ImmutableList.copyOf(objections);
  }

  private static ObjectionFact.Treatment treatment(
      PositionFact objection, Optional<DecisionFact> decision, List<RoundFact> rounds) {
    if (decision.isEmpty()) {
      return ObjectionFact.Treatment.PENDING;
    }
    if (decision.get().verdict() == Verdict.ADOPTED) {
      return ObjectionFact.Treatment.OUTVOTED;
    }
    ActorId author = objection.position().actor();
    for (RoundFact later : rounds) {
      // a ballot round gives no way to object again: it neither lifts an objection nor keeps it
      if (!later.isBallotRound()
          && later.opening().stamp().isAfter(objection.stamp())
          && later.decisionOn(objection.proposal()).isPresent()) {
        boolean again =
            later.positionsOn(objection.proposal()).stream()
                .anyMatch(p -> p.isObjection() && p.position().actor().equals(author));
        return again ? ObjectionFact.Treatment.STANDING : ObjectionFact.Treatment.LIFTED;
      }
    }
    return ObjectionFact.Treatment.STANDING;
  }

  // ------------------------------------------------------------ events

  @Override
  public Void visit(Event.ProcessOpened e) {
    title = e.title();
    return null;
  }

  @Override
  public Void visit(Event.ActorRegistered e) {
    participants.add(new ParticipantFact(stamp(e, e.by()), e.actor(), e.role(), e.college()));
    return null;
  }

  @Override
  public Void visit(Event.CollegeRegistered e) {
    CollegeFact college = new CollegeFact(stamp(e, e.by()), e.college());
    colleges.add(college);
    timeline.add(college);
    return null;
  }

  @Override
  public Void visit(Event.PanelDrawn e) {
    timeline.add(new PanelDrawFact(stamp(e, e.by()), e.college(), e.draw()));
    return null;
  }

  @Override
  public Void visit(Event.PhaseAdvanced e) {
    phase = e.from();
    change(e, e.by(), PhaseChange.Kind.ADVANCED, e.to(), PersonalText.of(""));
    return null;
  }

  @Override
  public Void visit(Event.PhaseReopened e) {
    phase = e.from();
    change(e, e.by(), PhaseChange.Kind.REOPENED, e.to(), e.reason());
    return null;
  }

  @Override
  public Void visit(Event.DeadlineSet e) {
    deadlineChanges.add(
        new DeadlineFact(stamp(e, e.by()), e.target(), e.previous(), e.deadline(), e.reason()));
    return null;
  }

  @Override
  public Void visit(Event.ContributionMade e) {
    contributions.add(new ContributionFact(stamp(e, e.by()), e.text(), e.stakes()));
    return null;
  }

  @Override
  public Void visit(Event.StakeIdentified e) {
    stakes.put(e.stake(), new StakeFact(stamp(e, e.by()), e.stake(), e.title(), Optional.empty()));
    return null;
  }

  @Override
  public Void visit(Event.StakeValidated e) {
    StakeFact stake = stakes.get(e.stake());
    if (stake != null) { // a validation of a stake never identified has nothing to validate
      stakes.put(
          e.stake(),
          new StakeFact(
              stake.identified(), stake.id(), stake.title(), Optional.of(stamp(e, e.by()))));
    }
    return null;
  }

  @Override
  public Void visit(Event.ProposalSubmitted e) {
    ProposalDraft p = proposal(e.proposal());
    p.authors = e.authors().asList();
    VersionFact version =
        new VersionFact(
            stamp(e, e.authors().asList().get(0)), e.proposal(), 1, e.content(), Optional.empty());
    p.versions.add(version);
    p.steps.add(version);
    p.status = ProposalStatus.OPEN;
    return null;
  }

  @Override
  public Void visit(Event.ProposalAmended e) {
    ProposalDraft p = proposal(e.proposal());
    VersionFact version =
        new VersionFact(
            stamp(e, e.by()), e.proposal(), e.version(), e.content(), Optional.of(e.rationale()));
    p.versions.add(version);
    p.steps.add(version);
    return null;
  }

  @Override
  public Void visit(Event.ProposalsMerged e) {
    Stamp stamp = stamp(e, e.by());
    MergeFact merge = new MergeFact(stamp, e.result(), e.sources(), e.authors(), e.content());
    ProposalDraft result = proposal(e.result());
    result.authors = e.authors().asList();
    result.versions.add(new VersionFact(stamp, e.result(), 1, e.content(), Optional.empty()));
    result.mergedFrom = merge;
    result.steps.add(merge);
    result.status = ProposalStatus.OPEN;
    for (ProposalId source : e.sources()) {
      ProposalDraft p = proposal(source);
      p.mergedInto = merge;
      p.steps.add(merge);
      p.status = ProposalStatus.MERGED;
    }
    return null;
  }

  @Override
  public Void visit(Event.ProposalWithdrawn e) {
    ProposalDraft p = proposal(e.proposal());
    WithdrawalFact withdrawal = new WithdrawalFact(stamp(e, e.by()), e.proposal(), e.reason());
    p.withdrawal = withdrawal;
    p.steps.add(withdrawal);
    p.status = ProposalStatus.WITHDRAWN;
    return null;
  }

  @Override
  public Void visit(Event.RoundOpened e) {
    RoundOpening opening =
        new RoundOpening(stamp(e, e.by()), e.round(), e.agenda(), e.rule(), e.ballotRule());
    RoundDraft draft = new RoundDraft(opening);
    draft.secret = e.isSecret(); // secret: its votes are kept anonymous
    rounds.put(e.round(), draft);
    timeline.add(opening);
    return null;
  }

  @Override
  public Void visit(Event.PositionTaken e) {
    var unused = proposal(e.proposal()); // a proposal with positions is part of the history
    RoundDraft round = rounds.get(e.round());
    if (round != null) { // a position in a round never opened belongs to no round
      round.positions.add(
          new PositionFact(stamp(e, e.position().actor()), e.round(), e.proposal(), e.position()));
    }
    return null;
  }

  @Override
  public Void visit(Event.BallotCast e) {
    RoundDraft round = rounds.get(e.round());
    if (round != null) { // a ballot in a round never opened belongs to no round
      round.ballots.add(new BallotFact(stamp(e, e.voter()), e.round(), e.voter(), e.ballot()));
    }
    return null;
  }

  @Override
  public Void visit(Event.RoundClosed e) {
    Stamp stamp = stamp(e, e.by());
    ImmutableList.Builder<DecisionFact> decisions = ImmutableList.builder();
    for (RoundDecision decision : e.decisions()) {
      DecisionFact fact = new DecisionFact(stamp, e.round(), decision);
      decisions.add(fact);
      ProposalDraft p = proposal(decision.proposal());
      p.decisions.add(fact);
      p.steps.add(fact);
      p.status = decision.status();
    }
    ImmutableList.Builder<DecisionFact> byBallot = ImmutableList.builder();
    RoundDraft round = rounds.get(e.round());
    if (e.ballot().isPresent()) {
      BallotOutcome outcome = e.ballot().get();
      Map<ProposalId, Long> costs = new LinkedHashMap<>();
      for (ProposalId id : outcome.statuses().keySet()) {
        ProposalDraft p = proposal(id);
        // a proposal the history never saw submitted is on the ballot as its first version
        DecisionFact fact =
            DecisionFact.ofBallot(stamp, e.round(), id, Math.max(1, p.versions.size()), outcome);
        byBallot.add(fact);
        p.decisions.add(fact);
        p.steps.add(fact);
        p.status = fact.status();
        if (!p.versions.isEmpty()) {
          BallotCount.wholeCost(p.versions.get(p.versions.size() - 1).content())
              .ifPresent(cost -> costs.put(id, cost));
        }
      }
      if (round != null) {
        round.costs = ImmutableMap.copyOf(costs);
        e.participants().ifPresent(p -> round.participants = p);
        round.turnout = turnout(round);
        weigh(round);
      }
    }
    RoundClosing closing =
        new RoundClosing(stamp, e.round(), decisions.build(), e.ballot(), byBallot.build());
    if (round != null) {
      round.closing = closing;
    }
    timeline.add(closing);
    return null;
  }

  @Override
  public Void visit(Event.ProposalAnswered e) {
    ProposalDraft p = proposal(e.proposal());
    Instant from = p.waitingSince();
    AnswerFact answer =
        new AnswerFact(
            stamp(e, e.by()),
            e.proposal(),
            e.answer(),
            e.reasoning(),
            from == null ? Duration.ZERO : Duration.between(from, e.at()));
    p.answer = answer;
    p.steps.add(answer);
    return null;
  }

  @Override
  public Void visit(Event.ObjectiveAdopted e) {
    objectives.add(new ObjectiveFact(stamp(e, e.by()), e.objective(), e.title(), e.from()));
    return null;
  }

  @Override
  public Void visit(Event.ActionLaunched e) {
    actions.put(
        e.action(), new ActionDraft(stamp(e, e.by()), e.action(), e.objective(), e.title()));
    return null;
  }

  @Override
  public Void visit(Event.CommitmentMade e) {
    CommitmentFact commitment =
        new CommitmentFact(stamp(e, e.commitment().actor()), e.action(), e.commitment());
    commitments.add(commitment);
    ActionDraft action = actions.get(e.action());
    if (action != null) { // a commitment to an action never launched belongs to no action
      action.commitments.add(commitment);
    }
    return null;
  }

  @Override
  public Void visit(Event.IndicatorDefined e) {
    indicators.put(
        e.indicator(),
        new IndicatorFact(
            stamp(e, e.by()),
            e.indicator(),
            e.action(),
            e.name(),
            e.unit(),
            e.expected(),
            Optional.empty()));
    return null;
  }

  @Override
  public Void visit(Event.IndicatorReported e) {
    // means: an expected effect is reported on as an action's indicator is
    EffectFact effect = effects.get(e.indicator());
    if (effect != null) {
      effects.put(
          e.indicator(),
          effect.observed(new IndicatorFact.Observation(stamp(e, e.by()), e.observed())));
      return null;
    }
    IndicatorFact i = indicators.get(e.indicator());
    if (i != null) { // a report on an indicator never defined has nothing to report on
      BigDecimal observed = e.observed();
      indicators.put(
          e.indicator(),
          new IndicatorFact(
              i.defined(),
              i.id(),
              i.action(),
              i.name(),
              i.unit(),
              i.expected(),
              Optional.of(new IndicatorFact.Observation(stamp(e, e.by()), observed))));
    }
    return null;
  }

  @Override
  public Void visit(Event.CriterionDefined e) {
    criteria.add(new CriterionFact(stamp(e, e.by()), e.criterion(), e.title()));
    // exante: each criterion's scale
    criterionScales.put(e.criterion(), e.gradeScale());
    return null;
  }

  @Override
  public Void visit(Event.RatingGiven e) {
    ratings.add(new RatingFact(stamp(e, e.rating().actor()), e.rating()));
    return null;
  }

  @Override
  public Void visit(Event.ProcessClosed e) {
    change(e, e.by(), PhaseChange.Kind.CLOSED, Phase.CLOSED, e.summary());
    return null;
  }

  @Override
  public Void visit(Event.ProcessAbandoned e) {
    change(e, e.by(), PhaseChange.Kind.ABANDONED, Phase.ABANDONED, e.reason());
    return null;
  }

  /**
   * Who could vote in a ballot round as it closes: every participant registered so far whom the
   * charter lets take a position in negotiation (an actor registered twice counts once, as last
   * registered).
   */
  private TurnoutFact turnout(RoundDraft round) {
    Map<ActorId, ParticipantFact> members = new LinkedHashMap<>();
    participants.forEach(p -> members.put(p.id(), p));
    Map<ActorId, Boolean> voted = new LinkedHashMap<>();
    round.ballots.forEach(b -> voted.put(b.voter(), true));
    round.participants.forEach(p -> voted.put(p, true)); // secret: who took part, by the close
    int eligible = 0;
    int cast = 0;
    Map<CollegeId, int[]> colleges = new LinkedHashMap<>();
    for (ParticipantFact p : members.values()) {
      if (!charter.allows(Activity.TAKE_POSITION, p.role(), p.actor().kind(), Phase.NEGOTIATION)) {
        continue;
      }
      boolean did = voted.containsKey(p.id());
      if (left.contains(p.id()) && !did) {
        continue; // consent: who left is no longer asked, unless she voted before leaving
      }
      eligible++;
      cast += did ? 1 : 0;
      p.college()
          .ifPresent(
              c -> {
                int[] count = colleges.computeIfAbsent(c, id -> new int[2]);
                count[0]++;
                count[1] += did ? 1 : 0;
              });
    }
    ImmutableList.Builder<TurnoutFact.College> byCollege = ImmutableList.builder();
    colleges.forEach((c, n) -> byCollege.add(new TurnoutFact.College(c, n[0], n[1])));
    return new TurnoutFact(eligible, cast, byCollege.build());
  }

  /**
   * The colleges a ballot round's close counted by: each voter's college as last registered, each
   * college's weight from the charter, then as registered (a later registration replacing it).
   */
  private void weigh(RoundDraft round) {
    if (round.secret) { // secret: each anonymous ballot keeps the college it was cast in
      round.collegeOf = round.anonymous().collegeOf();
      round.collegeWeights = weights();
      return;
    }
    Map<ActorId, CollegeId> collegeOf = new LinkedHashMap<>();
    for (ParticipantFact p : participants) {
      p.college().ifPresentOrElse(c -> collegeOf.put(p.id(), c), () -> collegeOf.remove(p.id()));
    }
    Map<ActorId, CollegeId> voters = new LinkedHashMap<>();
    for (BallotFact ballot : round.ballots) {
      CollegeId college = collegeOf.get(ballot.voter());
      if (college != null) {
        voters.put(ballot.voter(), college);
      }
    }
    round.collegeOf = ImmutableMap.copyOf(voters);
    round.collegeWeights = weights();
  }

  /** The weight of every college known so far, from the charter and the colleges registered. */
  private ImmutableMap<CollegeId, Integer> weights() {
    Map<CollegeId, Integer> weights = new LinkedHashMap<>();
    charter.colleges().forEach(c -> weights.put(c.id(), c.weight()));
    colleges.forEach(c -> weights.put(c.college().id(), c.college().weight()));
    return ImmutableMap.copyOf(weights);
  }

  // consent: leaving a process
  @Override
  public Void visit(Event.ActorLeft e) {
    // what she said stays as it was, shown as she consented at registration; rounds closed
    // afterwards no longer count her among who could vote
    left.add(e.by());
    // her registration, the last one if she was registered again, says when she left
    for (int i = participants.size() - 1; i >= 0; i--) {
      if (participants.get(i).id().equals(e.by())) {
        participants.set(i, participants.get(i).withLeft(stamp(e, e.by())));
        break;
      }
    }
    return null;
  }

  // means: expected effects, and what carriers delivered

  ImmutableList<EffectFact> effects() {
    return ImmutableList.copyOf(effects.values());
  }

  @Override
  public Void visit(Event.EffectExpected e) {
    effects.put(
        e.indicator(),
        new EffectFact(
            stamp(e, e.by()),
            e.indicator(),
            e.target(),
            e.name(),
            e.unit(),
            e.expected(),
            e.horizon(),
            Optional.empty()));
    return null;
  }

  @Override
  public Void visit(Event.DeliveryRecorded e) {
    deliveries.add(
        new DeliveryFact(
            stamp(e, e.by()), e.action(), e.commitment(), e.kind(), e.quantity(), e.note()));
    return null;
  }

  // ------------------------------------------------------------ drafts

  /** A proposal's life as the events tell it so far. */
  private static final class ProposalDraft {
    final ProposalId id;
    List<ActorId> authors = List.of();
    final List<VersionFact> versions = new ArrayList<>();
    @Nullable MergeFact mergedFrom;
    @Nullable MergeFact mergedInto;
    @Nullable WithdrawalFact withdrawal;
    final List<DecisionFact> decisions = new ArrayList<>();
    @Nullable AnswerFact answer;
    ProposalStatus status = ProposalStatus.OPEN;
    final List<ProposalStep> steps = new ArrayList<>();

    ProposalDraft(ProposalId id) {
      this.id = id;
    }

    /** Since when it waits for an answer: its last adoption or rejection, or its creation. */
    @Nullable Instant waitingSince() {
      for (int i = decisions.size() - 1; i >= 0; i--) {
        if (decisions.get(i).status() != ProposalStatus.OPEN) {
          return decisions.get(i).stamp().at();
        }
      }
      return versions.isEmpty() ? null : versions.get(0).stamp().at();
    }

    ProposalHistory build() {
      return new ProposalHistory(
          id,
          ImmutableList.copyOf(authors),
          ImmutableList.copyOf(versions),
          Optional.ofNullable(mergedFrom),
          Optional.ofNullable(mergedInto),
          Optional.ofNullable(withdrawal),
          ImmutableList.copyOf(decisions),
          Optional.ofNullable(answer),
          status,
          ImmutableList.copyOf(steps));
    }
  }

  /** A round as the events tell it so far. */
  private static final class RoundDraft {
    final RoundOpening opening;
    final List<PositionFact> positions = new ArrayList<>();
    final List<BallotFact> ballots = new ArrayList<>();
    @Nullable RoundClosing closing;
    ImmutableMap<ProposalId, Long> costs = ImmutableMap.of();
    @Nullable TurnoutFact turnout;
    ImmutableMap<ActorId, CollegeId> collegeOf = ImmutableMap.of();
    ImmutableMap<CollegeId, Integer> collegeWeights = ImmutableMap.of();
    // secret: the counted ballot and the college of each pseudonym, and who took part
    boolean secret;
    final Map<ActorId, Ballot> secretBallots = new LinkedHashMap<>();
    final Map<ActorId, Optional<CollegeId>> secretColleges = new HashMap<>();
    ImmutableSet<ActorId> participants = ImmutableSet.of();

    RoundDraft(RoundOpening opening) {
      this.opening = opening;
    }

    RoundFact build() {
      return new RoundFact(
          opening,
          ImmutableList.copyOf(positions),
          Optional.ofNullable(closing),
          secret ? anonymous().ballots() : ImmutableList.copyOf(ballots),
          costs,
          Optional.ofNullable(turnout),
          collegeOf,
          collegeWeights,
          secret,
          participants);
    }

    // secret: a secret round's ballots, anonymous

    /**
     * The ballots of a secret round: pseudonyms give way to stand-ins, cast order to text order.
     */
    Anonymous anonymous() {
      List<Map.Entry<ActorId, Ballot>> counted = new ArrayList<>(secretBallots.entrySet());
      counted.sort(Comparator.comparing(b -> b.getValue().toString()));
      ImmutableList.Builder<BallotFact> facts = ImmutableList.builder();
      ImmutableMap.Builder<ActorId, CollegeId> collegeOf = ImmutableMap.builder();
      int n = 0;
      for (Map.Entry<ActorId, Ballot> ballot : counted) {
        ActorId standIn = ActorId.of(RoundKeys.PREFIX + "ballot-" + ++n);
        facts.add(
            new BallotFact(
                new Stamp(opening.stamp().index(), opening.stamp().at(), standIn),
                opening.round(),
                standIn,
                ballot.getValue()));
        Optional<CollegeId> college = secretColleges.get(ballot.getKey());
        if (college != null) {
          college.ifPresent(c -> collegeOf.put(standIn, c));
        }
      }
      return new Anonymous(facts.build(), collegeOf.buildOrThrow());
    }
  }

  /** The anonymous ballots of a secret round and the college of each. */
  private record Anonymous(
      ImmutableList<BallotFact> ballots, ImmutableMap<ActorId, CollegeId> collegeOf) {}

  // secret: positions and ballots kept apart from their voters

  @Override
  public Void visit(Event.SecretPositionTaken e) {
    var unused = proposal(e.proposal()); // a proposal with positions is part of the history
    return null; // a secret stance shows only in its round's tallies
  }

  @Override
  public Void visit(Event.SecretBallotCast e) {
    RoundDraft round = rounds.get(e.round());
    if (round != null) { // a ballot in a round never opened belongs to no round
      round.secretBallots.put(e.voter(), e.ballot());
      round.secretColleges.put(e.voter(), e.college());
    }
    return null;
  }

  /** An action as the events tell it so far. */
  private static final class ActionDraft {
    final Stamp stamp;
    final ActionId id;
    final ObjectiveId objective;
    final String title;
    final List<CommitmentFact> commitments = new ArrayList<>();

    ActionDraft(Stamp stamp, ActionId id, ObjectiveId objective, String title) {
      this.stamp = stamp;
      this.id = id;
      this.objective = objective;
      this.title = title;
    }

    ActionFact build() {
      return new ActionFact(stamp, id, objective, title, ImmutableList.copyOf(commitments));
    }
  }

  // exante: criteria early and prospective assessment

  ImmutableList<AssessmentFact> assessments() {
    return assessments.values().stream()
        .map(AssessmentDraft::build)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public Void visit(Event.CriteriaWeighed e) {
    weighings.add(new WeighingFact(stamp(e, e.by()), e.grades()));
    return null;
  }

  @Override
  public Void visit(Event.AssessmentOpened e) {
    assessments.put(
        e.number(), new AssessmentDraft(stamp(e, e.by()), e.number(), e.agenda(), e.criteria()));
    return null;
  }

  @Override
  public Void visit(Event.ProposalsAssessed e) {
    AssessmentDraft draft = assessments.get(e.number());
    if (draft != null) {
      draft.gradings.add(new AssessmentFact.Grading(stamp(e, e.by()), e.criterion(), e.grades()));
    }
    return null;
  }

  @Override
  public Void visit(Event.AssessmentClosed e) {
    AssessmentDraft draft = assessments.get(e.number());
    if (draft != null) {
      draft.closed = stamp(e, e.by());
      draft.results = e.results();
    }
    return null;
  }

  @Override
  public Void visit(Event.ActionRated e) {
    actionRatings.add(new ActionRatingFact(stamp(e, e.by()), e.action(), e.criterion(), e.grade()));
    return null;
  }

  /** An assessment as the events tell it so far. */
  private static final class AssessmentDraft {
    final Stamp opened;
    final int number;
    final ImmutableList<ProposalId> agenda;
    final ImmutableMap<CriterionId, GradeScale> criteria;
    final List<AssessmentFact.Grading> gradings = new ArrayList<>();
    @Nullable Stamp closed;
    ImmutableList<AssessmentResult> results = ImmutableList.of();

    AssessmentDraft(
        Stamp opened,
        int number,
        ImmutableList<ProposalId> agenda,
        ImmutableMap<CriterionId, GradeScale> criteria) {
      this.opened = opened;
      this.number = number;
      this.agenda = agenda;
      this.criteria = criteria;
    }

    AssessmentFact build() {
      return new AssessmentFact(
          opened,
          number,
          agenda,
          criteria,
          ImmutableList.copyOf(gradings),
          Optional.ofNullable(closed),
          results);
    }
  }
}
