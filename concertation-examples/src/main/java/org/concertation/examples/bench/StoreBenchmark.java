package org.concertation.examples.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.core.store.jdbc.DriverDataSource;
import org.concertation.core.store.jdbc.JdbcEventStore;

/**
 * Times the JDBC event store on a stream of 100 and of 100,000 events: {@code java -cp
 * concertation.jar[:postgresql.jar] org.concertation.examples.bench.StoreBenchmark JDBC-URL
 * [SIZE...]}, on an empty database (a new SQLite file such as {@code jdbc:sqlite:/tmp/bench.db}, or
 * an empty PostgreSQL database whose driver is on the class path).
 *
 * <p>For each size it fills a stream in appends of {@value #BATCH} events, then times, at that
 * length, appends of one event (each its own transaction), reads of the last {@value #TAIL} events,
 * reads of the version and reads of the whole stream (decoding included). The store runs on one
 * connection kept open, as a pool would give it; opening a connection is timed apart. Each figure
 * is the median of its repetitions, after as many untimed ones to warm the JVM.
 */
public final class StoreBenchmark {
  /** Events per append while a stream is filled. */
  private static final int BATCH = 1_000;

  /** The events read from the end of the stream. */
  private static final int TAIL = 10;

  /** Timed appends of one event, reads of the tail and of the version, openings of a connection. */
  private static final int SMALL_REPEATS = 200;

  /** Timed reads of the whole stream. */
  private static final int WHOLE_READS = 5;

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private StoreBenchmark() {}

  /**
   * Runs the benchmark and prints one line per size.
   *
   * @param args the JDBC URL of an empty database, then the sizes (100 and 100000 by default; a
   *     size may come again, in a stream of its own)
   * @throws SQLException if the database cannot be reached
   */
  public static void main(String[] args) throws SQLException {
    checkArgument(args.length >= 1, "Usage: StoreBenchmark JDBC-URL [SIZE...]");
    DataSource opened = DriverDataSource.of(args[0]);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100, 100_000);
    }
    PrintStream out = System.out;
    double connect = median(SMALL_REPEATS, () -> opened.getConnection().close());
    try (Connection connection = opened.getConnection()) {
      JdbcEventStore<Event> store = JdbcEventStore.forEvents(kept(connection));
      out.printf(
          Locale.ROOT,
          "%s, %s: opening a connection %.3f ms%n",
          store,
          connection.getMetaData().getDatabaseProductVersion(),
          connect);
      out.println(
          "events | fill (events/s) | append 1 (ms) | read last 10 (ms) | version (ms)"
              + " | read all (ms)");
      for (int run = 0; run < sizes.size(); run++) {
        int size = sizes.get(run);
        String stream = "bench-" + run + "-" + size;
        long began = System.nanoTime();
        long version = 0;
        while (version < size) {
          int count = (int) Math.min(BATCH, size - version);
          List<Event> events = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            events.add(note(version + i));
          }
          version = store.append(stream, version, events);
        }
        double fill = size / ((System.nanoTime() - began) / 1e9);
        long[] at = {version};
        double append =
            median(SMALL_REPEATS, () -> at[0] = store.append(stream, at[0], List.of(note(at[0]))));
        double tail = median(SMALL_REPEATS, () -> store.read(stream, at[0] - TAIL));
        double versionRead = median(SMALL_REPEATS, () -> store.version(stream));
        double whole = median(WHOLE_READS, () -> store.read(stream));
        out.printf(
            Locale.ROOT,
            "%d | %.0f | %.3f | %.3f | %.3f | %.1f%n",
            size,
            fill,
            append,
            tail,
            versionRead,
            whole);
      }
    }
  }

  private static Event note(long i) {
    return new Event.ContributionMade(
        AT.plusSeconds(i),
        ActorId.of("inhabitant-" + i % 50),
        "Observation "
            + i
            + ": the square needs shade, benches and a safer crossing at school time",
        ImmutableSet.of());
  }

  /** A task to time. */
  @FunctionalInterface
  private interface Task {
    void run() throws SQLException;
  }

  /** The median time of a task in milliseconds, over repetitions after as many untimed ones. */
  private static double median(int repeats, Task task) throws SQLException {
    for (int i = 0; i < repeats; i++) {
      task.run();
    }
    double[] millis = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long began = System.nanoTime();
      task.run();
      millis[i] = (System.nanoTime() - began) / 1e6;
    }
    Arrays.sort(millis);
    return millis[repeats / 2];
  }

  /** A data source that hands out one open connection, whose close does nothing. */
  private static DataSource kept(Connection connection) {
    Connection unclosable =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, arguments);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("getConnection")) {
                return unclosable;
              }
              if (method.getName().equals("toString")) {
                return "one kept connection";
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
