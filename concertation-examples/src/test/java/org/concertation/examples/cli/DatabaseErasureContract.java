package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.primitives.Bytes;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.Erasure;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.report.PublicReport;
import org.concertation.core.store.jdbc.DriverDataSource;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands {@code erase --db} and {@code export --db} on the flagship scenario's events kept in
 * a database: the head hash stays, the stream replays and reports, and the database holds none of
 * the erased actor's values anywhere.
 */
abstract class DatabaseErasureContract {
  private static final ActorId AMINA = ActorId.of("amina");
  private static final String STREAM = "saint-aubin";

  @TempDir Path dir;

  /** The JDBC URL of fresh, empty storage. */
  protected abstract String newDatabase() throws Exception;

  /** Every byte of the storage where a text may stay: the files, or every column of every table. */
  protected abstract byte[] storedBytes() throws Exception;

  /** The flagship scenario's log, written by {@code concertation run}. */
  private VerifiedLog flagship() throws Exception {
    Path scenario = dir.resolve("saint-aubin-project.json");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/saint-aubin-project.json")) {
      Files.write(scenario, in.readAllBytes());
    }
    Path events = dir.resolve("events.jsonl");
    Outcome run =
        execute(
            "run",
            scenario.toString(),
            "--events",
            events.toString(),
            "--report",
            dir.resolve("report.md").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return EventLog.create().read(events);
  }

  /** The log's events in a stream that describes itself, as a host keeps a process. */
  private static List<Event> described(VerifiedLog log) {
    List<Event> events = new ArrayList<>();
    events.add(
        new Event.ProcessOpened(
            log.events().get(0).at(), ActorId.of("town-hall"), log.charter(), "Saint-Aubin"));
    events.addAll(log.events());
    return events;
  }

  private static Set<String> valuesOf(List<Event> events, ActorId actor) {
    Set<String> values = new LinkedHashSet<>();
    for (Event event : events) {
      for (PersonalValues.Value v : PersonalValues.of(event)) {
        if (v.actor().equals(actor)) {
          values.add(v.value().orElseThrow());
        }
      }
    }
    return values;
  }

  private static void assertHoldsNone(String what, byte[] bytes, Set<String> values) {
    for (String value : values) {
      String json = JsonCodec.create().text(TextNode.valueOf(value));
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

  private static List<String> eventRows(String url) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverDataSource.of(url).getConnection();
        Statement statement = connection.createStatement();
        ResultSet found =
            statement.executeQuery("SELECT event FROM concertation_events ORDER BY version")) {
      while (found.next()) {
        rows.add(found.getString(1));
      }
    }
    return rows;
  }

  private static List<Event> read(JdbcEventStore<Event> store) {
    return store.read(STREAM).stream().map(StoredEvent::event).toList();
  }

  @Test
  void erasingAnActorFromADatabaseKeepsTheHeadAndLeavesNoneOfHerValuesInIt() throws Exception {
    VerifiedLog log = flagship();
    String url = newDatabase();
    JdbcEventStore<Event> store = JdbcEventStore.forEvents(DriverDataSource.of(url));
    List<Event> events = described(log);
    store.append(STREAM, 0, events);
    // a state that holds her name, as a snapshot would
    store.saveSnapshot(
        STREAM, events.size(), "test", "Amina B. (Les Tilleuls)".getBytes(StandardCharsets.UTF_8));
    Set<String> values = valuesOf(events, AMINA);
    assertThat(values).contains("Amina B. (Les Tilleuls)").hasSizeGreaterThan(3);
    String head = Erasure.head(STREAM, log.charter(), read(store));
    List<String> rows = eventRows(url);
    assertThat(Bytes.indexOf(storedBytes(), "Amina B.".getBytes(StandardCharsets.UTF_8)))
        .isNotNegative();

    Outcome erase =
        execute(
            "erase", "--db", url, "--stream", STREAM, "--actor", "amina", "--reason", "GDPR 17");

    assertThat(erase.exitCode()).as(erase.err()).isZero();
    assertThat(erase.out()).contains(head).contains("amina").contains(STREAM);
    List<Event> after = read(JdbcEventStore.forEvents(DriverDataSource.of(url)));
    assertThat(Erasure.head(STREAM, log.charter(), after)).isEqualTo(head);
    assertThat(eventRows(url)).as("the events' rows, byte for byte").isEqualTo(rows);
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState replayed = decider.fold(decider.initialState(log.charter()), after);
    assertThat(replayed.phase()).isEqualTo(log.state().phase());
    assertThat(replayed.proposals().keySet()).isEqualTo(log.state().proposals().keySet());
    PublicReport report = PublicReport.of("Saint-Aubin", ProcessHistory.of(log.charter(), after));
    assertThat(report.markdown()).contains("[erased at the request of the person concerned]");
    assertHoldsNone(
        "the report", (report.markdown() + report.html()).getBytes(StandardCharsets.UTF_8), values);
    assertHoldsNone("the database", storedBytes(), values);
    assertThat(report.markdown()).contains("Karim D. (Les Tilleuls)");
    assertThat(store.latestSnapshot(STREAM)).isEmpty();
  }

  @Test
  void valuesWrittenInlineAreRefusedUntilSealInlineMovesThemWhichChangesTheHeadOnce()
      throws Exception {
    VerifiedLog log = flagship();
    String url = newDatabase();
    List<Event> events = described(log);
    JdbcEventStore.forEvents(DriverDataSource.of(url)).append(STREAM, 0, events);
    // the rows as a database of schema version 1 held them: values inline, no personal part
    JsonCodec json = JsonCodec.create();
    try (Connection connection = DriverDataSource.of(url).getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE concertation_events SET event = ? WHERE stream = ? AND version = ?");
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < events.size(); i++) {
        update.setString(1, json.writeEvent(events.get(i)));
        update.setString(2, STREAM);
        update.setLong(3, i + 1L);
        update.executeUpdate();
      }
      statement.executeUpdate("DELETE FROM concertation_personal");
    }
    String inlineHead =
        Erasure.head(
            STREAM, log.charter(), read(JdbcEventStore.forEvents(DriverDataSource.of(url))));

    Outcome refused = execute("erase", "--db", url, "--stream", STREAM, "--actor", "amina");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).startsWith("error: ").contains("give --seal-inline");
    Outcome erase =
        execute("erase", "--db", url, "--stream", STREAM, "--actor", "amina", "--seal-inline");

    assertThat(erase.exitCode()).as(erase.err()).isZero();
    List<Event> after = read(JdbcEventStore.forEvents(DriverDataSource.of(url)));
    String head = Erasure.head(STREAM, log.charter(), after);
    assertThat(head).isNotEqualTo(inlineHead);
    assertThat(erase.out()).contains("Moved the inline values of").contains(head);
    assertHoldsNone("the database", storedBytes(), valuesOf(events, AMINA));
    assertThat(valuesOf(after, ActorId.of("karim"))).contains("Karim D. (Les Tilleuls)");
  }

  @Test
  void exportPrintsHerValuesFromADatabaseThenOnlyDigestsAndTheErasure() throws Exception {
    VerifiedLog log = flagship();
    String url = newDatabase();
    JdbcEventStore.forEvents(DriverDataSource.of(url)).append(STREAM, 0, described(log));

    Outcome export = execute("export", "--db", url, "--stream", STREAM, "--actor", "amina");
    assertThat(export.exitCode()).as(export.err()).isZero();
    JsonNode json = JsonCodec.create().parse(export.out().strip());
    assertThat(json.get("stream").textValue()).isEqualTo(STREAM);
    assertThat(json.get("registration").get("actor").get("name").textValue())
        .isEqualTo("Amina B. (Les Tilleuls)");
    assertThat(json.get("personal").get(0).get("text").textValue())
        .isEqualTo("Amina B. (Les Tilleuls)");
    assertThat(json.get("erasures").size()).isZero();

    Outcome erase = execute("erase", "--db", url, "--stream", STREAM, "--actor", "amina");
    assertThat(erase.exitCode()).as(erase.err()).isZero();
    Outcome after = execute("export", "--db", url, "--stream", STREAM, "--actor", "amina");
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.out()).doesNotContain("Amina B.");
    JsonNode erased = JsonCodec.create().parse(after.out().strip());
    assertThat(erased.get("personal").get(0).get("digest").textValue()).matches("[0-9a-f]{64}");
    assertThat(erased.get("erasures").get(0).get("actor").textValue()).isEqualTo("amina");
  }

  @Test
  void anUnknownActorOrStreamIsBadInputAndChangesNothing() throws Exception {
    VerifiedLog log = flagship();
    String url = newDatabase();
    JdbcEventStore<Event> store = JdbcEventStore.forEvents(DriverDataSource.of(url));
    store.append(STREAM, 0, described(log));
    int entries = store.personalEntries(STREAM).size();
    for (String command : List.of("erase", "export")) {
      Outcome actor = execute(command, "--db", url, "--stream", STREAM, "--actor", "nobody");
      assertThat(actor.exitCode()).as(command).isEqualTo(1);
      assertThat(actor.err())
          .startsWith("error: ")
          .contains("unknown actor 'nobody': stream 'saint-aubin' never registered it");
      Outcome stream = execute(command, "--db", url, "--stream", "elsewhere", "--actor", "amina");
      assertThat(stream.exitCode()).as(command).isEqualTo(1);
      assertThat(stream.err()).contains("no stream 'elsewhere' in the database");
    }
    assertThat(store.personalEntries(STREAM)).hasSize(entries);
  }

  @Test
  void aLogAndADatabaseTogetherOrAStreamWithoutADatabaseAreUsageErrors() throws Exception {
    String url = newDatabase();
    Outcome both = execute("erase", "events.jsonl", "--db", url, "--stream", "s", "--actor", "a");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
    Outcome neither = execute("export", "--actor", "a");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("give an event log or --db");
    Outcome stream = execute("erase", "events.jsonl", "--stream", "s", "--actor", "a");
    assertThat(stream.exitCode()).isEqualTo(2);
    assertThat(stream.err()).contains("'--stream': it goes with --db");
    Outcome missing = execute("erase", "--db", url, "--actor", "a");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--stream");
  }
}
