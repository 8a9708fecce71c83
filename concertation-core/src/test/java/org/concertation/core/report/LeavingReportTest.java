package org.concertation.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Naming;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

class LeavingReportTest {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final Charter CHARTER = Charters.projectLogic();
  private static final Actor HALL = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
  private static final Actor INES = Actor.of("ines", "Inès Marchal", ActorKind.INHABITANT);
  private static final Actor IVAN = Actor.of("ivan", "Ivan Petrov", ActorKind.INHABITANT);
  private static final Actor AMINA =
      Actor.of("amina", "Amina Benali", ActorKind.INHABITANT).withNaming(Naming.BY_NAME);
  private static final Actor SHOP = Actor.of("bakery", "Boulangerie Roux", ActorKind.of("shop"));

  /** A diagnosis that an unnamed inhabitant, then a named one, leave after contributing. */
  private static ProcessHistory history() {
    return history(true);
  }

  private static ProcessHistory history(boolean leaving) {
    List<Command> commands = new ArrayList<>();
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    commands.add(
        new Command.RegisterActor(HALL.id(), at, HALL, Role.PROJECT_OWNER, Optional.empty()));
    for (Actor actor : List.of(INES, AMINA, IVAN, SHOP)) {
      at = at.plusSeconds(60);
      commands.add(
          new Command.RegisterActor(actor.id(), at, actor, Role.PARTICIPANT, Optional.empty()));
    }
    at = at.plusSeconds(60);
    commands.add(new Command.AdvancePhase(HALL.id(), at));
    for (Actor actor : List.of(IVAN, INES, AMINA, SHOP)) {
      at = at.plusSeconds(60);
      commands.add(
          new Command.Contribute(
              actor.id(), at, "The square is dark at night.", ImmutableSet.of()));
    }
    if (leaving) {
      at = at.plusSeconds(3600);
      commands.add(new Command.LeaveProcess(INES.id(), at));
      at = at.plusSeconds(3600);
      commands.add(new Command.LeaveProcess(AMINA.id(), at));
    }
    ProcessState state = DECIDER.initialState(CHARTER);
    List<Event> events = new ArrayList<>();
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      assertThat(result).as("%s", command).isInstanceOf(Result.Accepted.class);
      events.addAll(result.events());
      state = DECIDER.after(state, result);
    }
    return ProcessHistory.of(CHARTER, events);
  }

  @Test
  void theReadModelSaysWhoLeftAndWhenInTheOrderTheyLeft() {
    ProcessHistory history = history();
    assertThat(history.departures())
        .extracting(p -> p.id().value())
        .containsExactly("ines", "amina");
    assertThat(history.participant(INES.id()).orElseThrow().left().orElseThrow().at())
        .isEqualTo(Instant.parse("2026-03-02T10:09:00Z"));
    assertThat(history.participant(IVAN.id()).orElseThrow().hasLeft()).isFalse();
  }

  @Test
  void theParticipantsSectionSaysWhoLeftAsSheConsentedToBeShown() {
    String markdown = PublicReport.of("Square", history(), Texts.of(Locale.ENGLISH)).markdown();
    assertThat(markdown)
        .contains(
            "2 participants left the process; what they said before leaving stays, attributed"
                + " as they chose at registration:")
        .contains("- inhabitant 1 (college inhabitants): left on 2026-03-02 10:09 UTC")
        .contains("- Amina Benali: left on 2026-03-02 11:09 UTC")
        .doesNotContain("Inès Marchal");
  }

  @Test
  void theParticipantsSectionSaysInFrenchWhoLeftTheConcertation() {
    PublicReport report = PublicReport.of("Place", history(), Texts.of(Locale.FRENCH));
    assertThat(report.markdown())
        .contains("2 participants ont quitté la concertation\u00a0; ce qu’ils y ont dit")
        .contains("habitant 1 (collège inhabitants)\u00a0: a quitté la concertation le ")
        .contains("Amina Benali\u00a0: a quitté la concertation le ");
    assertThat(report.html())
        .contains("Amina Benali\u00a0: a quitté la concertation le ")
        .doesNotContain("Inès Marchal");
  }

  @Test
  void aReportWithoutDeparturesSaysNothingOfLeaving() {
    String markdown =
        PublicReport.of("Square", history(false), Texts.of(Locale.ENGLISH)).markdown();
    assertThat(markdown).doesNotContain("left the process", "left on");
  }
}
