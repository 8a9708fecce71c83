package org.concertation.core.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DataSource} that opens a new connection through {@link DriverManager} for each call,
 * from a JDBC URL: enough for a SQLite file, a command-line tool or a test. A host with a
 * connection pool passes its pool to {@link JdbcEventStore} instead.
 *
 * <p>The driver is the host's: it must be on the class path ({@code org.xerial:sqlite-jdbc} for
 * {@code jdbc:sqlite:} URLs, {@code org.postgresql:postgresql} for {@code jdbc:postgresql:}). For
 * SQLite, settings go in the URL: {@code jdbc:sqlite:city.db?journal_mode=WAL&busy_timeout=30000}
 * lets writers in several threads or processes wait for each other instead of failing at once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DriverDataSource implements DataSource {
  private final String url;
  private final Properties properties;

  private DriverDataSource(String url, Properties properties) {
    this.url = url;
    this.properties = properties;
  }

  /**
   * Connections to a JDBC URL.
   *
   * @param url the URL, starting with {@code jdbc:}
   * @return the data source
   * @throws IllegalArgumentException if the URL does not start with {@code jdbc:}
   */
  public static DriverDataSource of(String url) {
    return of(url, new Properties());
  }

  /**
   * Connections to a JDBC URL with the driver's properties (such as {@code user} and {@code
   * password}).
   *
   * @param url the URL, starting with {@code jdbc:}
   * @param properties the properties, copied
   * @return the data source
   * @throws IllegalArgumentException if the URL does not start with {@code jdbc:}
   */
  public static DriverDataSource of(String url, Properties properties) {
    checkNotNull(url, "url must not be null");
    checkArgument(url.startsWith("jdbc:"), "Invalid JDBC URL '%s': must start with jdbc:", url);
    checkNotNull(properties, "properties must not be null");
    Properties copy = new Properties();
    copy.putAll(properties);
    return new DriverDataSource(url, copy);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties withUser = new Properties();
    withUser.putAll(properties);
    withUser.setProperty("user", username);
    withUser.setProperty("password", password);
    return DriverManager.getConnection(url, withUser);
  }

  /** {@return null: this data source does not log} */
  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  /** Does nothing: this data source does not log. */
  @Override
  public void setLogWriter(@Nullable PrintWriter out) {}

  /** Does nothing: the driver's own timeout applies. */
  @Override
  public void setLoginTimeout(int seconds) {}

  /** {@return 0: the driver's own timeout applies} */
  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("DriverDataSource does not log");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("DriverDataSource is not a " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  /** The URL without its query, which may hold a password. */
  @Override
  public String toString() {
    int query = url.indexOf('?');
    return "DriverDataSource[" + (query < 0 ? url : url.substring(0, query)) + "]";
  }
}
