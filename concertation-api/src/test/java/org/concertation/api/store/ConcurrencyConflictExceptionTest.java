package org.concertation.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConcurrencyConflictExceptionTest {
  @Test
  void namesTheStreamAndBothVersions() {
    ConcurrencyConflictException conflict = new ConcurrencyConflictException("process-7", 4, 6);

    assertThat(conflict).isInstanceOf(RuntimeException.class);
    assertThat(conflict.stream()).isEqualTo("process-7");
    assertThat(conflict.expectedVersion()).isEqualTo(4);
    assertThat(conflict.actualVersion()).isEqualTo(6);
    assertThat(conflict)
        .hasMessage(
            "Concurrency conflict on stream 'process-7': expected version 4 but it is at version"
                + " 6");
  }

  @Test
  void refusesAConflictWithoutADifference() {
    assertThatThrownBy(() -> new ConcurrencyConflictException("process-7", 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both 5");
  }

  @Test
  void refusesNegativeVersionsAndBlankStreams() {
    assertThatThrownBy(() -> new ConcurrencyConflictException("process-7", -1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new ConcurrencyConflictException("process-7", 1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2");
    assertThatThrownBy(() -> new ConcurrencyConflictException(" ", 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stream id");
  }
}
