package org.concertation.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.Bytes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.concertation.core.ballot.Recount;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.core.personal.Erasure;
import org.concertation.core.personal.PersonalEntry;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.HistoryCheck;
import org.concertation.core.process.ProcessState;
import org.concertation.core.process.SecretRoundStory;
import org.concertation.core.report.PublicReport;
import org.concertation.core.simulation.Simulation;
import org.concertation.core.simulation.SimulationConfig;
import org.concertation.core.simulation.SimulationRun;
import org.junit.jupiter.api.Test;

/**
 * The personal part of the JDBC store: personal values beside the events' rows, joined back when
 * read, erased by actor without writing an event's row, and a database of schema version 1 opened
 * and upgraded in place.
 */
abstract class JdbcPersonalPartContract extends JdbcEventStoreContract {
  private static final Instant ERASED_AT = Instant.parse("2026-06-01T10:00:00Z");
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final long SEED = 11;

  /** Every byte of the current storage where a text may stay: the files, or every column. */
  protected abstract byte[] storedBytes() throws Exception;

  /** How many random erasures the property tries. */
  protected abstract int erasureTries();

  /**
   * The events of a simulated run of the project logic, after the event that opens the process (a
   * stream that describes itself has a head hash).
   */
  private static List<Event> events(SimulationRun run) {
    ProcessState state = DECIDER.initialState(Charters.projectLogic());
    List<Event> events = new ArrayList<>();
    events.add(
        new Event.ProcessOpened(
            run.commands().get(0).at(), ActorId.of("town-hall"), Charters.projectLogic(), "run"));
    for (Command command : run.commands()) {
      Result<Event> result = DECIDER.decide(command, state);
      state = DECIDER.after(state, result);
      events.addAll(result.events());
    }
    return events;
  }

  private static List<Event> eventsOf(List<StoredEvent<Event>> stored) {
    return stored.stream().map(StoredEvent::event).toList();
  }

  private static List<ActorId> registered(List<Event> events) {
    return events.stream()
        .filter(Event.ActorRegistered.class::isInstance)
        .map(e -> ((Event.ActorRegistered) e).actor().id())
        .toList();
  }

  /** An actor's values that no other actor's value holds (those could not be told apart). */
  static Set<String> valuesOnlyOf(List<Event> events, ActorId actor) {
    Set<String> hers = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Event event : events) {
      for (PersonalValues.Value v : PersonalValues.of(event)) {
        (v.actor().equals(actor) ? hers : others).add(v.value().orElseThrow());
      }
    }
    hers.removeIf(h -> others.stream().anyMatch(o -> o.contains(h)));
    return hers;
  }

  /** The last inhabitant registered: her name stands inside no other's. */
  private static ActorId someInhabitant(List<Event> events) {
    return events.stream()
        .filter(
            e -> e instanceof Event.ActorRegistered r && r.actor().kind() == ActorKind.INHABITANT)
        .map(e -> ((Event.ActorRegistered) e).actor().id())
        .reduce((first, last) -> last)
        .orElseThrow();
  }

  /**
   * Asserts that none of the values is in the bytes, in UTF-8, UTF-16LE or UTF-16BE, raw or JSON.
   */
  static void assertHoldsNone(String what, byte[] bytes, Set<String> values) {
    for (String value : values) {
      String json =
          JsonCodec.create().text(com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
      for (String form : List.of(value, json.substring(1, json.length() - 1))) {
        for (Charset charset :
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
          assertThat(Bytes.indexOf(bytes, form.getBytes(charset)))
              .as("%s holds an erased value (%s characters) in %s", what, value.length(), charset)
              .isEqualTo(-1);
        }
      }
    }
  }

  private List<String> eventRows(String stream) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT event FROM concertation_events WHERE stream = ? ORDER BY version")) {
      query.setString(1, stream);
      try (ResultSet found = query.executeQuery()) {
        while (found.next()) {
          rows.add(found.getString(1));
        }
      }
    }
    return rows;
  }

  private void executeAll(String... statements) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.executeUpdate(sql);
      }
    }
  }

  @Test
  void aStoredEventReadsEqualToTheAppendedOneWithItsSaltsAndItsRowHoldsOnlyDigests()
      throws SQLException {
    Actor amina = Actor.of("amina", "Amina B. (Les Tilleuls)", ActorKind.INHABITANT);
    List<Event> events =
        List.of(
            new Event.ActorRegistered(AT, amina.id(), amina, Role.PARTICIPANT, Optional.empty()),
            new Event.ContributionMade(
                AT, amina.id(), "Les bancs du square sont cassés", ImmutableSet.of()));
    store.append("square", 0, events);

    List<StoredEvent<Event>> read = store.read("square");
    assertThat(eventsOf(read)).containsExactlyElementsOf(events);
    for (StoredEvent<Event> stored : read) {
      for (PersonalValues.Value v : PersonalValues.of(stored.event())) {
        assertThat(v.value().salt()).as(v.field()).isPresent();
        assertThat(v.value().digest()).as(v.field()).isPresent();
      }
    }
    assertThat(String.join("\n", eventRows("square")))
        .doesNotContain("Amina B.", "Les bancs")
        .contains("\"digest\"");
    assertThat(store.personalEntries("square"))
        .extracting(PersonalEntry::version, PersonalEntry::field, PersonalEntry::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "actor.name", "Amina B. (Les Tilleuls)"),
            org.assertj.core.groups.Tuple.tuple(2L, "text", "Les bancs du square sont cassés"));
    assertThat(reopen().read("square")).isEqualTo(read);
  }

  @Test
  void saltsFromASeedGiveTheSameDigestsInTwoDatabases() throws Exception {
    List<Event> events = events(Simulation.run(Charters.projectLogic(), SimulationConfig.of(8), 3));
    JdbcEventStore<Event> seeded = JdbcEventStore.forEvents(dataSource(), Salts.seeded(5));
    seeded.append("one", 0, events);
    seeded = JdbcEventStore.forEvents(dataSource(), Salts.seeded(5));
    seeded.append("two", 0, events);
    assertThat(eventRows("one")).isEqualTo(eventRows("two"));
    assertThat(eventRows("one")).isNotEqualTo(eventRowsAppendedWithSecureSalts(events));
  }

  private List<String> eventRowsAppendedWithSecureSalts(List<Event> events) throws SQLException {
    store.append("three", 0, events);
    return eventRows("three");
  }

  @Test
  void erasingAnInhabitantOfASimulatedRunKeepsTheHeadAndLeavesNoneOfHerValuesInTheDatabase()
      throws Exception {
    Charter charter = Charters.projectLogic();
    List<Event> events = events(Simulation.run(charter, SimulationConfig.of(60), SEED));
    ActorId actor = someInhabitant(events);
    Set<String> values = valuesOnlyOf(events, actor);
    assertThat(values).isNotEmpty();
    store.append("run", 0, events);
    assertThat(store.saveSnapshot("run", events.size(), "test", "a state".getBytes(UTF8))).isTrue();
    String head = Erasure.head("run", charter, eventsOf(store.read("run")));
    List<String> rows = eventRows("run");
    int entries = store.personalEntries("run").size();
    assertThat(Bytes.indexOf(storedBytes(), values.iterator().next().getBytes(UTF8)))
        .as("her values are there before")
        .isNotNegative();

    Erasure.Result erased = store.erase("run", actor, ERASED_AT, "request of 2026-05-30");

    List<Event> after = eventsOf(store.read("run"));
    assertThat(erased.head()).isEqualTo(head).isEqualTo(Erasure.head("run", charter, after));
    assertThat(eventRows("run")).as("the events' rows, byte for byte").isEqualTo(rows);
    assertThat(store.personalEntries("run")).hasSize(entries - erased.values());
    assertThat(erased.values()).isGreaterThanOrEqualTo(values.size());
    assertThat(store.latestSnapshot("run")).isEmpty();
    assertThat(after).hasSameSizeAs(events);
    for (int i = 0; i < after.size(); i++) {
      assertThat(PersonalValues.sameButPersonal(after.get(i), events.get(i))).isTrue();
      for (PersonalValues.Value v : PersonalValues.of(after.get(i))) {
        assertThat(v.value().isErased()).as(v.field()).isEqualTo(v.actor().equals(actor));
      }
    }
    ProcessState replayed = DECIDER.fold(DECIDER.initialState(charter), after);
    assertThat(replayed.phase())
        .isEqualTo(DECIDER.fold(DECIDER.initialState(charter), events).phase());
    PublicReport report = PublicReport.of("run", ProcessHistory.of(charter, after));
    String rendered = report.markdown() + report.html();
    assertThat(rendered).contains("[erased at the request of the person concerned]");
    assertHoldsNone("the report", rendered.getBytes(UTF8), values);
    assertHoldsNone("the database", storedBytes(), values);
    assertThat(store.erasures("run"))
        .containsExactly(new EventLog.ErasureRecord(actor, ERASED_AT, "request of 2026-05-30"));
  }

  @Test
  void oneValueErasedByItsPlaceReadsErasedAndLeavesTheOthersAndTheRows() throws SQLException {
    List<Event> events = events(Simulation.run(Charters.projectLogic(), SimulationConfig.of(8), 5));
    store.append("p", 0, events);
    store.saveSnapshot("p", events.size(), "test", new byte[] {1});
    PersonalEntry chosen = store.personalEntries("p").get(2);
    List<String> rows = eventRows("p");
    String head = Erasure.head("p", Charters.projectLogic(), eventsOf(store.read("p")));

    assertThat(store.eraseEntry("p", chosen.version(), chosen.field())).isTrue();

    assertThat(store.eraseEntry("p", chosen.version(), chosen.field())).as("gone").isFalse();
    assertThat(store.latestSnapshot("p")).isEmpty();
    assertThat(eventRows("p")).isEqualTo(rows);
    List<Event> read = eventsOf(store.read("p"));
    assertThat(Erasure.head("p", Charters.projectLogic(), read)).isEqualTo(head);
    for (int i = 0; i < read.size(); i++) {
      for (PersonalValues.Value v : PersonalValues.of(read.get(i))) {
        assertThat(v.value().isErased())
            .as("%s of %s", v.field(), i + 1)
            .isEqualTo(i + 1 == chosen.version() && v.field().equals(chosen.field()));
      }
    }
  }

  @Test
  void refusesToEraseAnActorTheStreamNeverRegistered() {
    store.append("a", 0, List.of(note("one")));
    assertThatThrownBy(() -> store.erase("a", ActorId.of("ines"), ERASED_AT, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid actor 'ines': stream 'a' never registered it");
  }

  @Test
  void aStoreOfOtherEventsHasNoPersonalPart() {
    EventCodec<String> strings =
        new EventCodec<>() {
          @Override
          public String encode(String event) {
            return event;
          }

          @Override
          public String decode(String text) {
            return text;
          }
        };
    JdbcEventStore<String> other = JdbcEventStore.open(dataSource(), strings);
    other.append("a", 0, List.of("{\"name\":\"Amina\"}"));
    assertThat(other.read("a"))
        .extracting(StoredEvent::event)
        .containsExactly("{\"name\":\"Amina\"}");
    assertThatThrownBy(() -> other.erase("a", ActorId.of("amina"), ERASED_AT, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no personal part");
  }

  @Test
  void aVersion1DatabaseOpensReadsAndIsUpgradedInPlaceKeepingItsRowsInline() throws Exception {
    newStorage(); // empty, then tables as version 1 created them, by hand
    String bytes = dialectBytesType();
    executeAll(
        "CREATE TABLE concertation_schema (part TEXT NOT NULL PRIMARY KEY,"
            + " version BIGINT NOT NULL)",
        "CREATE TABLE concertation_streams (stream TEXT NOT NULL PRIMARY KEY,"
            + " version BIGINT NOT NULL CHECK (version >= 1))",
        "CREATE TABLE concertation_events (stream TEXT NOT NULL,"
            + " version BIGINT NOT NULL CHECK (version >= 1), event TEXT NOT NULL,"
            + " PRIMARY KEY (stream, version))",
        "CREATE TABLE concertation_commands (stream TEXT NOT NULL, command_id TEXT NOT NULL,"
            + " first_version BIGINT NOT NULL CHECK (first_version >= 1),"
            + " events BIGINT NOT NULL CHECK (events >= 0), PRIMARY KEY (stream, command_id))",
        "CREATE TABLE concertation_snapshots (stream TEXT NOT NULL PRIMARY KEY,"
            + " version BIGINT NOT NULL CHECK (version >= 1), format TEXT NOT NULL,"
            + " payload "
            + bytes
            + " NOT NULL)",
        "INSERT INTO concertation_schema VALUES ('event-store', 1)");
    Charter charter = Charters.projectLogic();
    List<Event> events = events(Simulation.run(charter, SimulationConfig.of(12), SEED));
    List<Event> old = events.subList(0, events.size() / 2);
    JsonCodec json = JsonCodec.create();
    try (Connection connection = dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO concertation_events VALUES ('p', ?, ?)")) {
      for (int i = 0; i < old.size(); i++) {
        insert.setLong(1, i + 1L);
        insert.setString(2, json.writeEvent(old.get(i))); // texts inline, as version 1 wrote them
        insert.executeUpdate();
      }
    }
    executeAll("INSERT INTO concertation_streams VALUES ('p', " + old.size() + ")");
    List<String> oldRows = eventRows("p");
    ActorId early = registered(old).get(registered(old).size() - 1);

    JdbcEventStore<Event> upgraded = JdbcEventStore.forEvents(dataSource());

    assertThat(count("SELECT version FROM concertation_schema WHERE part = 'event-store'"))
        .isEqualTo(2);
    assertThat(eventsOf(upgraded.read("p"))).containsExactlyElementsOf(old);
    assertThat(eventRows("p")).as("no row rewritten").isEqualTo(oldRows);
    String oldHead = Erasure.head("p", charter, eventsOf(upgraded.read("p")));
    assertThat(Erasure.head("p", charter, eventsOf(upgraded.read("p")))).isEqualTo(oldHead);
    upgraded.append("p", old.size(), events.subList(old.size(), events.size()));
    assertThat(eventsOf(upgraded.read("p"))).containsExactlyElementsOf(events);
    assertThat(eventRows("p").subList(old.size(), events.size()))
        .allSatisfy(row -> assertThat(PersonalRows.holdsInline(json.readEvent(row))).isFalse());
    assertThat(upgraded.personalEntries("p")).allMatch(e -> e.version() > old.size());
    assertThatThrownBy(() -> upgraded.erase("p", early, ERASED_AT, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inline, as schema version 1 wrote them");

    int moved = upgraded.sealInline("p");

    assertThat(moved).isPositive().isLessThanOrEqualTo(old.size());
    assertThat(eventsOf(upgraded.read("p"))).containsExactlyElementsOf(events);
    assertThat(eventRows("p")).noneMatch(row -> PersonalRows.holdsInline(json.readEvent(row)));
    assertThat(upgraded.sealInline("p")).as("nothing left to move").isZero();
    String head = Erasure.head("p", charter, eventsOf(upgraded.read("p")));
    Set<String> hers = valuesOnlyOf(events, early);
    Erasure.Result erased = upgraded.erase("p", early, ERASED_AT, "");
    assertThat(erased.head()).isEqualTo(head);
    assertHoldsNone("the upgraded database", storedBytes(), hers);
    assertThat(JdbcEventStore.forEvents(dataSource()).read("p")).hasSameSizeAs(events);
  }

  @Test
  void erasuresAtRandomPointsKeepTheHeadAndEraseOnlyWhatWasThere() throws Exception {
    SplittableRandom seeds = new SplittableRandom(SEED);
    Charter charter = Charters.projectLogic();
    for (int t = 0; t < erasureTries(); t++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      List<Event> events =
          events(Simulation.run(charter, SimulationConfig.of(6 + random.nextInt(20)), seed));
      ActorId actor = registered(events).get(random.nextInt(registered(events).size()));
      int point = random.nextInt(events.size() + 1);
      String stream = "try-" + t;
      String where = "seed " + seed + ": erasure of '" + actor.value() + "' after " + point;
      store.append(stream, 0, events.subList(0, point));
      if (!Erasure.registers(events.subList(0, point), actor)) {
        assertThatThrownBy(() -> store.erase(stream, actor, ERASED_AT, ""))
            .as(where)
            .isInstanceOf(IllegalArgumentException.class);
        continue;
      }
      String head = Erasure.head(stream, charter, eventsOf(store.read(stream)));
      assertThat(store.erase(stream, actor, ERASED_AT, "").head()).as(where).isEqualTo(head);
      store.append(stream, point, events.subList(point, events.size()));
      List<Event> read = eventsOf(store.read(stream));
      assertThat(read).as(where).hasSameSizeAs(events);
      for (int i = 0; i < read.size(); i++) {
        assertThat(PersonalValues.sameButPersonal(read.get(i), events.get(i))).as(where).isTrue();
        List<PersonalValues.Value> values = PersonalValues.of(read.get(i));
        List<PersonalValues.Value> appended = PersonalValues.of(events.get(i));
        for (int j = 0; j < values.size(); j++) {
          PersonalValues.Value v = values.get(j);
          String at = where + ": " + v.field() + " of " + v.actor().value() + " at " + (i + 1);
          assertThat(v.value().isErased()).as(at).isEqualTo(v.actor().equals(actor) && i < point);
          if (!v.value().isErased()) {
            assertThat(v.value()).as(at).isEqualTo(appended.get(j).value());
          }
        }
      }
      assertThat(DECIDER.fold(DECIDER.initialState(charter), read).phase())
          .as(where)
          .isEqualTo(DECIDER.fold(DECIDER.initialState(charter), events).phase());
    }
  }

  // secret: the append that holds a secret round's close erases its key

  private static final ImmutableList<ImmutableList<Event>> SECRET = SecretRoundStory.batches(41);

  private static List<Event> secretUpTo(int batch) {
    List<Event> events = new ArrayList<>();
    for (int b = 0; b <= batch; b++) {
      events.addAll(SECRET.get(b));
    }
    return events;
  }

  private boolean holdsAKey(String stream) {
    return store.personalEntries(stream).stream().anyMatch(RoundKeys::isKey);
  }

  @Test
  void theAppendThatClosesASecretRoundErasesItsKeyAndLeavesTheRowsAndTheHead() throws Exception {
    Charter charter = SecretRoundStory.charter();
    String key1 = SecretRoundStory.keyOf(SECRET.get(SecretRoundStory.OPEN_1), 1);
    store.append("s", 0, SECRET.get(SecretRoundStory.OPEN_1));
    assertThat(holdsAKey("s")).isTrue();
    assertThat(Bytes.indexOf(storedBytes(), key1.getBytes(UTF8)))
        .as("the key, open")
        .isNotNegative();
    List<String> rows = eventRows("s");
    String head = Erasure.head("s", charter, eventsOf(store.read("s")));

    long version = SECRET.get(SecretRoundStory.OPEN_1).size();
    store.append("s", version, SECRET.get(SecretRoundStory.CLOSE_1));

    assertThat(holdsAKey("s")).isFalse();
    assertHoldsNone("the database after the close", storedBytes(), Set.of(key1));
    assertThat(eventRows("s").subList(0, rows.size()))
        .as("the rows, byte for byte")
        .isEqualTo(rows);
    List<Event> closed = eventsOf(store.read("s"));
    assertThat(Erasure.head("s", charter, closed.subList(0, rows.size()))).isEqualTo(head);
    Event.RoundClosed close = (Event.RoundClosed) closed.get(closed.size() - 1);
    assertThat(store.erasures("s"))
        .containsExactly(
            new EventLog.ErasureRecord(
                RoundKeys.KEY_OWNER,
                close.at(),
                JdbcEventStore.KEY_ERASURE_REASON + close.round()));
    for (int i = 0; i < closed.size(); i++) {
      assertThat(PersonalValues.sameButPersonal(closed.get(i), secretUpTo(1).get(i))).isTrue();
      for (PersonalValues.Value v : PersonalValues.of(closed.get(i))) {
        assertThat(v.value().isErased())
            .as("%s of %s", v.field(), i + 1)
            .isEqualTo(v.actor().equals(RoundKeys.KEY_OWNER));
      }
    }

    // the next secret round: its key is kept while it is open, erased at its close
    version += SECRET.get(SecretRoundStory.CLOSE_1).size();
    store.append("s", version, SECRET.get(SecretRoundStory.OPEN_2));
    assertThat(holdsAKey("s")).isTrue();
    version += SECRET.get(SecretRoundStory.OPEN_2).size();
    store.append("s", version, SECRET.get(SecretRoundStory.CLOSE_2));
    assertThat(holdsAKey("s")).isFalse();
    assertHoldsNone(
        "the database after both closes",
        storedBytes(),
        Set.of(key1, SecretRoundStory.keyOf(SECRET.get(SecretRoundStory.OPEN_2), 2)));

    List<Event> read = eventsOf(reopen().read("s"));
    assertThat(read).hasSize(secretUpTo(SecretRoundStory.CLOSE_2).size());
    assertThat(HistoryCheck.create().firstImpossibleStored(charter, store.read("s"))).isEmpty();
    assertThat(DECIDER.fold(DECIDER.initialState(charter), read).version()).isEqualTo(read.size());
    String report = PublicReport.of("s", ProcessHistory.of(charter, read)).markdown();
    assertThat(report).contains("Secret rounds");
    Recount recount = Recount.of(charter, read, 2, SecretRoundStory.RULE);
    assertThat(recount.agrees()).isTrue();
    assertThat(recount.recorded().ballots()).isEqualTo(4);
  }

  @Test
  void anAppendOfACloseThatFailsLeavesTheRoundKey() throws Exception {
    List<Event> open = SECRET.get(SecretRoundStory.OPEN_1);
    store.append("s", 0, CommandId.of("opened"), open);
    List<String> rows = eventRows("s");
    List<Event> close = SECRET.get(SecretRoundStory.CLOSE_1);

    assertThatThrownBy(() -> store.append("s", open.size() - 1, close))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThatThrownBy(() -> store.append("s", open.size(), CommandId.of("opened"), close))
        .isInstanceOf(DuplicateCommandException.class);

    assertThat(holdsAKey("s")).isTrue();
    assertThat(store.version("s")).isEqualTo(open.size());
    assertThat(store.erasures("s")).isEmpty();
    assertThat(eventsOf(store.read("s"))).containsExactlyElementsOf(open);
    assertThat(eventRows("s")).isEqualTo(rows);
    assertThat(Bytes.indexOf(storedBytes(), SecretRoundStory.keyOf(open, 1).getBytes(UTF8)))
        .as("the key, still there")
        .isNotNegative();
  }

  @Test
  void oneAppendThatClosesASecretRoundAndOpensAnotherKeepsOnlyTheOpenRoundsKey() {
    List<Event> events = secretUpTo(SecretRoundStory.OPEN_2);
    store.append("s", 0, events);
    assertThat(store.personalEntries("s").stream().filter(RoundKeys::isKey))
        .singleElement()
        .satisfies(
            k ->
                assertThat(k.text())
                    .isEqualTo(SecretRoundStory.keyOf(SECRET.get(SecretRoundStory.OPEN_2), 2)));
    List<Event> read = eventsOf(store.read("s"));
    Event.RoundOpened second =
        read.stream()
            .filter(e -> e instanceof Event.RoundOpened o && o.round() == 2)
            .map(Event.RoundOpened.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(second.key()).hasValueSatisfying(k -> assertThat(k.isErased()).isFalse());
    assertThat(DECIDER.fold(DECIDER.initialState(SecretRoundStory.charter()), read).openRound())
        .isPresent();
  }

  /** The objector's pseudonym in round 1 of the secret story. */
  private static ActorId objectorsPseudonym() {
    return RoundKeys.pseudonym(
        org.concertation.api.domain.PersonalText.of(
            SecretRoundStory.keyOf(SECRET.get(SecretRoundStory.OPEN_1), 1)),
        SecretRoundStory.OBJECTOR);
  }

  private static List<Boolean> erasedValuesOf(List<Event> events, ActorId whose) {
    return events.stream()
        .flatMap(e -> PersonalValues.of(e).stream())
        .filter(v -> v.actor().equals(whose))
        .map(v -> v.value().isErased())
        .toList();
  }

  @Test
  void erasingTheObjectorWhileTheSecretRoundIsOpenErasesHerReasonAndTheRoundClosesAlike()
      throws Exception {
    Charter charter = SecretRoundStory.charter();
    List<Event> open = secretUpTo(SecretRoundStory.OPEN_1);
    store.append("s", 0, open);
    List<String> rows = eventRows("s");
    String head = Erasure.head("s", charter, eventsOf(store.read("s")));
    assertThat(Bytes.indexOf(storedBytes(), SecretRoundStory.REASON.getBytes(UTF8)))
        .as("her reason, there before")
        .isNotNegative();

    Erasure.Result erased = store.erase("s", SecretRoundStory.OBJECTOR, ERASED_AT, "request");

    assertThat(erased.head()).isEqualTo(head);
    assertThat(erased.values())
        .isEqualTo(erasedValuesOf(open, SecretRoundStory.OBJECTOR).size() + 1);
    assertThat(eventRows("s")).isEqualTo(rows);
    assertHoldsNone("the database", storedBytes(), Set.of(SecretRoundStory.REASON));
    List<Event> read = eventsOf(store.read("s"));
    assertThat(erasedValuesOf(read, objectorsPseudonym())).containsExactly(true);
    assertThat(erasedValuesOf(read, SecretRoundStory.OBJECTOR)).isNotEmpty().allMatch(e -> e);
    assertThat(holdsAKey("s")).as("the round's key").isTrue();

    // the round closes from the state the store gives, and counts as it would have
    Event.RoundClosed story = (Event.RoundClosed) SECRET.get(SecretRoundStory.CLOSE_1).get(0);
    ProcessState state = DECIDER.fold(DECIDER.initialState(charter), read);
    List<Event> close = DECIDER.decide(HistoryCheck.commandOf(story), state).events();
    assertThat(close).hasSize(1);
    assertThat(PersonalValues.sameButPersonal(close.get(0), story)).isTrue();
    store.append("s", open.size(), close);
    store.append("s", open.size() + 1L, SECRET.get(SecretRoundStory.OPEN_2));
    store.append(
        "s",
        open.size() + 1L + SECRET.get(SecretRoundStory.OPEN_2).size(),
        SECRET.get(SecretRoundStory.CLOSE_2));
    assertHoldsNone("the database, closed", storedBytes(), Set.of(SecretRoundStory.REASON));
    List<Event> whole = eventsOf(store.read("s"));
    assertThat(HistoryCheck.create().firstImpossibleStored(charter, store.read("s"))).isEmpty();
    assertThat(Recount.of(charter, whole, 2, SecretRoundStory.RULE).agrees()).isTrue();
    String report = PublicReport.of("s", ProcessHistory.of(charter, whole)).markdown();
    assertThat(report).contains("Secret rounds");
    assertHoldsNone("the report", report.getBytes(UTF8), Set.of(SecretRoundStory.REASON));
  }

  @Test
  void erasingTheObjectorAfterTheSecretCloseLeavesHerReasonAnonymousAndErasableByItsPlace()
      throws Exception {
    Charter charter = SecretRoundStory.charter();
    List<Event> closed = secretUpTo(SecretRoundStory.CLOSE_1);
    store.append("s", 0, secretUpTo(SecretRoundStory.OPEN_1));
    store.append(
        "s", SECRET.get(SecretRoundStory.OPEN_1).size(), SECRET.get(SecretRoundStory.CLOSE_1));
    String head = Erasure.head("s", charter, eventsOf(store.read("s")));

    Erasure.Result erased = store.erase("s", SecretRoundStory.OBJECTOR, ERASED_AT, "request");

    assertThat(erased.head()).isEqualTo(head);
    assertThat(erased.values()).isEqualTo(erasedValuesOf(closed, SecretRoundStory.OBJECTOR).size());
    assertThat(erasedValuesOf(eventsOf(store.read("s")), SecretRoundStory.OBJECTOR))
        .allMatch(e -> e);
    List<PersonalEntry> anonymous =
        store.personalEntries("s").stream()
            .filter(e -> e.text().equals(SecretRoundStory.REASON))
            .toList();
    assertThat(anonymous)
        .extracting(PersonalEntry::field, PersonalEntry::actor)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("position.reason", objectorsPseudonym()),
            org.assertj.core.groups.Tuple.tuple(
                "decisions[0].outcome.tally.objections[0].reason",
                ActorId.of("secret:objection-1")));
    // each can still be removed by its place
    for (PersonalEntry entry : anonymous) {
      assertThat(store.eraseEntry("s", entry.version(), entry.field())).isTrue();
    }
    assertHoldsNone("the database", storedBytes(), Set.of(SecretRoundStory.REASON));
    assertThat(Erasure.head("s", charter, eventsOf(store.read("s")))).isEqualTo(head);
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private String dialectBytesType() throws SQLException {
    try (Connection connection = dataSource().getConnection()) {
      return Dialect.of(connection.getMetaData().getDatabaseProductName()).bytesType();
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
