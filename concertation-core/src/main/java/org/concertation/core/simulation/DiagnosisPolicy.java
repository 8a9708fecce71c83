package org.concertation.core.simulation;

import com.google.common.collect.ImmutableSet;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.StakeId;

/**
 * Diagnosis: each actor who may contribute and takes part speaks of the stake it cares most about,
 * naming the stake first if nobody has; a kind the charter requires and nobody of it spoke for is
 * asked through its first member who may contribute; then the owner (or facilitator) validates
 * every stake named. Without a shared diagnosis the process is abandoned.
 */
final class DiagnosisPolicy implements PhasePolicy {
  @Override
  public void play(Stage stage) {
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, Activity.CONTRIBUTE) && stage.takesPart(i)) {
        contribute(stage, i);
      }
    }
    for (ActorKind kind : stage.charter().diagnosisKinds()) {
      if (!stage.state().contributionsByKind().containsKey(kind)) {
        askForKind(stage, kind);
      }
    }
    validateStakes(stage);
    if (!stage.state().diagnosisShared()) {
      stage.abandon(End.ABANDONED, "the diagnosis is not shared");
    }
  }

  private static void askForKind(Stage stage, ActorKind kind) {
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.actor(i).kind().equals(kind) && stage.allowed(i, Activity.CONTRIBUTE)) {
        contribute(stage, i);
        return;
      }
    }
  }

  /** An actor speaks of the stake it cares most about, naming it first if nobody has. */
  private static void contribute(Stage stage, int actor) {
    int top = Stage.favourite(stage.territory().preferencesOf(actor), null);
    StakeId stake = stage.territory().stakes().get(top);
    ActorId by = stage.id(actor);
    if (!stage.state().stakes().containsKey(stake)) {
      stage.issue(new Command.IdentifyStake(by, stage.at(), stake, "Stake " + (top + 1)));
    }
    stage.issue(
        new Command.Contribute(
            by,
            stage.at(),
            "What matters most to me is stake " + (top + 1) + ".",
            ImmutableSet.of(stake)));
  }

  private static void validateStakes(Stage stage) {
    ActorId validator = stage.runner(Activity.VALIDATE_STAKE);
    if (validator == null) {
      return;
    }
    for (StakeId stake : stage.territory().stakes()) {
      if (stage.state().stakes().containsKey(stake)
          && !stage.state().stakes().get(stake).validated()) {
        stage.issue(new Command.ValidateStake(validator, stage.at(), stake));
      }
    }
  }
}
