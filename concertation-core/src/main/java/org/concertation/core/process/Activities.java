package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;

/**
 * The activity each command needs, as {@link Decisions} checks it; a test holds the two together,
 * and the README's table is written from this one.
 */
final class Activities {
  private static final ImmutableMap<Class<? extends Command>, Activity> BY_COMMAND =
      ImmutableMap.<Class<? extends Command>, Activity>builder()
          .put(Command.RegisterActor.class, Activity.REGISTER)
          .put(Command.RegisterCollege.class, Activity.REGISTER)
          .put(Command.RecordPanelDraw.class, Activity.REGISTER)
          .put(Command.AdvancePhase.class, Activity.FACILITATE)
          .put(Command.ReopenPhase.class, Activity.GOVERN)
          .put(Command.SetDeadline.class, Activity.GOVERN)
          .put(Command.Contribute.class, Activity.CONTRIBUTE)
          .put(Command.IdentifyStake.class, Activity.CONTRIBUTE)
          .put(Command.ValidateStake.class, Activity.VALIDATE_STAKE)
          .put(Command.SubmitProposal.class, Activity.PROPOSE)
          .put(Command.AmendProposal.class, Activity.AMEND)
          .put(Command.MergeProposals.class, Activity.MERGE)
          .put(Command.WithdrawProposal.class, Activity.PROPOSE)
          .put(Command.OpenRound.class, Activity.CHAIR)
          .put(Command.TakePosition.class, Activity.TAKE_POSITION)
          .put(Command.CastBallot.class, Activity.TAKE_POSITION)
          .put(Command.CloseRound.class, Activity.CHAIR)
          .put(Command.AnswerProposal.class, Activity.ANSWER)
          .put(Command.AdoptObjective.class, Activity.ADOPT_OBJECTIVE)
          .put(Command.LaunchAction.class, Activity.PLAN_ACTION)
          .put(Command.Commit.class, Activity.COMMIT)
          .put(Command.DefineIndicator.class, Activity.REPORT)
          .put(Command.ReportIndicator.class, Activity.REPORT)
          .put(Command.DefineCriterion.class, Activity.DEFINE_CRITERION)
          .put(Command.Rate.class, Activity.RATE)
          .put(Command.Close.class, Activity.GOVERN)
          .put(Command.Abandon.class, Activity.GOVERN)
          // means: an expected effect is an indicator; a delivery accounts for a commitment
          .put(Command.ExpectEffect.class, Activity.REPORT)
          .put(Command.RecordDelivery.class, Activity.COMMIT)
          // exante: criteria early and prospective assessment
          .put(Command.WeighCriteria.class, Activity.ASSESS)
          .put(Command.OpenAssessment.class, Activity.CHAIR_ASSESSMENT)
          .put(Command.AssessProposals.class, Activity.ASSESS)
          .put(Command.CloseAssessment.class, Activity.CHAIR_ASSESSMENT)
          .put(Command.RateAction.class, Activity.RATE)
          .buildOrThrow();

  // consent: leaving is a right, not an activity a charter grants
  private static final ImmutableSet<Class<? extends Command>> NEEDING_NONE =
      ImmutableSet.of(Command.OpenProcess.class, Command.LeaveProcess.class);

  private Activities() {}

  /**
   * The activity a type of command needs; empty for opening a process and for leaving one, which
   * need none.
   */
  static Optional<Activity> of(Class<? extends Command> command) {
    checkNotNull(command, "command must not be null");
    Activity activity = BY_COMMAND.get(command);
    if (activity == null && !NEEDING_NONE.contains(command)) {
      throw new IllegalArgumentException("No activity known for command " + command.getName());
    }
    return Optional.ofNullable(activity);
  }
}
