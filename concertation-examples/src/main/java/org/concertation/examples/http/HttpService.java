package org.concertation.examples.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;

/**
 * An HTTP service over the processes of one database, on Javalin: open a process with {@code PUT
 * /processes/{id}}, send it commands with {@code POST /processes/{id}/commands}, read its summary,
 * events, public report. The routes, status codes and JSON keys are described in the README's
 * section on the HTTP service; a command's JSON is that of the library's codec, without {@code by}
 * (the actor of the request's bearer token, {@link Tokens}) and {@code at} (the service's clock).
 *
 * <p>Several instances may serve one database at once: each command is decided against the stream's
 * latest events and appended with optimistic concurrency, once per command id.
 *
 * <p>This class is thread-safe.
 */
public final class HttpService implements AutoCloseable {
  /** The highest TCP port. */
  public static final int MAX_PORT = 65_535;

  private final Javalin server;
  private final Processes processes;

  private HttpService(Javalin server, Processes processes) {
    this.server = server;
    this.processes = processes;
  }

  /** How finely the system's clock stamps commands: to the millisecond, as people read time. */
  public static final Duration TICK = Duration.ofMillis(1);

  /**
   * Starts a service stamping commands with the system's clock in UTC, to the millisecond.
   *
   * @param database the JDBC URL of the database: {@code jdbc:sqlite:FILE} or {@code
   *     jdbc:postgresql://HOST/DATABASE?user=...}
   * @param tokens the bearer tokens it accepts
   * @param port the TCP port to listen on, 0 for any free one
   * @return the running service
   * @throws IllegalArgumentException if the URL names no database this service can use, or the port
   *     is out of range
   */
  public static HttpService start(String database, Tokens tokens, int port) {
    return start(database, tokens, port, Clock.tick(Clock.systemUTC(), TICK));
  }

  /**
   * Starts a service.
   *
   * @param database the JDBC URL of the database: {@code jdbc:sqlite:FILE} or {@code
   *     jdbc:postgresql://HOST/DATABASE?user=...}
   * @param tokens the bearer tokens it accepts
   * @param port the TCP port to listen on, 0 for any free one
   * @param clock the clock that stamps commands
   * @return the running service
   * @throws IllegalArgumentException if the URL names no database this service can use, or the port
   *     is out of range
   */
  public static HttpService start(String database, Tokens tokens, int port, Clock clock) {
    checkNotNull(database, "database must not be null");
    checkNotNull(tokens, "tokens must not be null");
    checkNotNull(clock, "clock must not be null");
    checkArgument(
        port >= 0 && port <= MAX_PORT, "Invalid port %s: expected 0 to %s", port, MAX_PORT);
    Processes processes = Processes.open(database, clock);
    Routes routes = new Routes(processes, tokens, clock);
    Javalin server =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              routes.install(config.routes);
            });
    try {
      server.start(port);
    } catch (RuntimeException e) {
      processes.close();
      throw e;
    }
    return new HttpService(server, processes);
  }

  /**
   * The port the service listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /** Stops the service: it answers no more requests, and closes its connections. */
  @Override
  public void close() {
    server.stop();
    processes.close();
  }

  @Override
  public String toString() {
    return "HttpService{port " + port() + "}";
  }
}
