package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.LogText;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.Erasure;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.Salts;
import org.concertation.core.store.InMemoryEventStore;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invariants of the state machine on random command sequences, under both ready-made charters:
 * deciding leaves the state as it was (so a rejected command changes nothing) and gives equal
 * results on equal states; the events of an accepted command move the version by their number; the
 * fold of the events equals the live state; no actor holds two positions on one proposal in one
 * round; every tally counts exactly the positions cast; phases follow the charter; nothing is
 * accepted once the process has ended.
 *
 * <p>Runs {@value #TRIES} sequences per charter by default, on the {@link PropertyHarness}, which
 * shrinks a failing sequence and tells how to replay it.
 */
class ProcessProperties {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessProperties.class);
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final int MAX_LENGTH = 300;
  private static final int TRIES = 1000;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission"})
  void theMachineKeepsItsInvariantsOnRandomCommandSequences(String logic) {
    Charter charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    Stats stats = new Stats();
    Summary summary =
        PropertyHarness.forAllSequences(
            "the machine keeps its invariants on random command sequences, " + logic + " logic",
            TRIES,
            random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
            (commands, random) ->
                invariants(charter, commands, stats)
                    .or(() -> erasureInvariants(charter, commands, random))
                    .ifPresent(
                        broken -> {
                          throw new AssertionError(broken);
                        }));
    LOG.info(
        "{} logic: {} sequences, {} commands ({} accepted), {} events; final phases {}; {} kinds of rejection",
        logic,
        summary.tries(),
        stats.commands.get(),
        stats.accepted.get(),
        stats.events.get(),
        new TreeMap<>(stats.finalPhases),
        stats.rejections.size());
    if (!summary.isFullRun()) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    // the generator must reach the whole life of a process, or the invariants prove little
    assertThat(stats.phasesReached).containsAll(charter.phases());
    assertThat(stats.finalPhases).containsKeys(Phase.CLOSED, Phase.ABANDONED);
    assertThat(stats.eventTypes)
        .contains(
            Event.RoundClosed.class,
            Event.RatingGiven.class,
            Event.CommitmentMade.class,
            Event.ActorLeft.class);
    assertThat(stats.accepted.get()).isGreaterThan(stats.commands.get() / 5);
  }

  /** Collected over every sequence checked (it matters only when every one passed). */
  static final class Stats {
    final AtomicLong commands = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong events = new AtomicLong();
    final Set<Phase> phasesReached = EnumSet.noneOf(Phase.class);
    final Map<Phase, Integer> finalPhases = new HashMap<>();
    final Set<Class<?>> eventTypes = new HashSet<>();
    final Set<Class<?>> rejections = new HashSet<>();
  }

  /**
   * The first invariant that the commands break, if any.
   *
   * @param stats where to count what the sequence reached, or null
   */
  static Optional<String> invariants(
      Charter charter, List<Command> commands, @Nullable Stats stats) {
    ProcessState initial = DECIDER.initialState(charter);
    ProcessState state = initial;
    // An equal state built apart from the same events, which decide never sees first: what
    // deciding must leave the live state equal to.
    ProcessState apart = DECIDER.initialState(charter);
    List<Event> log = new ArrayList<>();
    Set<String> positionKeys = new HashSet<>();
    Map<String, List<Position>> cast = new HashMap<>();
    // consent: who left, and at which step
    Map<ActorId, Integer> left = new HashMap<>();
    for (int step = 0; step < commands.size(); step++) {
      Command command = commands.get(step);
      String where = "step " + (step + 1) + " (" + command.getClass().getSimpleName() + ")";
      Result<Event> result = DECIDER.decide(command, state);
      if (!state.equals(apart)) {
        return Optional.of(where + ": deciding changed the state " + apart + " into " + state);
      }
      if (!result.equals(DECIDER.decide(command, apart))) {
        return Optional.of(where + ": decide gives another result on an equal state");
      }
      if (state.isTerminal() && result.isAccepted()) {
        return Optional.of(where + ": a command was accepted after the process ended");
      }
      if (stats != null) {
        stats.commands.incrementAndGet();
        if (result instanceof Result.Rejected<Event> rejected) {
          stats.rejections.add(rejected.rejection().getClass());
        }
      }
      if (!result.isAccepted()) {
        continue;
      }
      if (left.containsKey(command.by())) {
        return Optional.of(
            where
                + ": a command by '"
                + command.by()
                + "' was accepted after she left at step "
                + left.get(command.by()));
      }
      if (command instanceof Command.LeaveProcess) {
        left.put(command.by(), step + 1);
      }
      if (stats != null) {
        stats.accepted.incrementAndGet();
      }
      long versionBefore = state.version();
      ProcessState fastPath = DECIDER.after(state, result);
      for (Event event : result.events()) {
        Optional<String> broken = checkEvent(charter, state, event, positionKeys, cast);
        if (broken.isPresent()) {
          return Optional.of(where + ": " + broken.get());
        }
        state = DECIDER.evolve(state, event);
        apart = DECIDER.evolve(apart, event);
        log.add(event);
        if (stats != null) {
          stats.events.incrementAndGet();
          stats.eventTypes.add(event.getClass());
          stats.phasesReached.add(state.phase());
        }
      }
      if (state.version() != versionBefore + result.events().size()) {
        return Optional.of(
            where
                + ": version "
                + state.version()
                + " after "
                + result.events().size()
                + " events from version "
                + versionBefore);
      }
      if (!fastPath.equals(state)) {
        return Optional.of(
            where
                + ": the state after the result "
                + fastPath
                + " differs from the checked "
                + state);
      }
      if (!state.isTerminal() && !charter.phases().contains(state.phase())) {
        return Optional.of(where + ": phase " + state.phase() + " is not in the charter");
      }
    }
    if (stats != null) {
      stats.finalPhases.merge(state.phase(), 1, Integer::sum);
    }
    ProcessState folded = DECIDER.fold(initial, log);
    if (!folded.equals(state)) {
      return Optional.of(
          "the fold of the events " + folded + " differs from the live state " + state);
    }
    if (state.version() != log.size()) {
      return Optional.of("version " + state.version() + " after " + log.size() + " events");
    }
    return Optional.empty();
  }

  /**
   * The first invariant that an erasure at a random point breaks, if any: one registered actor's
   * values are erased from an in-memory store after a random number of commands, and the process
   * goes on from the erased store; it must fold to the same phase and proposal statuses as without
   * the erasure. The whole history's log, its personal part stripped of the actor's entries, must
   * verify with the same head hash and read her values as erased, the others' as present.
   */
  static Optional<String> erasureInvariants(
      Charter charter, List<Command> commands, java.util.SplittableRandom random) {
    List<Event> events = new ArrayList<>();
    ProcessState state = DECIDER.initialState(charter);
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      if (result.isAccepted()) {
        state = DECIDER.after(state, result);
        events.addAll(result.events());
      }
    }
    List<ActorId> registered =
        events.stream()
            .filter(Event.ActorRegistered.class::isInstance)
            .map(e -> ((Event.ActorRegistered) e).actor().id())
            .toList();
    if (registered.isEmpty()) {
      return Optional.empty();
    }
    ActorId actor = registered.get(random.nextInt(registered.size()));
    int point = random.nextInt(commands.size() + 1);
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    ProcessState live = DECIDER.initialState(charter);
    for (int i = 0; i < commands.size(); i++) {
      if (i == point) {
        Erasure.inMemory(store, "p", actor);
        live = DECIDER.fold(DECIDER.initialState(charter), events(store));
      }
      Result<Event> result = DECIDER.decide(commands.get(i), live);
      if (result.isAccepted() && !result.events().isEmpty()) {
        long unused = store.append("p", live.version(), result.events());
        live = DECIDER.after(live, result);
      }
    }
    ProcessState erased = DECIDER.fold(DECIDER.initialState(charter), events(store));
    String where = "erasure of '" + actor.value() + "' before command " + (point + 1);
    if (erased.phase() != state.phase() || !statuses(erased).equals(statuses(state))) {
      return Optional.of(where + ": the process went elsewhere than without the erasure");
    }
    EventLog log = EventLog.create(Salts.seeded(random.nextLong()));
    LogText text = log.text("p", charter, events);
    VerifiedLog whole = log.read(text.lines(), text.personal());
    List<String> stripped =
        text.personal().stream()
            .filter(line -> !line.contains("\"actor\":\"" + actor.value() + "\""))
            .toList();
    VerifiedLog read = log.read(text.lines(), stripped);
    if (!read.head().equals(whole.head()) || read.events().size() != events.size()) {
      return Optional.of(where + ": the log's head or length changed");
    }
    for (Event event : read.events()) {
      for (PersonalValues.Value v : PersonalValues.of(event)) {
        if (v.value().isErased() != v.actor().equals(actor)) {
          return Optional.of(where + ": " + v.field() + " of " + v.actor().value() + " read wrong");
        }
      }
    }
    if (read.state().phase() != state.phase() || !statuses(read.state()).equals(statuses(state))) {
      return Optional.of(where + ": the erased log folds elsewhere");
    }
    return Optional.empty();
  }

  private static List<Event> events(InMemoryEventStore<Event> store) {
    return store.read("p").stream().map(org.concertation.api.store.StoredEvent::event).toList();
  }

  private static Map<ProposalId, ProposalStatus> statuses(ProcessState state) {
    Map<ProposalId, ProposalStatus> statuses =
        new TreeMap<>(java.util.Comparator.comparing(ProposalId::value));
    state.proposals().forEach((id, p) -> statuses.put(id, p.status()));
    return statuses;
  }

  private static Optional<String> checkEvent(
      Charter charter,
      ProcessState state,
      Event event,
      Set<String> positionKeys,
      Map<String, List<Position>> cast) {
    if (event instanceof Event.PhaseAdvanced advanced) {
      if (advanced.from() != state.phase() || advanced.to() != charter.next(advanced.from())) {
        return Optional.of(
            "advance " + advanced.from() + " -> " + advanced.to() + " from " + state.phase());
      }
    } else if (event instanceof Event.PhaseReopened reopened) {
      if (!charter.reopenable().contains(reopened.to())
          || reopened.to().compareTo(state.phase()) >= 0) {
        return Optional.of("reopened " + reopened.to() + " from " + state.phase());
      }
    } else if (event instanceof Event.PositionTaken taken) {
      String key = taken.round() + "/" + taken.proposal() + "/" + taken.position().actor();
      if (!positionKeys.add(key)) {
        return Optional.of("a second position for " + key);
      }
      cast.computeIfAbsent(taken.round() + "/" + taken.proposal(), k -> new ArrayList<>())
          .add(taken.position());
    } else if (event instanceof Event.RoundClosed closed) {
      for (RoundDecision decision : closed.decisions()) {
        List<Position> positions =
            cast.getOrDefault(closed.round() + "/" + decision.proposal(), List.of());
        var tally = decision.outcome().tally();
        if (tally.cast() != positions.size()) {
          return Optional.of(
              "round "
                  + closed.round()
                  + " tallied "
                  + tally.cast()
                  + " positions on "
                  + decision.proposal()
                  + " but "
                  + positions.size()
                  + " were cast");
        }
        for (Stance stance : Stance.values()) {
          long expected = positions.stream().filter(p -> p.stance() == stance).count();
          if (tally.count(stance) != expected) {
            return Optional.of(
                "round "
                    + closed.round()
                    + " tallied "
                    + tally.count(stance)
                    + " "
                    + stance
                    + " on "
                    + decision.proposal()
                    + " but "
                    + expected
                    + " were cast");
          }
        }
        int inColleges = tally.colleges().values().stream().mapToInt(c -> c.cast()).sum();
        if (inColleges > tally.cast()) {
          return Optional.of("colleges count " + inColleges + " positions of " + tally.cast());
        }
      }
    } else if (event instanceof Event.ProcessClosed) {
      if (charter.answersOwed()
          && state.proposals().values().stream()
              .anyMatch(
                  p ->
                      p.answer().isEmpty()
                          && p.status() != org.concertation.api.domain.ProposalStatus.WITHDRAWN
                          && p.status() != org.concertation.api.domain.ProposalStatus.MERGED)) {
        return Optional.of("closed with an unanswered proposal");
      }
    }
    return Optional.empty();
  }

  static boolean isRejection(Result<Event> result, Class<? extends Rejection> type) {
    return result instanceof Result.Rejected<Event> r && type.isInstance(r.rejection());
  }
}
