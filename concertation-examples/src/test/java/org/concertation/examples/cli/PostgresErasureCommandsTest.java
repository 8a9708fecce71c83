package org.concertation.examples.cli;

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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@code erase --db} and {@code export --db} on a real PostgreSQL, started once for the class; each
 * test has a schema of its own.
 */
class PostgresErasureCommandsTest extends DatabaseErasureContract {
  private static @Nullable EmbeddedPostgres postgres;

  private int schemas;
  private String schema = "";

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
  protected String newDatabase() throws SQLException {
    schema = "erasure_" + ++schemas;
    try (Connection connection = postgres().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    }
    return "jdbc:postgresql://localhost:"
        + postgres().getPort()
        + "/postgres?user=postgres&currentSchema="
        + schema;
  }

  /** Every column of every table of the test's schema: texts in UTF-8, bytes as they are. */
  @Override
  protected byte[] storedBytes() throws SQLException, IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Connection connection = postgres().getPostgresDatabase().getConnection()) {
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
      if (columns.isEmpty()) {
        throw new AssertionError("no column in schema " + schema);
      }
      try (Statement statement = connection.createStatement()) {
        for (String[] column : columns) {
          try (ResultSet rows =
              statement.executeQuery(
                  "SELECT \"" + column[1] + "\" FROM " + schema + ".\"" + column[0] + "\"")) {
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
}
