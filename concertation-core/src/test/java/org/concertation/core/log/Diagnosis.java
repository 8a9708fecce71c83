package org.concertation.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;

/** A short process in diagnosis, driven through the decider: its charter and events. */
final class Diagnosis {
  static final Charter CHARTER = Charters.projectLogic();
  static final String STREAM = "square";

  private Diagnosis() {}

  static List<Event> events() {
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.initialState(CHARTER);
    Actor owner = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
    Actor ines = Actor.of("ines", "Inès \"la voisine\"", ActorKind.INHABITANT);
    Actor asso = Actor.of("residents", "Residents' association", ActorKind.ASSOCIATION);
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    ActorId o = owner.id();
    StakeId youth = StakeId.of("youth");
    List<Command> commands =
        List.of(
            new Command.RegisterActor(o, at, owner, Role.PROJECT_OWNER, Optional.empty()),
            new Command.RegisterActor(
                ines.id(), at.plusSeconds(60), ines, Role.PARTICIPANT, Optional.empty()),
            new Command.RegisterActor(
                asso.id(), at.plusSeconds(120), asso, Role.PARTICIPANT, Optional.empty()),
            new Command.AdvancePhase(o, at.plusSeconds(180)),
            new Command.IdentifyStake(
                ines.id(), at.plusSeconds(240), youth, "Nowhere for teenagers"),
            new Command.Contribute(
                ines.id(),
                at.plusSeconds(300),
                "The square is dark at night ✨",
                ImmutableSet.of(youth)),
            new Command.Contribute(
                asso.id(),
                at.plusSeconds(360),
                "Forty young people ask for a place",
                ImmutableSet.of(youth)),
            new Command.Contribute(
                asso.id(), at.plusSeconds(420), "Benches were removed in 2019", ImmutableSet.of()));
    List<Event> events = new ArrayList<>();
    for (Command command : commands) {
      Result<Event> result = decider.decide(command, state);
      assertThat(result).as("%s", command).isInstanceOf(Result.Accepted.class);
      events.addAll(result.events());
      state = decider.fold(state, result.events());
    }
    return events;
  }
}
