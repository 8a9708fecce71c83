package org.concertation.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on SQLite files, through the sqlite-jdbc driver. */
class SqliteEventStoreTest extends JdbcEventStoreContract {
  @TempDir Path dir;

  private int files;
  private String url = "";

  @Override
  protected void newStorage() {
    url =
        "jdbc:sqlite:"
            + dir.resolve("events-" + ++files + ".db")
            + "?journal_mode=WAL&busy_timeout=30000";
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
