package org.concertation.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.StoredEvent;
import org.junit.jupiter.api.Test;

class ObservedEventStoreTest {
  private final ObservedEventStore<String> store =
      ObservedEventStore.of(InMemoryEventStore.create());
  private final List<StoredEvent<String>> heard = new ArrayList<>();

  @Test
  void tellsListenersOfTheEventsOfASuccessfulAppendWithTheirVersions() {
    store.append("s", 0, List.of("a"));
    store.subscribe((stream, events) -> heard.addAll(events));
    store.append("s", 1, List.of("b", "c"));
    assertThat(heard)
        .containsExactly(new StoredEvent<>("s", 2, "b"), new StoredEvent<>("s", 3, "c"));
  }

  @Test
  void callsListenersAfterTheEventsAreStored() {
    List<Long> versions = new ArrayList<>();
    store.subscribe((stream, events) -> versions.add(store.version(stream)));
    store.append("s", 0, List.of("a", "b"));
    assertThat(versions).containsExactly(2L);
  }

  @Test
  void callsNoListenerWhenTheAppendIsRefused() {
    store.append("s", 0, List.of("a"));
    store.subscribe((stream, events) -> heard.addAll(events));
    assertThatThrownBy(() -> store.append("s", 0, List.of("b")))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(heard).isEmpty();
  }

  @Test
  void callsNoListenerForAnEmptyAppend() {
    store.subscribe((stream, events) -> heard.addAll(events));
    assertThat(store.append("s", 0, List.of())).isZero();
    assertThat(heard).isEmpty();
  }

  @Test
  void aFailingListenerNeitherUndoesTheAppendNorSilencesTheOthers() {
    store.subscribe(
        (stream, events) -> {
          throw new IllegalStateException("listener down");
        });
    store.subscribe((stream, events) -> heard.addAll(events));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream err = System.err;
    // the failure is logged with its trace: captured here, so that the build's output stays clean
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      assertThat(store.append("s", 0, List.of("a"))).isEqualTo(1);
    } finally {
      System.setErr(err);
    }
    assertThat(store.read("s")).hasSize(1);
    assertThat(heard).hasSize(1);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("ERROR", "failed on 1 events appended to stream 's'", "listener down");
  }

  @Test
  void callsListenersInTheOrderTheySubscribed() {
    List<String> order = new ArrayList<>();
    store.subscribe((stream, events) -> order.add("first"));
    store.subscribe((stream, events) -> order.add("second"));
    store.append("s", 0, List.of("a"));
    assertThat(order).containsExactly("first", "second");
  }

  @Test
  void aClosedSubscriptionHearsNoMore() {
    ObservedEventStore.Subscription subscription =
        store.subscribe((stream, events) -> heard.addAll(events));
    store.append("s", 0, List.of("a"));
    subscription.close();
    store.append("s", 1, List.of("b"));
    assertThat(heard).extracting(StoredEvent::event).containsExactly("a");
  }

  @Test
  void readsThroughToItsDelegate() {
    store.append("s", 0, List.of("a", "b"));
    assertThat(store.read("s", 1)).containsExactly(new StoredEvent<>("s", 2, "b"));
    assertThat(store.version("s")).isEqualTo(2);
  }
}
