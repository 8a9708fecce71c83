package org.concertation.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.junit.jupiter.api.Test;

class PanelProcessTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor OWNER = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
  private static final CollegeId INHABITANTS = CollegeId.of("inhabitants");

  private static final Pool POOL =
      Fixtures.pool(
          List.of("gender"),
          "female",
          "female",
          "female",
          "female",
          "female",
          "male",
          "male",
          "male");
  private static final ImmutableList<Quota> PARITY =
      Fixtures.quotas("gender female 2 2", "gender male 2 2");

  private final ConcertationDecider decider = ConcertationDecider.create();
  private final Charter charter = Charters.projectLogic();
  private final List<Event> log = new ArrayList<>();
  private ProcessState state = decider.initialState(charter);

  private Optional<Rejection> run(Command command) {
    Result<Event> result = decider.decide(command, state);
    if (result instanceof Result.Accepted<Event> accepted) {
      log.addAll(accepted.events());
      state = decider.fold(state, accepted.events());
      return Optional.empty();
    }
    return Optional.of(((Result.Rejected<Event>) result).rejection());
  }

  private static Map<String, Actor> actors() {
    Map<String, Actor> actors = new HashMap<>();
    for (String id : POOL.ids()) {
      actors.put(id, Actor.of("volunteer-" + id, "Volunteer " + id, ActorKind.INHABITANT));
    }
    return actors;
  }

  @Test
  void aParityDrawSeatsItsMembersInTheCollegeThroughTheProcesssCommands() {
    assertThat(
            run(
                new Command.RegisterActor(
                    OWNER.id(), AT, OWNER, Role.PROJECT_OWNER, Optional.empty())))
        .isEmpty();
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.LEXIMIN);
    Draw draw = Draw.of(POOL, PARITY, allocation, 2014);
    for (Command command : draw.commands(INHABITANTS, OWNER.id(), AT, actors())) {
      assertThat(run(command)).as(command.toString()).isEmpty();
    }
    for (String id : draw.panel()) {
      assertThat(state.members())
          .hasEntrySatisfying(
              actors().get(id).id(), member -> assertThat(member.college()).contains(INHABITANTS));
    }
    assertThat(state.members()).hasSize(5);
    assertThat(draw.verify(POOL, PARITY, allocation)).isEmpty();
  }

  @Test
  void aDrawIntoAnUnknownCollegeIsRejected() {
    assertThat(
            run(
                new Command.RegisterActor(
                    OWNER.id(), AT, OWNER, Role.PROJECT_OWNER, Optional.empty())))
        .isEmpty();
    Allocation allocation = Panels.allocate(POOL, PARITY, 4, Algorithm.MAXIMIN);
    Draw draw = Draw.of(POOL, PARITY, allocation, 1);
    Command first = draw.commands(CollegeId.of("elders"), OWNER.id(), AT, actors()).get(0);
    assertThat(run(first)).isPresent();
  }
}
