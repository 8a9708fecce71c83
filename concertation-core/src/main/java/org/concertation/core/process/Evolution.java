package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.Indicator;
import org.concertation.api.domain.Objective;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Stake;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;

/**
 * Applies events to a builder of the next state, one after the other: a whole history can be folded
 * into one builder before a single state is built.
 */
final class Evolution implements Event.Visitor<Void> {
  private final ProcessState.Builder next;

  Evolution(ProcessState.Builder next) {
    this.next = next;
  }

  /** Applies one event, and counts it. */
  void apply(Event event) {
    checkNotNull(event, "event must not be null");
    event.accept(this);
    next.version++;
    next.lastAt = event.at();
  }

  private Proposal proposal(ProposalId id) {
    Proposal proposal = next.proposals.get(id);
    if (proposal == null) {
      throw new IllegalStateException("Event names unknown proposal '" + id + "'");
    }
    return proposal;
  }

  @Override
  public Void visit(Event.ProcessOpened e) {
    next.title = e.title();
    return null;
  }

  @Override
  public Void visit(Event.ActorRegistered e) {
    next.members = next.members.plus(e.actor().id(), new Member(e.actor(), e.role(), e.college()));
    return null;
  }

  @Override
  public Void visit(Event.CollegeRegistered e) {
    next.colleges = next.colleges.plus(e.college().id(), e.college());
    next.collegeOrder =
        ImmutableList.<CollegeId>builder().addAll(next.collegeOrder).add(e.college().id()).build();
    return null;
  }

  @Override
  public Void visit(Event.PanelDrawn e) {
    return null; // a record for verification: the members join by their own registrations
  }

  @Override
  public Void visit(Event.PhaseAdvanced e) {
    next.phase = e.to();
    return null;
  }

  @Override
  public Void visit(Event.PhaseReopened e) {
    next.phase = e.to();
    return null;
  }

  @Override
  public Void visit(Event.DeadlineSet e) {
    if (e.target() instanceof DeadlineTarget.OfPhase phase) {
      Map<Phase, Instant> deadlines = new EnumMap<>(Phase.class);
      deadlines.putAll(next.deadlines);
      deadlines.put(phase.phase(), e.deadline());
      next.deadlines = ImmutableMap.copyOf(deadlines);
    } else {
      next.roundDeadline = e.deadline(); // a round's deadline: the decider set it on the open one
    }
    return null;
  }

  @Override
  public Void visit(Event.ContributionMade e) {
    Member member = next.members.get(e.by());
    if (member == null) {
      throw new IllegalStateException("Contribution by unknown actor '" + e.by() + "'");
    }
    ActorKind kind = member.actor().kind();
    next.contributionsByKind =
        next.contributionsByKind.plus(kind, next.contributionsByKind.getOrDefault(kind, 0) + 1);
    next.contributions = next.contributions + 1;
    return null;
  }

  @Override
  public Void visit(Event.StakeIdentified e) {
    next.stakes = next.stakes.plus(e.stake(), new Stake(e.stake(), e.title(), e.by(), false));
    return null;
  }

  @Override
  public Void visit(Event.StakeValidated e) {
    Stake stake = next.stakes.get(e.stake());
    if (stake == null) {
      throw new IllegalStateException("Event names unknown stake '" + e.stake() + "'");
    }
    next.stakes =
        next.stakes.plus(
            e.stake(), new Stake(stake.id(), stake.title(), stake.identifiedBy(), true));
    next.validatedStakes = next.validatedStakes + 1;
    return null;
  }

  @Override
  public Void visit(Event.ProposalSubmitted e) {
    next.proposals =
        next.proposals.plus(
            e.proposal(),
            Proposal.submitted(e.proposal(), e.authors(), e.content(), ImmutableList.of()));
    return null;
  }

  @Override
  public Void visit(Event.ProposalAmended e) {
    Proposal p = proposal(e.proposal());
    next.proposals = next.proposals.plus(p.id(), p.amended(e.content(), e.amendment()));
    return null;
  }

  @Override
  public Void visit(Event.ProposalsMerged e) {
    PersistentMap<ProposalId, Proposal> proposals = next.proposals;
    for (ProposalId source : e.sources()) {
      proposals = proposals.plus(source, proposal(source).mergedInto(e.result()));
    }
    next.proposals =
        proposals.plus(
            e.result(), Proposal.submitted(e.result(), e.authors(), e.content(), e.sources()));
    return null;
  }

  @Override
  public Void visit(Event.ProposalWithdrawn e) {
    next.proposals =
        next.proposals.plus(
            e.proposal(), proposal(e.proposal()).withStatus(ProposalStatus.WITHDRAWN));
    return null;
  }

  @Override
  public Void visit(Event.RoundOpened e) {
    next.openRound = RoundState.open(e.round(), e.agenda(), e.rule(), e.ballotRule(), e.key());
    next.roundsHeld = e.round();
    next.roundDeadline = next.charter.roundDuration().map(e.at()::plus).orElse(null);
    return null;
  }

  @Override
  public Void visit(Event.PositionTaken e) {
    RoundState round = next.openRound;
    if (round == null || round.number() != e.round()) {
      throw new IllegalStateException(
          "Position taken in round " + e.round() + ", which is not open");
    }
    next.openRound = round.with(e.proposal(), e.position());
    return null;
  }

  @Override
  public Void visit(Event.BallotCast e) {
    RoundState round = next.openRound;
    if (round == null || round.number() != e.round() || !round.isBallotRound()) {
      throw new IllegalStateException(
          "Ballot cast in round " + e.round() + ", which is not an open ballot round");
    }
    next.openRound = round.withBallot(e.voter(), e.ballot());
    return null;
  }

  @Override
  public Void visit(Event.RoundClosed e) {
    PersistentMap<ProposalId, Proposal> proposals = next.proposals;
    for (RoundDecision decision : e.decisions()) {
      proposals =
          proposals.plus(
              decision.proposal(), proposal(decision.proposal()).withStatus(decision.status()));
    }
    if (e.ballot().isPresent()) {
      for (Map.Entry<ProposalId, ProposalStatus> status : e.ballot().get().statuses().entrySet()) {
        proposals =
            proposals.plus(
                status.getKey(), proposal(status.getKey()).withStatus(status.getValue()));
      }
    }
    next.proposals = proposals;
    next.openRound = null;
    next.roundDeadline = null;
    return null;
  }

  @Override
  public Void visit(Event.ProposalAnswered e) {
    next.proposals = next.proposals.plus(e.proposal(), proposal(e.proposal()).answered(e.answer()));
    return null;
  }

  @Override
  public Void visit(Event.ObjectiveAdopted e) {
    next.objectives =
        next.objectives.plus(e.objective(), new Objective(e.objective(), e.title(), e.from()));
    return null;
  }

  @Override
  public Void visit(Event.ActionLaunched e) {
    next.actions =
        next.actions.plus(e.action(), Action.launched(e.action(), e.objective(), e.title()));
    return null;
  }

  @Override
  public Void visit(Event.CommitmentMade e) {
    Action action = next.actions.get(e.action());
    Member member = next.members.get(e.commitment().actor());
    if (action == null || member == null) {
      throw new IllegalStateException("Commitment names an unknown action or actor: " + e);
    }
    next.actions =
        next.actions.plus(e.action(), action.with(e.commitment(), member.actor().kind()));
    return null;
  }

  @Override
  public Void visit(Event.IndicatorDefined e) {
    next.indicators =
        next.indicators.plus(
            e.indicator(),
            new Indicator(
                e.indicator(), e.action(), e.name(), e.unit(), e.expected(), Optional.empty()));
    return null;
  }

  @Override
  public Void visit(Event.IndicatorReported e) {
    Indicator i = next.indicators.get(e.indicator());
    if (i == null && next.effects.containsKey(e.indicator())) {
      return null; // means: the state keeps no observation of an expected effect
    }
    if (i == null) {
      throw new IllegalStateException("Event names unknown indicator '" + e.indicator() + "'");
    }
    next.indicators =
        next.indicators.plus(
            e.indicator(),
            new Indicator(
                i.id(), i.action(), i.name(), i.unit(), i.expected(), Optional.of(e.observed())));
    return null;
  }

  @Override
  public Void visit(Event.CriterionDefined e) {
    next.criteria = next.criteria.plus(e.criterion(), e.title());
    // exante: a criterion's own scale
    e.scale().ifPresent(scale -> next.prospects = next.prospects.withScale(e.criterion(), scale));
    return null;
  }

  @Override
  public Void visit(Event.RatingGiven e) {
    Rating rating = e.rating();
    PersistentMap<ActorId, Rating> on = next.ratings.get(rating.criterion());
    if (on == null) {
      on = PersistentMap.empty();
    }
    next.ratings = next.ratings.plus(rating.criterion(), on.plus(rating.actor(), rating));
    return null;
  }

  @Override
  public Void visit(Event.ProcessClosed e) {
    next.phase = Phase.CLOSED;
    return null;
  }

  @Override
  public Void visit(Event.ProcessAbandoned e) {
    next.phase = Phase.ABANDONED;
    next.openRound = null;
    return null;
  }

  // consent: leaving a process

  @Override
  public Void visit(Event.ActorLeft e) {
    Member member = requireNonNull(next.members.get(e.by()), "checked: she is registered");
    next.members = next.members.plus(e.by(), member.leaving(e.at()));
    return null;
  }

  // secret: positions and ballots keyed by pseudonyms, each with its voter's college

  @Override
  public Void visit(Event.SecretPositionTaken e) {
    RoundState round = next.openRound;
    SecretRound secret = round == null ? null : round.secret();
    if (round == null || round.number() != e.round() || secret == null) {
      throw new IllegalStateException(
          "Secret position taken in round " + e.round() + ", which is not an open secret round");
    }
    next.openRound =
        round
            .with(e.proposal(), e.position())
            .withSecret(secret.withVoter(e.position().actor(), e.college()));
    return null;
  }

  @Override
  public Void visit(Event.SecretBallotCast e) {
    RoundState round = next.openRound;
    SecretRound secret = round == null ? null : round.secret();
    if (round == null || round.number() != e.round() || !round.isBallotRound() || secret == null) {
      throw new IllegalStateException(
          "Secret ballot cast in round "
              + e.round()
              + ", which is not an open secret ballot round");
    }
    next.openRound =
        round
            .withBallot(e.voter(), e.ballot())
            .withSecret(secret.withVoter(e.voter(), e.college()));
    return null;
  }

  // means: expected effects, and what carriers delivered

  @Override
  public Void visit(Event.EffectExpected e) {
    next.effects = next.effects.plus(e.indicator(), e.horizon());
    return null;
  }

  @Override
  public Void visit(Event.DeliveryRecorded e) {
    return null; // what was delivered decides nothing: over-delivery is allowed, and shown
  }

  // exante: criteria early and prospective assessment

  @Override
  public Void visit(Event.CriteriaWeighed e) {
    return null; // the weights are the read model's: no command depends on them
  }

  @Override
  public Void visit(Event.AssessmentOpened e) {
    next.prospects =
        next.prospects.opening(
            new Prospects.Assessment(e.number(), e.agenda(), e.criteria(), PersistentMap.empty()));
    return null;
  }

  @Override
  public Void visit(Event.ProposalsAssessed e) {
    Prospects.Assessment open = requireNonNull(next.prospects.open, "checked: one is open");
    next.prospects = next.prospects.withOpen(open.with(e.by(), e.criterion(), e.grades()));
    return null;
  }

  @Override
  public Void visit(Event.AssessmentClosed e) {
    next.prospects = next.prospects.closing(e.results());
    return null;
  }

  @Override
  public Void visit(Event.ActionRated e) {
    next.prospects = next.prospects.withActionGrade(e.action(), e.criterion(), e.by(), e.grade());
    return null;
  }
}
