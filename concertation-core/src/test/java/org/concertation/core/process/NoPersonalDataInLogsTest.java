package org.concertation.core.process;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.concertation.core.io.AtomicFile;
import org.concertation.core.log.EventLog;
import org.concertation.core.store.InMemoryEventStore;
import org.concertation.core.store.ObservedEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs say ids, types and numbers, never a person's name or a free text: a process with a
 * distinctive name and texts runs through the service, the store, its listeners and the event log
 * with every logger of the library at TRACE, and none of them appears in what was logged.
 */
class NoPersonalDataInLogsTest {
  private static final Charter CHARTER = Charters.projectLogic();
  private static final String NAME = "Zénobie Quiblanc-Orthez";
  private static final String TEXT = "Le lampadaire 7 clignote devant chez Zénobie";
  private static final String REASON = "Mme Quiblanc refuse la coupe des tilleuls";

  /** The loggers of the library, api and core: their names start so. */
  private static final String LIBRARY = "org.concertation";

  /** slf4j-simple's property that sets the level of the loggers under a name, as they are made. */
  private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.log." + LIBRARY;

  /** slf4j-simple's TRACE level, the lowest. */
  private static final int TRACE = 0;

  @TempDir Path folder;

  @Test
  void aProcessRunWithEveryLoggerAtTraceLogsNoNameAndNoText() throws Exception {
    String logged = captured(this::runTheProcess);
    // the run did log, at DEBUG: the capture sees what the library says
    assertThat(logged).contains("lost a race", "was applied before", "failed on", "wrote ");
    assertThat(logged).doesNotContain(NAME, "Zénobie", "Quiblanc", TEXT, "lampadaire", REASON);
  }

  private void runTheProcess() throws Exception {
    Actor owner = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
    Actor person = Actor.of("p-17", NAME, ActorKind.INHABITANT);
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    List<Command> commands =
        List.of(
            new Command.RegisterActor(owner.id(), at, owner, Role.PROJECT_OWNER, Optional.empty()),
            new Command.RegisterActor(
                owner.id(), at.plusSeconds(60), person, Role.PARTICIPANT, Optional.empty()),
            new Command.AdvancePhase(owner.id(), at.plusSeconds(120)),
            new Command.Contribute(person.id(), at.plusSeconds(180), TEXT, ImmutableSet.of()));
    ObservedEventStore<Event> store = ObservedEventStore.of(new LosingStore());
    store.subscribe(
        (stream, events) -> {
          throw new IllegalStateException("a listener that always fails");
        });
    ProcessService service = ProcessService.of(store, stream -> CHARTER);
    for (int i = 0; i < commands.size(); i++) {
      CommandId id = CommandId.of("c" + i);
      assertThat(service.handle("square", id, commands.get(i))).isInstanceOf(Result.Accepted.class);
      // sent again, as a retry: answered from the store
      assertThat(service.handle("square", id, commands.get(i))).isInstanceOf(Result.Accepted.class);
    }
    // a rejected command carrying a reason
    service.handle(
        "square",
        new Command.WithdrawProposal(
            person.id(),
            at.plusSeconds(240),
            org.concertation.api.domain.ProposalId.of("none"),
            REASON));
    List<Event> events = store.read("square").stream().map(StoredEvent::event).toList();
    EventLog.create().write(folder.resolve("square.jsonl"), "square", CHARTER, events);
    assertThat(Files.readString(folder.resolve("square.jsonl"))).isNotEmpty();
    // personal: the personal part is read, appended to, checked and erased
    EventLog log = EventLog.create();
    Path file = folder.resolve("square.jsonl");
    log.append(
        file,
        events.size(),
        List.of(
            new Event.ContributionMade(
                at.plusSeconds(300), person.id(), TEXT + " encore", ImmutableSet.of())));
    assertThat(log.read(file).events()).hasSize(events.size() + 1);
    Path personal = EventLog.personalFile(file);
    String part = Files.readString(personal);
    Files.writeString(personal, part.replace("Quiblanc", "Quiblane"));
    // its message names the value's field, never its text
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.read(file))
        .isInstanceOf(org.concertation.core.personal.PersonalPartException.class)
        .hasMessageNotContaining("Quiblan");
    Files.writeString(personal, part);
    org.concertation.core.personal.Erasure.ofLog(file, person.id(), at.plusSeconds(400), "request");
    InMemoryEventStore<Event> memory = InMemoryEventStore.create();
    long unused = memory.append("square", 0, events);
    memory.erase("square", person.id());
  }

  /** A store whose every other append loses a race against a writer that appends nothing. */
  private static final class LosingStore implements EventStore<Event> {
    private final InMemoryEventStore<Event> delegate = InMemoryEventStore.create();
    private boolean lose = true;

    @Override
    public long append(String stream, long expectedVersion, List<? extends Event> events) {
      loseEveryOther(stream, expectedVersion);
      return delegate.append(stream, expectedVersion, events);
    }

    @Override
    public long append(
        String stream, long expectedVersion, CommandId command, List<? extends Event> events) {
      loseEveryOther(stream, expectedVersion);
      return delegate.append(stream, expectedVersion, command, events);
    }

    private void loseEveryOther(String stream, long expectedVersion) {
      lose = !lose;
      if (!lose) {
        throw new ConcurrencyConflictException(stream, expectedVersion, expectedVersion + 1);
      }
    }

    @Override
    public Optional<ImmutableList<StoredEvent<Event>>> readCommand(
        String stream, CommandId command) {
      return delegate.readCommand(stream, command);
    }

    @Override
    public ImmutableList<StoredEvent<Event>> read(String stream) {
      return delegate.read(stream);
    }

    @Override
    public ImmutableList<StoredEvent<Event>> read(String stream, long afterVersion) {
      return delegate.read(stream, afterVersion);
    }

    @Override
    public long version(String stream) {
      return delegate.version(stream);
    }
  }

  /** A task to run while logging is captured. */
  private interface Task {
    void run() throws Exception;
  }

  /**
   * What the library logs while a task runs, every logger of it at TRACE. The test classpath binds
   * SLF4J to slf4j-simple, which writes to the standard error stream as it is at each line and
   * fixes a logger's level when the logger is made: loggers made during the task take TRACE from
   * the property, those made before are lowered on themselves; all is put back after.
   */
  private static String captured(Task task) throws Exception {
    // make the loggers of the classes known to log, so that the property cannot miss them
    for (Class<?> type :
        List.of(ProcessService.class, ObservedEventStore.class, EventLog.class, AtomicFile.class)) {
      LoggerFactory.getLogger(type);
    }
    Map<Logger, Integer> levels = new LinkedHashMap<>();
    Field level = null;
    for (Logger logger : libraryLoggers()) {
      if (level == null) {
        level = field(logger.getClass(), "currentLogLevel");
        level.setAccessible(true);
      }
      levels.put(logger, level.getInt(logger));
      level.setInt(logger, TRACE);
      assertThat(logger.isTraceEnabled()).as("%s at TRACE", logger.getName()).isTrue();
    }
    assertThat(levels).isNotEmpty();
    String property = System.getProperty(LEVEL_PROPERTY);
    System.setProperty(LEVEL_PROPERTY, "trace");
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      task.run();
    } finally {
      System.setErr(err);
      if (property == null) {
        System.clearProperty(LEVEL_PROPERTY);
      } else {
        System.setProperty(LEVEL_PROPERTY, property);
      }
      for (Map.Entry<Logger, Integer> entry : levels.entrySet()) {
        requireNonNull(level).setInt(entry.getKey(), entry.getValue());
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The library's loggers made so far, from slf4j-simple's factory. */
  private static List<Logger> libraryLoggers() throws ReflectiveOperationException {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    Field map = field(factory.getClass(), "loggerMap");
    map.setAccessible(true);
    List<Logger> loggers = new ArrayList<>();
    for (Object logger : ((Map<?, ?>) map.get(factory)).values()) {
      if (((Logger) logger).getName().startsWith(LIBRARY)) {
        loggers.add((Logger) logger);
      }
    }
    return loggers;
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name + " in " + type);
  }
}
