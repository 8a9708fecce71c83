package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.junit.jupiter.api.Test;

/** Round trips of random events and commands of every type, seeded and reproducible. */
class JsonCodecProperties {
  private static final long SEED = Long.getLong("concertation.seed", 20261128L);
  private static final int TRIES_PER_TYPE = 300;
  private static final JsonCodec CODEC = JsonCodec.create();

  @Test
  void readingAWrittenEventGivesItBackForEveryEventType() {
    int tries = 0;
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      SplittableRandom seeds = new SplittableRandom(SEED ^ type.getSimpleName().hashCode());
      for (int i = 0; i < TRIES_PER_TYPE; i++) {
        long seed = seeds.nextLong();
        Event event = (Event) new RandomValues(seed).of(type);
        String json = CODEC.writeEvent(event);
        assertThat(CODEC.readEvent(json)).as("seed %s, json %s", seed, json).isEqualTo(event);
        assertThat(CODEC.writeEvent(CODEC.readEvent(json))).as("seed %s", seed).isEqualTo(json);
        tries++;
      }
    }
    assertThat(tries).isEqualTo(TRIES_PER_TYPE * Event.class.getPermittedSubclasses().length);
  }

  @Test
  void readingAWrittenCommandGivesItBackForEveryCommandType() {
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      SplittableRandom seeds = new SplittableRandom(SEED ^ type.getSimpleName().hashCode());
      for (int i = 0; i < TRIES_PER_TYPE; i++) {
        long seed = seeds.nextLong();
        Command command = (Command) new RandomValues(seed).of(type);
        String json = CODEC.writeCommand(command);
        assertThat(CODEC.readCommand(json)).as("seed %s, json %s", seed, json).isEqualTo(command);
      }
    }
  }

  @Test
  void everyWrittenEventCarriesItsTypeAndSchemaVersionFirst() {
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      Event event = (Event) new RandomValues(SEED).of(type);
      assertThat(CODEC.writeEvent(event))
          .startsWith("{\"type\":\"" + type.getSimpleName() + "\",\"schemaVersion\":1,");
    }
  }
}
