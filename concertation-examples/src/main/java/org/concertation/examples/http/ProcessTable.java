package org.concertation.examples.http;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.concertation.api.charter.Charter;
import org.concertation.core.json.JsonCodec;

/**
 * The processes the service opened, with the title and the charter of each, in a table of the
 * database that holds their events:
 *
 * <pre>{@code
 * CREATE TABLE http_processes (
 *   stream  VARCHAR(200) PRIMARY KEY,
 *   title   TEXT NOT NULL,
 *   charter TEXT NOT NULL)
 * }</pre>
 *
 * <p>The charter is its JSON ({@link JsonCodec#writeCharter}). The primary key lets the database
 * refuse a second opening of one process, whichever instance tries it. A process's charter never
 * changes once it is opened.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProcessTable {
  /** How long a connection to a SQLite file waits for another writer's lock. */
  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

  private final String url;
  private final Properties properties = new Properties();
  private final JsonCodec codec = JsonCodec.create();

  private ProcessTable(String url) {
    this.url = url;
    if (url.startsWith(Processes.SQLITE)) {
      properties.setProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MILLIS));
    }
  }

  /** The table in a database, created if absent. */
  static ProcessTable open(String url) {
    ProcessTable table = new ProcessTable(url);
    try (Connection connection = table.connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "CREATE TABLE IF NOT EXISTS http_processes ("
              + " stream VARCHAR(200) PRIMARY KEY,"
              + " title TEXT NOT NULL,"
              + " charter TEXT NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open the table of processes: " + e.getMessage(), e);
    }
    return table;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  /**
   * Records a process, unless one with that stream exists.
   *
   * @return true if it was recorded now, false if the stream was taken
   */
  @CanIgnoreReturnValue
  boolean insert(String stream, String title, Charter charter) {
    try (Connection connection = connect()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO http_processes (stream, title, charter) VALUES (?, ?, ?)")) {
        insert.setString(1, stream);
        insert.setString(2, title);
        insert.setString(3, codec.writeCharter(charter));
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        // the primary key refused it when the stream is taken; any other failure goes on
        if (find(connection, stream).isPresent()) {
          return false;
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          String.format("Cannot record process '%s': %s", stream, e.getMessage()), e);
    }
  }

  /** The process of a stream, if it was opened. */
  Optional<Processes.Process> find(String stream) {
    try (Connection connection = connect()) {
      return find(connection, stream);
    } catch (SQLException e) {
      throw new IllegalStateException(
          String.format("Cannot read process '%s': %s", stream, e.getMessage()), e);
    }
  }

  private Optional<Processes.Process> find(Connection connection, String stream)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT title, charter FROM http_processes WHERE stream = ?")) {
      query.setString(1, stream);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Processes.Process(stream, rows.getString(1), codec.readCharter(rows.getString(2))));
      }
    }
  }
}
