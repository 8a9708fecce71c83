package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.store.Snapshot;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.api.Test;

/**
 * A snapshot and the events after it give exactly the state of the whole fold: on random command
 * sequences under the ready-made charters and under random ballot charters, the state at random
 * cuts is written as a snapshot and read back equal, and folding the rest of the events onto the
 * state read back gives the state of folding every event from the start.
 */
class StateCodecProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final StateCodec CODEC = StateCodec.create();
  private static final int MAX_LENGTH = 300;
  private static final int TRIES = 300;
  private static final int CUTS = 3;
  private static final int BALLOT_CHARTERS = 4;
  private static final long CHARTER_SEED = 13;

  /** What the cuts held, so that the property is seen to reach the whole life of a process. */
  private static final class Reached {
    final AtomicLong cuts = new AtomicLong();
    final AtomicLong openRounds = new AtomicLong();
    final AtomicLong positions = new AtomicLong();
    final AtomicLong ballots = new AtomicLong();
    final AtomicLong actions = new AtomicLong();
    final AtomicLong ratings = new AtomicLong();
    final AtomicLong terminal = new AtomicLong();
  }

  @Test
  void aSnapshotAndTheEventsAfterItGiveTheStateOfTheWholeFold() {
    List<Charter> charters =
        new ArrayList<>(List.of(Charters.projectLogic(), Charters.missionLogic()));
    SplittableRandom ballots = new SplittableRandom(CHARTER_SEED);
    for (int c = 0; c < BALLOT_CHARTERS; c++) {
      charters.add(CommandGenerator.ballotCharter(ballots.split()));
    }
    Reached reached = new Reached();
    boolean fullRun = true;
    for (Charter charter : charters) {
      Summary summary =
          PropertyHarness.forAllSequences(
              "a snapshot and the events after it give the whole fold, " + charter.name(),
              TRIES,
              random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
              (commands, random) -> check(charter, commands, random, reached));
      fullRun &= summary.isFullRun();
    }
    if (!fullRun) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    assertThat(reached.cuts.get()).isGreaterThan(1000);
    assertThat(reached.openRounds.get()).as("cuts inside an open round").isPositive();
    assertThat(reached.positions.get()).as("cuts with positions taken").isPositive();
    assertThat(reached.ballots.get()).as("cuts with ballots cast").isPositive();
    assertThat(reached.actions.get()).as("cuts with actions").isPositive();
    assertThat(reached.ratings.get()).as("cuts with ratings").isPositive();
    assertThat(reached.terminal.get()).as("cuts of closed processes").isPositive();
  }

  private static void check(
      Charter charter, List<Command> commands, SplittableRandom random, Reached reached) {
    List<ProcessState> states = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    ProcessState state = DECIDER.initialState(charter);
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      for (Event event : result.events()) {
        state = DECIDER.evolve(state, event);
        states.add(state);
        events.add(event);
      }
    }
    PropertyHarness.assume(!events.isEmpty());
    ProcessState whole = state;
    for (int c = 0; c < CUTS; c++) {
      // the last cut is the end of the stream: a snapshot with no event after it
      int cut = c == CUTS - 1 ? events.size() : 1 + random.nextInt(events.size());
      ProcessState atCut = states.get(cut - 1);
      Snapshot snapshot = CODEC.encode("square", atCut);
      ProcessState read = CODEC.decode(snapshot);
      assertThat(read).as("the state read back at version %s", cut).isEqualTo(atCut);
      assertThat(read.openRound()).isEqualTo(atCut.openRound());
      assertThat(read.title()).isEqualTo(atCut.title());
      assertThat(DECIDER.fold(read, events.subList(cut, events.size())))
          .as("the snapshot at version %s and the %s events after it", cut, events.size() - cut)
          .isEqualTo(whole);
      count(atCut, reached);
    }
  }

  private static void count(ProcessState state, Reached reached) {
    reached.cuts.incrementAndGet();
    state
        .openRound()
        .ifPresent(
            round -> {
              reached.openRounds.incrementAndGet();
              if (round.positions().values().stream().anyMatch(p -> !p.isEmpty())) {
                reached.positions.incrementAndGet();
              }
              if (!round.ballots().isEmpty()) {
                reached.ballots.incrementAndGet();
              }
            });
    if (!state.actions().isEmpty()) {
      reached.actions.incrementAndGet();
    }
    if (!state.ratings.isEmpty()) {
      reached.ratings.incrementAndGet();
    }
    if (state.isTerminal()) {
      reached.terminal.incrementAndGet();
    }
  }
}
