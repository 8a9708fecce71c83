package org.concertation.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.store.EventStoreContract;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store contract on a SQL database, and what only a database does: its keys refuse what the
 * contract forbids whoever writes, its schema is created once and versioned, and writers in two
 * processes share it.
 */
abstract class JdbcEventStoreContract extends EventStoreContract<JdbcEventStore<Event>> {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcEventStoreContract.class);

  /** Commands each writer process applies alone. */
  private static final int OWN_COMMANDS = 120;

  /** Commands both writer processes try. */
  private static final int SHARED_COMMANDS = 40;

  /** How long before the writer processes start appending, so that both JVMs are up by then. */
  private static final long START_DELAY_MILLIS = 4_000;

  private static final Pattern SUMMARY =
      Pattern.compile("applied (\\d+) duplicates (\\d+) conflicts (\\d+) late (true|false)");

  /** Fresh, empty storage; its data source is then {@link #dataSource()}. */
  protected abstract void newStorage() throws Exception;

  /** The data source of the current storage. */
  protected abstract DataSource dataSource();

  /** The JDBC URL of the current storage, for a writer in another process. */
  protected abstract String url();

  @Override
  protected final JdbcEventStore<Event> newStore() throws Exception {
    newStorage();
    return JdbcEventStore.forEvents(dataSource());
  }

  @Override
  protected final JdbcEventStore<Event> reopen() {
    return JdbcEventStore.forEvents(dataSource());
  }

  @Override
  protected final ImmutableList<String> streams(JdbcEventStore<Event> store) {
    return store.streams();
  }

  private Dialect dialect() throws SQLException {
    try (Connection connection = dataSource().getConnection()) {
      return Dialect.of(connection.getMetaData().getDatabaseProductName());
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
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

  private void assertTheDatabaseRefuses(String insert) throws SQLException {
    Dialect dialect = dialect();
    assertThatThrownBy(() -> execute(insert))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(dialect.isUniqueViolation(e)).isTrue());
  }

  @Test
  void theDatabaseRefusesASecondEventAtTheSameStreamAndVersion() throws SQLException {
    store.append("a", 0, List.of(note("one")));
    assertTheDatabaseRefuses("INSERT INTO concertation_events VALUES ('a', 1, '{}')");
  }

  @Test
  void theDatabaseRefusesASecondRowForOneStreamAndCommandId() throws SQLException {
    store.append("a", 0, CommandId.of("request-1"), List.of(note("x")));
    assertTheDatabaseRefuses("INSERT INTO concertation_commands VALUES ('a', 'request-1', 2, 1)");
  }

  @Test
  void theDatabaseKeepsOneVersionPerStream() throws SQLException {
    store.append("a", 0, List.of(note("one")));
    assertTheDatabaseRefuses("INSERT INTO concertation_streams VALUES ('a', 5)");
    assertThatThrownBy(() -> execute("INSERT INTO concertation_streams VALUES ('b', 0)"))
        .as("a stream's version is at least 1")
        .isInstanceOf(SQLException.class);
  }

  @Test
  void anEventWrittenAroundTheStoreIsNeverOverwritten() throws SQLException {
    store.append("a", 0, List.of(note("one")));
    execute("INSERT INTO concertation_events VALUES ('a', 2, '{}')");
    assertThatThrownBy(() -> store.append("a", 1, List.of(note("two"))))
        .isInstanceOf(EventStoreException.class)
        .hasMessageContaining("stayed at version 1");
    assertThat(store.version("a")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM concertation_events WHERE event = '{}'")).isEqualTo(1);
  }

  @Test
  void openingAgainKeepsTheTablesTheirEventsAndOneSchemaRow() throws SQLException {
    store.append("a", 0, List.of(note("one")));
    JdbcEventStore<Event> again = JdbcEventStore.forEvents(dataSource());
    JdbcEventStore.forEvents(dataSource());
    assertThat(again.read("a")).containsExactly(new StoredEvent<>("a", 1, note("one")));
    assertThat(count("SELECT COUNT(*) FROM concertation_schema")).isEqualTo(1);
    assertThat(count("SELECT version FROM concertation_schema WHERE part = 'event-store'"))
        .isEqualTo(Schema.VERSION);
  }

  @Test
  void refusesADatabaseOfALaterSchemaVersion() throws SQLException {
    execute("UPDATE concertation_schema SET version = 3");
    assertThatThrownBy(() -> JdbcEventStore.forEvents(dataSource()))
        .isInstanceOf(EventStoreException.class)
        .hasMessageContaining("schema version 3, this library reads version 2");
  }

  @Test
  void anEventItCannotReadIsReportedWithItsPlace() throws SQLException {
    store.append("a", 0, List.of(note("a private remark"), note("two")));
    execute("UPDATE concertation_events SET event = '{\"type\":\"Nothing\"}' WHERE version = 2");
    assertThatThrownBy(() -> store.read("a"))
        .isInstanceOf(EventStoreException.class)
        .hasMessageStartingWith("Cannot read event 2 of stream 'a' with EventCodec.json()")
        .hasMessageNotContaining("private remark");
    assertThat(store.read("a", 2)).isEmpty();
  }

  @Test
  void writersInTwoProcessesStoreEveryAppendOnce() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long start = System.currentTimeMillis() + START_DELAY_MILLIS;
    List<Process> writers = new ArrayList<>();
    List<CompletableFuture<String>> outputs = new ArrayList<>();
    for (String writer : List.of("east", "west")) {
      Process process =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  AppendingWriter.class.getName(),
                  url(),
                  "square",
                  writer,
                  String.valueOf(OWN_COMMANDS),
                  String.valueOf(SHARED_COMMANDS),
                  String.valueOf(start))
              .redirectErrorStream(true)
              .start();
      writers.add(process);
      outputs.add(CompletableFuture.supplyAsync(() -> readAll(process.getInputStream())));
    }
    int sharedApplied = 0;
    int conflicts = 0;
    for (int i = 0; i < writers.size(); i++) {
      Process process = writers.get(i);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        writers.forEach(Process::destroyForcibly);
        throw new AssertionError("a writer process did not finish in 2 minutes");
      }
      String output = outputs.get(i).get(10, TimeUnit.SECONDS);
      assertThat(process.exitValue()).as("writer exit code, output:%n%s", output).isZero();
      Matcher summary = SUMMARY.matcher(output);
      assertThat(summary.find()).as("writer summary in:%n%s", output).isTrue();
      int applied = Integer.parseInt(summary.group(1));
      int duplicates = Integer.parseInt(summary.group(2));
      conflicts += Integer.parseInt(summary.group(3));
      assertThat(applied + duplicates).isEqualTo(OWN_COMMANDS + SHARED_COMMANDS);
      sharedApplied += applied - OWN_COMMANDS;
      if (Boolean.parseBoolean(summary.group(4))) {
        LOG.warn("a writer process started after the common start time: the race was shorter");
      }
    }
    LOG.info(
        "{}: two processes appended {} events to one stream, {} conflicts retried",
        getClass().getSimpleName(),
        2 * OWN_COMMANDS + SHARED_COMMANDS,
        conflicts);
    assertThat(sharedApplied).as("shared commands applied, by either").isEqualTo(SHARED_COMMANDS);
    List<StoredEvent<Event>> stored = reopen().read("square");
    assertThat(stored)
        .extracting(StoredEvent::version)
        .containsExactlyElementsOf(versions(2 * OWN_COMMANDS + SHARED_COMMANDS));
    assertThat(stored)
        .extracting(s -> ((Event.ContributionMade) s.event()).text())
        .doesNotHaveDuplicates();
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
