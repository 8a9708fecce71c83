package org.concertation.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.StoredEvent;
import org.junit.jupiter.api.Test;

class InMemoryEventStoreTest {
  private final InMemoryEventStore<String> store = InMemoryEventStore.create();

  @Test
  void aStreamWithNoEventsIsAtVersionZeroAndReadsEmpty() {
    assertThat(store.version("process-1")).isZero();
    assertThat(store.read("process-1")).isEmpty();
    assertThat(store.read("process-1", 5)).isEmpty();
  }

  @Test
  void theFirstEventGetsVersionOne() {
    long version = store.append("process-1", 0, List.of("charter adopted"));

    assertThat(version).isEqualTo(1);
    assertThat(store.read("process-1"))
        .containsExactly(new StoredEvent<>("process-1", 1, "charter adopted"));
  }

  @Test
  void appendsNumberEventsInOrderWithoutGaps() {
    store.append("process-1", 0, List.of("a", "b"));
    long version = store.append("process-1", 2, List.of("c", "d", "e"));

    assertThat(version).isEqualTo(5);
    assertThat(store.version("process-1")).isEqualTo(5);
    assertThat(store.read("process-1"))
        .extracting(StoredEvent::version)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(store.read("process-1"))
        .extracting(StoredEvent::event)
        .containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void readsTheEventsThatFollowAVersion() {
    store.append("process-1", 0, List.of("a", "b", "c"));

    assertThat(store.read("process-1", 1)).extracting(StoredEvent::event).containsExactly("b", "c");
    assertThat(store.read("process-1", 3)).isEmpty();
    assertThat(store.read("process-1", 10)).isEmpty();
  }

  @Test
  void anAppendAtAStaleVersionFailsWithAConflictAndWritesNothing() {
    store.append("process-1", 0, List.of("a", "b"));

    assertThatThrownBy(() -> store.append("process-1", 1, List.of("late")))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            conflict -> {
              assertThat(conflict.stream()).isEqualTo("process-1");
              assertThat(conflict.expectedVersion()).isEqualTo(1);
              assertThat(conflict.actualVersion()).isEqualTo(2);
            });
    assertThat(store.read("process-1")).extracting(StoredEvent::event).containsExactly("a", "b");
  }

  @Test
  void anAppendAheadOfTheStreamFailsWithAConflict() {
    assertThatThrownBy(() -> store.append("process-1", 3, List.of("a")))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessageContaining("expected version 3 but it is at version 0");
    assertThat(store.version("process-1")).isZero();
  }

  @Test
  void appendingNoEventsAtTheCurrentVersionChangesNothing() {
    store.append("process-1", 0, List.of("a"));

    assertThat(store.append("process-1", 1, List.of())).isEqualTo(1);
    assertThat(store.append("process-2", 0, List.of())).isZero();
    assertThat(store.read("process-1")).hasSize(1);
    assertThat(store.read("process-2")).isEmpty();
  }

  @Test
  void appendingNoEventsAtAStaleVersionFailsWithAConflict() {
    store.append("process-1", 0, List.of("a"));

    assertThatThrownBy(() -> store.append("process-1", 0, List.of()))
        .isInstanceOf(ConcurrencyConflictException.class);
  }

  @Test
  void streamsAreIndependent() {
    store.append("process-1", 0, List.of("a", "b"));
    store.append("process-2", 0, List.of("x"));

    assertThat(store.version("process-1")).isEqualTo(2);
    assertThat(store.version("process-2")).isEqualTo(1);
    assertThat(store.read("process-2")).containsExactly(new StoredEvent<>("process-2", 1, "x"));
  }

  @Test
  void aReadIsASnapshotThatLaterAppendsDoNotChange() {
    store.append("process-1", 0, List.of("a"));
    ImmutableList<StoredEvent<String>> snapshot = store.read("process-1");

    store.append("process-1", 1, List.of("b"));

    assertThat(snapshot).hasSize(1);
  }

  @Test
  void laterChangesToTheAppendedListDoNotReachTheStore() {
    List<String> events = new ArrayList<>(List.of("a"));
    store.append("process-1", 0, events);

    events.add("b");

    assertThat(store.read("process-1")).hasSize(1);
  }

  @Test
  void aNullEventRejectsTheWholeAppend() {
    assertThatThrownBy(() -> store.append("process-1", 0, Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("event #1 for stream 'process-1'");
    assertThat(store.version("process-1")).isZero();
  }

  @Test
  void refusesBlankStreamIdsAndNegativeVersions() {
    assertThatThrownBy(() -> store.append(" ", 0, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stream id ' '");
    assertThatThrownBy(() -> store.read(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stream id ''");
    assertThatThrownBy(() -> store.version("\t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append("process-1", -1, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> store.read("process-1", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> store.append("process-1", 0, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("events");
  }

  @Test
  void acceptsEventsOfASubtype() {
    InMemoryEventStore<CharSequence> texts = InMemoryEventStore.create();
    List<String> strings = List.of("a");

    assertThat(texts.append("process-1", 0, strings)).isEqualTo(1);
  }
}
