package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.OWNER;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.concertation.core.store.InMemoryEventStore;
import org.concertation.core.store.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * A service with snapshots saves a stream's state each time the stream crosses the policy's
 * interval, and a service that starts afresh loads the stream from its latest snapshot and the
 * events after it; a snapshot it cannot use gives way to the whole fold.
 */
class SnapshotRestartTest {
  private static final String STREAM = "square";
  private static final int INTERVAL = 10;
  private static final int CONTRIBUTIONS = 23;

  private final InMemoryEventStore<Event> events = InMemoryEventStore.create();
  private final List<Long> readsAfter = new CopyOnWriteArrayList<>();

  /** The events, telling which version each read starts after. */
  private final EventStore<Event> counted = new CountingStore();

  private ProcessService service() {
    return ProcessService.builder(counted)
        .clock(new SelfDescribingServiceTest.TickingClock())
        .snapshots(events, SnapshotPolicy.everyEvents(INTERVAL))
        .build();
  }

  /** Opens the process, registers the owner and an inhabitant, opens the diagnosis, contributes. */
  private ProcessService run() {
    ProcessService service = service();
    handle(service, at -> new Command.OpenProcess(OWNER.id(), at, Charters.projectLogic(), "Sq"));
    handle(
        service,
        at ->
            new Command.RegisterActor(OWNER.id(), at, OWNER, Role.PROJECT_OWNER, Optional.empty()));
    handle(
        service,
        at -> new Command.RegisterActor(INES.id(), at, INES, Role.PARTICIPANT, Optional.empty()));
    handle(service, at -> new Command.AdvancePhase(OWNER.id(), at));
    for (int i = 0; i < CONTRIBUTIONS; i++) {
      handle(service, at -> new Command.Contribute(INES.id(), at, "a note", ImmutableSet.of()));
    }
    return service;
  }

  private static void handle(
      ProcessService service, java.util.function.Function<java.time.Instant, Command> command) {
    Result<Event> result = service.handle(STREAM, command);
    assertThat(result.isAccepted()).as("%s", result).isTrue();
  }

  @Test
  void savesTheStateEachTimeTheStreamCrossesTheInterval() {
    ProcessService service = run();
    long version = events.version(STREAM);

    Snapshot latest = events.latestSnapshot(STREAM).orElseThrow();

    assertThat(latest.version()).isEqualTo(version / INTERVAL * INTERVAL);
    assertThat(latest.format()).isEqualTo(StateCodec.FORMAT);
    assertThat(StateCodec.create().decode(latest).version()).isEqualTo(latest.version());
    assertThat(service.state(STREAM).version()).isEqualTo(version);
  }

  @Test
  void aRestartReadsOnlyTheEventsAfterTheLatestSnapshot() {
    ProcessState before = run().state(STREAM);
    long saved = events.latestSnapshot(STREAM).orElseThrow().version();
    readsAfter.clear();

    ProcessState restarted = service().state(STREAM);

    assertThat(restarted).isEqualTo(before);
    assertThat(readsAfter).containsExactly(saved);
  }

  @Test
  void aRestartedServiceGoesOnDecidingFromTheSnapshot() {
    run();
    ProcessService restarted = service();

    Result<Event> result =
        restarted.handle(
            STREAM, at -> new Command.Contribute(INES.id(), at, "after", ImmutableSet.of()));

    assertThat(result.isAccepted()).isTrue();
    assertThat(restarted.state(STREAM))
        .isEqualTo(
            ConcertationDecider.create()
                .fold(
                    ConcertationDecider.create().initialState(Charters.projectLogic()),
                    events.read(STREAM).stream().map(StoredEvent::event).toList()));
  }

  @Test
  void aDamagedSnapshotGivesWayToTheWholeFold() {
    ProcessState before = run().state(STREAM);
    long version = events.version(STREAM);
    byte[] damaged =
        "{\"format\":\"process-state/json/1\",\"stream\":".getBytes(StandardCharsets.UTF_8);
    assertThat(events.saveSnapshot(STREAM, version, StateCodec.FORMAT, damaged)).isTrue();
    readsAfter.clear();

    ProcessState restarted = service().state(STREAM);

    assertThat(restarted).isEqualTo(before);
    assertThat(readsAfter).containsExactly(0L);
  }

  @Test
  void aSnapshotOfAnotherFormatGivesWayToTheWholeFold() {
    ProcessState before = run().state(STREAM);
    long version = events.version(STREAM);
    Snapshot good = StateCodec.create().encode(STREAM, before);
    assertThat(events.saveSnapshot(STREAM, version, "process-state/json/0", good.payload()))
        .isTrue();
    readsAfter.clear();

    assertThat(service().state(STREAM)).isEqualTo(before);
    assertThat(readsAfter).containsExactly(0L);
  }

  @Test
  void aSnapshotOfAnotherVersionGivesWayToTheWholeFold() {
    ProcessState before = run().state(STREAM);
    Snapshot earlier = events.latestSnapshot(STREAM).orElseThrow();
    // the payload of the state at the interval, filed as the state at the stream's last version
    assertThat(
            events.saveSnapshot(
                STREAM, events.version(STREAM), StateCodec.FORMAT, earlier.payload()))
        .isTrue();
    readsAfter.clear();

    assertThat(service().state(STREAM)).isEqualTo(before);
    assertThat(readsAfter).containsExactly(0L);
  }

  @Test
  void aSnapshotThatTheLaterEventsDoNotFitGivesWayToTheWholeFold() {
    ProcessState before = run().state(STREAM);
    long saved = events.latestSnapshot(STREAM).orElseThrow().version();
    // a readable state at that version, but of a process where the contributor never registered
    Actor stranger = Actor.of("stranger", "Stranger", ActorKind.INHABITANT);
    InMemoryEventStore<Event> elsewhere = InMemoryEventStore.create();
    ProcessService there =
        ProcessService.builder(elsewhere)
            .clock(new SelfDescribingServiceTest.TickingClock())
            .build();
    there.handle(
        STREAM, at -> new Command.OpenProcess(OWNER.id(), at, Charters.projectLogic(), "Sq"));
    there.handle(
        STREAM,
        at ->
            new Command.RegisterActor(OWNER.id(), at, OWNER, Role.PROJECT_OWNER, Optional.empty()));
    there.handle(
        STREAM,
        at ->
            new Command.RegisterActor(
                stranger.id(), at, stranger, Role.PARTICIPANT, Optional.empty()));
    there.handle(STREAM, at -> new Command.AdvancePhase(OWNER.id(), at));
    while (elsewhere.version(STREAM) < saved) {
      there.handle(STREAM, at -> new Command.Contribute(stranger.id(), at, "x", ImmutableSet.of()));
    }
    ProcessState other = there.state(STREAM);
    assertThat(other.version()).isEqualTo(saved);
    Snapshot foreign = StateCodec.create().encode(STREAM, other);
    assertThat(events.saveSnapshot(STREAM, saved, StateCodec.FORMAT, foreign.payload())).isTrue();
    readsAfter.clear();

    assertThat(service().state(STREAM)).isEqualTo(before);
    assertThat(readsAfter).containsExactly(saved, 0L);
  }

  @Test
  void decodingRefusesAnUnreadableSnapshotWithoutQuotingItsContent() {
    ProcessState state = run().state(STREAM);
    String payload =
        new String(StateCodec.create().encode(STREAM, state).payload(), StandardCharsets.UTF_8);
    // the inhabitant's name in a list: the codec refuses it, and the message quotes no value
    String wrong = payload.replace("\"Inès\"", "[\"Inès\"]");
    assertThat(wrong).isNotEqualTo(payload);
    Snapshot unreadable =
        Snapshot.of(
            STREAM, state.version(), StateCodec.FORMAT, wrong.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> StateCodec.create().decode(unreadable))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Cannot read the snapshot of stream 'square' at version " + state.version())
        .hasMessageContaining("invalid JSON at $.members[")
        .hasMessageNotContaining("Inès");
  }

  /** The in-memory store, noting the version each read starts after. */
  private final class CountingStore implements EventStore<Event> {
    @Override
    public long append(String stream, long expectedVersion, List<? extends Event> list) {
      return events.append(stream, expectedVersion, list);
    }

    @Override
    public long append(
        String stream, long expectedVersion, CommandId command, List<? extends Event> list) {
      return events.append(stream, expectedVersion, command, list);
    }

    @Override
    public Optional<ImmutableList<StoredEvent<Event>>> readCommand(
        String stream, CommandId command) {
      return events.readCommand(stream, command);
    }

    @Override
    public ImmutableList<StoredEvent<Event>> read(String stream) {
      return read(stream, 0);
    }

    @Override
    public ImmutableList<StoredEvent<Event>> read(String stream, long afterVersion) {
      readsAfter.add(afterVersion);
      return events.read(stream, afterVersion);
    }

    @Override
    public long version(String stream) {
      return events.version(stream);
    }
  }
}
