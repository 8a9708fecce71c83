package org.concertation.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoredEventTest {
  @Test
  void keepsItsStreamVersionAndEvent() {
    StoredEvent<String> stored = new StoredEvent<>("process-1", 3, "round opened");

    assertThat(stored.stream()).isEqualTo("process-1");
    assertThat(stored.version()).isEqualTo(3);
    assertThat(stored.event()).isEqualTo("round opened");
  }

  @Test
  void refusesABlankStreamId() {
    assertThatThrownBy(() -> new StoredEvent<>("  ", 1, "e"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stream id '  '");
  }

  @Test
  void refusesAVersionBelowOne() {
    assertThatThrownBy(() -> new StoredEvent<>("process-1", 0, "e"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid version 0")
        .hasMessageContaining("'process-1'");
  }

  @Test
  void refusesANullEventOrStream() {
    assertThatThrownBy(() -> new StoredEvent<>("process-1", 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("event 1 of stream 'process-1'");
    assertThatThrownBy(() -> new StoredEvent<>(null, 1, "e"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("stream id");
  }
}
