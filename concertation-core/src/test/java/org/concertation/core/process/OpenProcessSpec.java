package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.OWNER;

import java.util.List;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/** A stream that describes itself: its first event carries the charter and the title. */
class OpenProcessSpec {
  private static final Charter PROJECT = Charters.projectLogic();
  private final Fixture f = new Fixture();

  @Test
  void openingAProcessRecordsItsCharterAndTitle() {
    Command command = f.open(OWNER, PROJECT);

    ProcessState after =
        Spec.given(PROJECT, List.of())
            .when(command)
            .then(
                new Event.ProcessOpened(command.at(), OWNER.id(), PROJECT, "The square, together"));

    assertThat(after.isOpened()).isTrue();
    assertThat(after.title()).contains("The square, together");
    assertThat(after.version()).isEqualTo(1);
  }

  @Test
  void anOpenedProcessGoesOnAsOneThatStartedWithItsOwner() {
    Run opened = f.opened(PROJECT);

    assertThat(opened.state().members()).hasSize(6);
    assertThat(opened.state().phase()).isEqualTo(new Fixture().framed(PROJECT).state().phase());
  }

  @Test
  void aProcessIsOpenedOnce() {
    Run run = new Run(PROJECT).ok(f.open(OWNER, PROJECT));

    Spec.given(run)
        .when(f.open(OWNER, PROJECT))
        .thenRejected(new Rejection.AlreadyExists(Entity.PROCESS, "The square, together"));
  }

  @Test
  void aProcessThatStartedWithARegistrationIsNotOpenedAfterwards() {
    Spec.given(f.framed(PROJECT))
        .when(f.open(INES, PROJECT))
        .thenRejected(new Rejection.AlreadyExists(Entity.PROCESS, "The square, together"));
  }

  @Test
  void rejectsOpeningUnderAnotherCharterThanTheProcesss() {
    Spec.given(PROJECT, List.of())
        .when(f.open(OWNER, Charters.missionLogic()))
        .thenRejected(new Rejection.OtherCharter("project logic", "mission logic"));
  }

  @Test
  void theCommandOfAProcessOpenedEventOpensTheProcessAgain() {
    Command command = f.open(OWNER, PROJECT);
    Event event =
        new Event.ProcessOpened(command.at(), OWNER.id(), PROJECT, "The square, together");

    assertThat(HistoryCheck.commandOf(event)).isEqualTo(command);
  }
}
