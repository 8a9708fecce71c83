package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/** Round trips of random events and commands of every type, on the {@link PropertyHarness}. */
class JsonCodecProperties {
  /** Random values per event or command type. */
  private static final int TRIES_PER_TYPE = 300;

  /** Random events per type whose written form is checked. */
  private static final int FORM_TRIES_PER_TYPE = 20;

  private static final JsonCodec CODEC = JsonCodec.create();

  @Test
  void readingAWrittenEventGivesItBackForEveryEventType() {
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      PropertyHarness.forAll(
          "reading a written " + type.getSimpleName() + " gives it back",
          TRIES_PER_TYPE,
          random -> (Event) new RandomValues(random).of(type),
          (event, random) -> {
            String json = CODEC.writeEvent(event);
            assertThat(CODEC.readEvent(json)).as("json %s", json).isEqualTo(event);
            assertThat(CODEC.writeEvent(CODEC.readEvent(json))).isEqualTo(json);
          });
    }
  }

  @Test
  void readingAWrittenCommandGivesItBackForEveryCommandType() {
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      PropertyHarness.forAll(
          "reading a written " + type.getSimpleName() + " gives it back",
          TRIES_PER_TYPE,
          random -> (Command) new RandomValues(random).of(type),
          (command, random) -> {
            String json = CODEC.writeCommand(command);
            assertThat(CODEC.readCommand(json)).as("json %s", json).isEqualTo(command);
          });
    }
  }

  @Test
  void everyWrittenEventCarriesItsTypeAndSchemaVersionFirst() {
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      PropertyHarness.forAll(
          "a written " + type.getSimpleName() + " carries its type and schema version first",
          FORM_TRIES_PER_TYPE,
          random -> (Event) new RandomValues(random).of(type),
          (event, random) ->
              assertThat(CODEC.writeEvent(event))
                  .startsWith("{\"type\":\"" + type.getSimpleName() + "\",\"schemaVersion\":1,"));
    }
  }
}
