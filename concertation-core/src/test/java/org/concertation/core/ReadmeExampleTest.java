package org.concertation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.junit.jupiter.api.Test;

/** The README's basic use, as written there. */
class ReadmeExampleTest {
  @Test
  void theReadmeBasicUseRegistersTheProjectOwner() {
    ConcertationDecider machine = ConcertationDecider.create();
    ProcessState state = machine.initialState(Charters.projectLogic());

    Actor townHall = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
    Command command =
        new Command.RegisterActor(
            townHall.id(),
            Instant.parse("2026-03-02T09:00:00Z"),
            townHall,
            Role.PROJECT_OWNER,
            Optional.empty());

    Result<Event> result = machine.decide(command, state);
    if (result instanceof Result.Rejected<Event> rejected) {
      throw new IllegalArgumentException(rejected.rejection().message());
    }
    state = machine.fold(state, result.events()); // append result.events() to your event store

    assertThat(state.member(townHall.id())).map(m -> m.role()).contains(Role.PROJECT_OWNER);
    assertThat(state.version()).isEqualTo(1);
  }
}
