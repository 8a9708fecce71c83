package org.concertation.core.personal;

import com.google.common.collect.ImmutableSet;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;

/** The actors an event names as its authors: who caused it, who registered, who voted. */
final class Actors implements Event.Visitor<ImmutableSet<ActorId>> {
  private static final Actors INSTANCE = new Actors();

  private Actors() {}

  static ImmutableSet<ActorId> of(Event event) {
    return event.accept(INSTANCE);
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProcessOpened e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ActorRegistered e) {
    return ImmutableSet.of(e.by(), e.actor().id());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.CollegeRegistered e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.PanelDrawn e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.PhaseAdvanced e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.PhaseReopened e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.DeadlineSet e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ContributionMade e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.StakeIdentified e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.StakeValidated e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProposalSubmitted e) {
    return e.authors();
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProposalAmended e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProposalsMerged e) {
    return ImmutableSet.<ActorId>builder().add(e.by()).addAll(e.authors()).build();
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProposalWithdrawn e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.RoundOpened e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.PositionTaken e) {
    return ImmutableSet.of(e.position().actor());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.BallotCast e) {
    return ImmutableSet.of(e.voter());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.RoundClosed e) {
    // secret: who took part in a secret round is named by its close
    return e.participants().isEmpty()
        ? ImmutableSet.of(e.by())
        : ImmutableSet.<ActorId>builder().add(e.by()).addAll(e.participants().get()).build();
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProposalAnswered e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ObjectiveAdopted e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ActionLaunched e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.CommitmentMade e) {
    return ImmutableSet.of(e.commitment().actor());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.IndicatorDefined e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.IndicatorReported e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.CriterionDefined e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.RatingGiven e) {
    return ImmutableSet.of(e.rating().actor());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProcessClosed e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProcessAbandoned e) {
    return ImmutableSet.of(e.by());
  }

  // consent: leaving a process
  @Override
  public ImmutableSet<ActorId> visit(Event.ActorLeft e) {
    return ImmutableSet.of(e.by());
  }

  // secret: a secret position or ballot names no actor, only a pseudonym

  @Override
  public ImmutableSet<ActorId> visit(Event.SecretPositionTaken e) {
    return ImmutableSet.of();
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.SecretBallotCast e) {
    return ImmutableSet.of();
  }

  // means: expected effects, and what carriers delivered
  @Override
  public ImmutableSet<ActorId> visit(Event.EffectExpected e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.DeliveryRecorded e) {
    return ImmutableSet.of(e.by());
  }

  // exante: criteria early and prospective assessment

  @Override
  public ImmutableSet<ActorId> visit(Event.CriteriaWeighed e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.AssessmentOpened e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ProposalsAssessed e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.AssessmentClosed e) {
    return ImmutableSet.of(e.by());
  }

  @Override
  public ImmutableSet<ActorId> visit(Event.ActionRated e) {
    return ImmutableSet.of(e.by());
  }
}
