package org.concertation.core.personal;

import org.concertation.api.event.Event;

/**
 * A visitor that gives every event back unchanged; {@link PersonalValues} overrides the events that
 * hold personal values. A new event holds none until it is listed there.
 */
abstract class Unchanged implements Event.Visitor<Event> {
  @Override
  public Event visit(Event.ProcessOpened e) {
    return e;
  }

  @Override
  public Event visit(Event.ActorRegistered e) {
    return e;
  }

  @Override
  public Event visit(Event.CollegeRegistered e) {
    return e;
  }

  @Override
  public Event visit(Event.PanelDrawn e) {
    return e;
  }

  @Override
  public Event visit(Event.PhaseAdvanced e) {
    return e;
  }

  @Override
  public Event visit(Event.PhaseReopened e) {
    return e;
  }

  @Override
  public Event visit(Event.DeadlineSet e) {
    return e;
  }

  @Override
  public Event visit(Event.ContributionMade e) {
    return e;
  }

  @Override
  public Event visit(Event.StakeIdentified e) {
    return e;
  }

  @Override
  public Event visit(Event.StakeValidated e) {
    return e;
  }

  @Override
  public Event visit(Event.ProposalSubmitted e) {
    return e;
  }

  @Override
  public Event visit(Event.ProposalAmended e) {
    return e;
  }

  @Override
  public Event visit(Event.ProposalsMerged e) {
    return e;
  }

  @Override
  public Event visit(Event.ProposalWithdrawn e) {
    return e;
  }

  @Override
  public Event visit(Event.RoundOpened e) {
    return e;
  }

  @Override
  public Event visit(Event.PositionTaken e) {
    return e;
  }

  @Override
  public Event visit(Event.BallotCast e) {
    return e;
  }

  @Override
  public Event visit(Event.RoundClosed e) {
    return e;
  }

  @Override
  public Event visit(Event.ProposalAnswered e) {
    return e;
  }

  @Override
  public Event visit(Event.ObjectiveAdopted e) {
    return e;
  }

  @Override
  public Event visit(Event.ActionLaunched e) {
    return e;
  }

  @Override
  public Event visit(Event.CommitmentMade e) {
    return e;
  }

  @Override
  public Event visit(Event.IndicatorDefined e) {
    return e;
  }

  @Override
  public Event visit(Event.IndicatorReported e) {
    return e;
  }

  @Override
  public Event visit(Event.CriterionDefined e) {
    return e;
  }

  @Override
  public Event visit(Event.RatingGiven e) {
    return e;
  }

  @Override
  public Event visit(Event.ProcessClosed e) {
    return e;
  }

  @Override
  public Event visit(Event.ProcessAbandoned e) {
    return e;
  }

  // consent: leaving a process carries no personal value
  @Override
  public Event visit(Event.ActorLeft e) {
    return e;
  }

  // secret: positions and ballots kept apart from their voters

  @Override
  public Event visit(Event.SecretPositionTaken e) {
    return e;
  }

  @Override
  public Event visit(Event.SecretBallotCast e) {
    return e;
  }

  // means: an expected effect holds no personal value; a delivery's note is listed there
  @Override
  public Event visit(Event.EffectExpected e) {
    return e;
  }

  @Override
  public Event visit(Event.DeliveryRecorded e) {
    return e;
  }

  // exante: criteria early and prospective assessment (no personal value)

  @Override
  public Event visit(Event.CriteriaWeighed e) {
    return e;
  }

  @Override
  public Event visit(Event.AssessmentOpened e) {
    return e;
  }

  @Override
  public Event visit(Event.ProposalsAssessed e) {
    return e;
  }

  @Override
  public Event visit(Event.AssessmentClosed e) {
    return e;
  }

  @Override
  public Event visit(Event.ActionRated e) {
    return e;
  }
}
