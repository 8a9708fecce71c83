package org.concertation.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on SQLite files, through the sqlite-jdbc driver. */
class SqliteEventStoreTest extends JdbcPersonalPartContract {
  /** Random erasures on SQLite files. */
  private static final int ERASURE_TRIES = 30;

  @TempDir Path dir;

  private int files;
  private String url = "";
  private Path file = Path.of("");

  @Override
  protected void newStorage() {
    file = dir.resolve("events-" + ++files + ".db");
    url = "jdbc:sqlite:" + file + "?journal_mode=WAL&busy_timeout=30000";
  }

  /** The database's file and its write-ahead log, if there is one. */
  @Override
  protected byte[] storedBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String suffix : List.of("", "-wal", "-journal")) {
      Path part = Path.of(file + suffix);
      if (Files.exists(part)) {
        bytes.write(Files.readAllBytes(part));
      }
    }
    return bytes.toByteArray();
  }

  @Override
  protected int erasureTries() {
    return ERASURE_TRIES;
  }

  @Override
  protected DataSource dataSource() {
    return DriverDataSource.of(url);
  }

  @Override
  protected String url() {
    return url;
  }

  @Test
  void aFileItCannotOpenFailsWithTheDriversError() {
    DataSource nowhere = DriverDataSource.of("jdbc:sqlite:" + dir.resolve("none/events.db"));
    assertThatThrownBy(() -> JdbcEventStore.forEvents(nowhere))
        .isInstanceOfSatisfying(
            EventStoreException.class,
            e -> {
              assertThat(e).hasMessageStartingWith("Cannot open the event store in");
              assertThat(e.getCause()).isInstanceOf(SQLException.class);
            });
  }
}
