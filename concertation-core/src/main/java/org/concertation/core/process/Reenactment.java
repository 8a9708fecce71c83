package org.concertation.core.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;

/**
 * The command that an event records: each command the decider accepts causes exactly one event,
 * which keeps everything the command said, so the command can be rebuilt from the event and decided
 * again. A constructor of a command throws {@link IllegalArgumentException} (or {@link
 * NullPointerException}) when the event holds values that no command carries.
 */
final class Reenactment implements Event.Visitor<Command> {
  static final Reenactment INSTANCE = new Reenactment();

  private Reenactment() {}

  @Override
  public Command visit(Event.ProcessOpened e) {
    return new Command.OpenProcess(e.by(), e.at(), e.charter(), e.title());
  }

  @Override
  public Command visit(Event.ActorRegistered e) {
    return new Command.RegisterActor(e.by(), e.at(), e.actor(), e.role(), e.college());
  }

  @Override
  public Command visit(Event.CollegeRegistered e) {
    return new Command.RegisterCollege(e.by(), e.at(), e.college());
  }

  @Override
  public Command visit(Event.PanelDrawn e) {
    return new Command.RecordPanelDraw(e.by(), e.at(), e.college(), e.draw());
  }

  @Override
  public Command visit(Event.PhaseAdvanced e) {
    return new Command.AdvancePhase(e.by(), e.at());
  }

  @Override
  public Command visit(Event.PhaseReopened e) {
    return new Command.ReopenPhase(e.by(), e.at(), e.to(), e.reason());
  }

  @Override
  public Command visit(Event.DeadlineSet e) {
    return new Command.SetDeadline(e.by(), e.at(), e.target(), e.deadline(), e.reason());
  }

  @Override
  public Command visit(Event.ContributionMade e) {
    return new Command.Contribute(e.by(), e.at(), e.text(), e.stakes());
  }

  @Override
  public Command visit(Event.StakeIdentified e) {
    return new Command.IdentifyStake(e.by(), e.at(), e.stake(), e.title());
  }

  @Override
  public Command visit(Event.StakeValidated e) {
    return new Command.ValidateStake(e.by(), e.at(), e.stake());
  }

  @Override
  public Command visit(Event.ProposalSubmitted e) {
    ImmutableList<ActorId> authors = e.authors().asList();
    if (authors.isEmpty()) {
      throw new IllegalArgumentException("a proposal without authors: nobody submitted it");
    }
    return new Command.SubmitProposal(
        authors.get(0),
        e.at(),
        e.proposal(),
        e.content(),
        ImmutableSet.copyOf(authors.subList(1, authors.size())));
  }

  @Override
  public Command visit(Event.ProposalAmended e) {
    return new Command.AmendProposal(e.by(), e.at(), e.proposal(), e.content(), e.rationale());
  }

  @Override
  public Command visit(Event.ProposalsMerged e) {
    return new Command.MergeProposals(e.by(), e.at(), e.result(), e.sources(), e.content());
  }

  @Override
  public Command visit(Event.ProposalWithdrawn e) {
    return new Command.WithdrawProposal(e.by(), e.at(), e.proposal(), e.reason());
  }

  @Override
  public Command visit(Event.RoundOpened e) {
    return new Command.OpenRound(e.by(), e.at(), e.agenda(), e.key());
  }

  @Override
  public Command visit(Event.PositionTaken e) {
    return new Command.TakePosition(
        e.position().actor(), e.at(), e.proposal(), e.position().stance(), e.position().reason());
  }

  @Override
  public Command visit(Event.BallotCast e) {
    return new Command.CastBallot(e.voter(), e.at(), e.ballot());
  }

  @Override
  public Command visit(Event.RoundClosed e) {
    return new Command.CloseRound(e.by(), e.at());
  }

  @Override
  public Command visit(Event.ProposalAnswered e) {
    return new Command.AnswerProposal(e.by(), e.at(), e.proposal(), e.answer(), e.reasoning());
  }

  @Override
  public Command visit(Event.ObjectiveAdopted e) {
    return new Command.AdoptObjective(e.by(), e.at(), e.objective(), e.title(), e.from());
  }

  @Override
  public Command visit(Event.ActionLaunched e) {
    return new Command.LaunchAction(e.by(), e.at(), e.action(), e.objective(), e.title());
  }

  @Override
  public Command visit(Event.CommitmentMade e) {
    return new Command.Commit(
        e.commitment().actor(), e.at(), e.action(), e.commitment().resource());
  }

  @Override
  public Command visit(Event.IndicatorDefined e) {
    return new Command.DefineIndicator(
        e.by(), e.at(), e.indicator(), e.action(), e.name(), e.unit(), e.expected());
  }

  @Override
  public Command visit(Event.IndicatorReported e) {
    return new Command.ReportIndicator(e.by(), e.at(), e.indicator(), e.observed());
  }

  @Override
  public Command visit(Event.CriterionDefined e) {
    return new Command.DefineCriterion(e.by(), e.at(), e.criterion(), e.title(), e.scale());
  }

  @Override
  public Command visit(Event.RatingGiven e) {
    return new Command.Rate(
        e.rating().actor(),
        e.at(),
        e.rating().criterion(),
        e.rating().score(),
        e.rating().comment());
  }

  @Override
  public Command visit(Event.ProcessClosed e) {
    return new Command.Close(e.by(), e.at(), e.summary());
  }

  @Override
  public Command visit(Event.ProcessAbandoned e) {
    return new Command.Abandon(e.by(), e.at(), e.reason());
  }

  // consent: leaving a process

  @Override
  public Command visit(Event.ActorLeft e) {
    return new Command.LeaveProcess(e.by(), e.at());
  }

  // secret: a secret vote names no actor, so no command records it

  @Override
  public Command visit(Event.SecretPositionTaken e) {
    throw new IllegalArgumentException(
        "a secret position names its voter by a pseudonym: no command can be rebuilt from it");
  }

  @Override
  public Command visit(Event.SecretBallotCast e) {
    throw new IllegalArgumentException(
        "a secret ballot names its voter by a pseudonym: no command can be rebuilt from it");
  }

  // means: expected effects, and what carriers delivered

  @Override
  public Command visit(Event.EffectExpected e) {
    return new Command.ExpectEffect(
        e.by(), e.at(), e.indicator(), e.target(), e.name(), e.unit(), e.expected(), e.horizon());
  }

  @Override
  public Command visit(Event.DeliveryRecorded e) {
    return new Command.RecordDelivery(
        e.by(), e.at(), e.action(), e.commitment(), e.kind(), e.quantity(), e.note());
  }

  // exante: criteria early and prospective assessment

  @Override
  public Command visit(Event.CriteriaWeighed e) {
    return new Command.WeighCriteria(e.by(), e.at(), e.grades());
  }

  @Override
  public Command visit(Event.AssessmentOpened e) {
    return new Command.OpenAssessment(e.by(), e.at(), e.agenda());
  }

  @Override
  public Command visit(Event.ProposalsAssessed e) {
    return new Command.AssessProposals(e.by(), e.at(), e.criterion(), e.grades());
  }

  @Override
  public Command visit(Event.AssessmentClosed e) {
    return new Command.CloseAssessment(e.by(), e.at());
  }

  @Override
  public Command visit(Event.ActionRated e) {
    return new Command.RateAction(e.by(), e.at(), e.action(), e.criterion(), e.grade());
  }
}
