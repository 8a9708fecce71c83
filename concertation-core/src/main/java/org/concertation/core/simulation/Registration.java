package org.concertation.core.simulation;

import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.Role;

/**
 * Framing: the project owner registers itself, and the facilitator where it may register actors;
 * then each other actor joins by itself where the charter lets it, or else the owner registers it
 * if it may.
 */
final class Registration implements PhasePolicy {
  @Override
  public void play(Stage stage) {
    int owner = stage.owner();
    stage.issue(
        new Command.RegisterActor(
            stage.id(owner), stage.at(), stage.actor(owner), Role.PROJECT_OWNER, Optional.empty()));
    boolean ownerRegisters = stage.allowed(owner, Activity.REGISTER);
    if (ownerRegisters) {
      stage.facilitatorRegistered(
          stage.issue(
              new Command.RegisterActor(
                  stage.id(owner),
                  stage.at(),
                  Stage.FACILITATOR,
                  Role.FACILITATOR,
                  Optional.empty())));
    }
    for (int i = 0; i < stage.actors(); i++) {
      if (i == owner) {
        continue;
      }
      Actor actor = stage.actor(i);
      boolean joins =
          stage.charter().allows(Activity.JOIN, stage.role(i), actor.kind(), stage.state().phase());
      if (joins || ownerRegisters) {
        stage.issue(
            new Command.RegisterActor(
                stage.id(joins ? i : owner), stage.at(), actor, stage.role(i), Optional.empty()));
      }
    }
  }
}
