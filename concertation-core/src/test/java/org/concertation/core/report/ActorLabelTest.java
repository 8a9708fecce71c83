package org.concertation.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
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

class ActorLabelTest {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final Charter CHARTER = Charters.projectLogic();
  private static final Actor HALL = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
  private static final Actor INES = Actor.of("ines", "Inès Marchal", ActorKind.INHABITANT);
  private static final Actor IVAN = Actor.of("ivan", "Ivan Petrov", ActorKind.INHABITANT);
  private static final Actor AMINA =
      Actor.of("amina", "Amina Benali", ActorKind.INHABITANT).withNaming(Naming.BY_NAME);
  private static final Actor SHOP = Actor.of("bakery", "Boulangerie Roux", ActorKind.of("shop"));

  /** A diagnosis in which two inhabitants and a shop stay unnamed and one inhabitant is named. */
  private static ProcessHistory history() {
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
  void showsAnActorWhoDidNotConsentByKindNumberAndCollegeInOrderOfRegistration() {
    ActorLabel labels = ActorLabel.of(history(), Texts.of(Locale.ENGLISH));
    assertThat(labels.name(INES.id())).isEqualTo("inhabitant 1 (college inhabitants)");
    assertThat(labels.name(IVAN.id())).isEqualTo("inhabitant 2 (college inhabitants)");
    assertThat(labels.name(SHOP.id())).isEqualTo("shop 1");
    assertThat(labels.name(AMINA.id())).isEqualTo("Amina Benali");
    assertThat(labels.name(HALL.id())).isEqualTo("Town hall");
  }

  @Test
  void saysTheLabelsInFrenchWithTheSameNumbers() {
    ActorLabel labels = ActorLabel.of(history(), Texts.of(Locale.FRENCH));
    assertThat(labels.name(INES.id())).isEqualTo("habitant 1 (collège inhabitants)");
    assertThat(labels.name(IVAN.id())).isEqualTo("habitant 2 (collège inhabitants)");
  }

  @Test
  void refersToANamedActorByItsIdentityAndToAnUnnamedOneByItsLabelInExplanations() {
    ActorLabel labels = ActorLabel.of(history(), Texts.of(Locale.ENGLISH));
    assertThat(labels.reference(AMINA.id())).isEqualTo("'amina'");
    assertThat(labels.reference(IVAN.id())).isEqualTo("inhabitant 2 (college inhabitants)");
  }

  @Test
  void theReportInEveryLanguageAndFormatShowsNeitherTheNameNorTheIdentityOfAnUnnamedActor() {
    ProcessHistory history = history();
    for (Locale language : Texts.LANGUAGES) {
      PublicReport report = PublicReport.of("The square", history, Texts.of(language));
      for (String text : List.of(report.markdown(), report.html())) {
        for (Actor hidden : List.of(INES, IVAN, SHOP)) {
          assertThat(text)
              .as("%s in %s", hidden.id(), language)
              .doesNotContain(hidden.name().orElseThrow())
              .doesNotContainPattern(Pattern.compile("\\b" + hidden.id().value() + "\\b"));
        }
        assertThat(text).contains("Amina Benali", "Town hall");
      }
    }
    assertThat(PublicReport.of("The square", history, Texts.of(Locale.ENGLISH)).markdown())
        .contains(
            "| inhabitant 1 (college inhabitants) | inhabitant | inhabitants |",
            "| inhabitant 2 (college inhabitants) | The square is dark at night. |");
  }
}
