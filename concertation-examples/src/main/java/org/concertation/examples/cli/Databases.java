package org.concertation.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.personal.Erasure;
import org.concertation.core.store.jdbc.DriverDataSource;
import org.concertation.core.store.jdbc.EventStoreException;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The database that {@code erase --db} and {@code export --db} read: a {@link JdbcEventStore} at a
 * JDBC URL, one stream of it, and the actor they are given.
 */
final class Databases {
  /** The prefix of a SQLite database's JDBC URL. */
  static final String SQLITE = "jdbc:sqlite:";

  /** The prefix of a PostgreSQL database's JDBC URL. */
  static final String POSTGRESQL = "jdbc:postgresql:";

  /** How long a connection to a SQLite file waits for another writer (a running service). */
  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

  private Databases() {}

  /**
   * Whether a command reads a database rather than a log: exactly one of them must be given, and
   * the options of a database (such as {@code --stream}, which it needs) only with it.
   *
   * @throws CommandLine.ParameterException a usage error otherwise
   */
  static boolean chosen(
      CommandLine.Model.CommandSpec spec,
      Texts texts,
      @Nullable Path log,
      @Nullable String database,
      @Nullable String stream,
      boolean databaseFlag,
      String flagName) {
    CommandLine line = spec.commandLine();
    if (log == null && database == null) {
      throw new CommandLine.ParameterException(line, texts.text("cli.usage.source"));
    }
    if (log != null && database != null) {
      throw new CommandLine.ParameterException(line, texts.text("cli.usage.source.twice"));
    }
    if (database == null) {
      if (stream != null) {
        throw new CommandLine.ParameterException(line, texts.text("cli.usage.db.only", "--stream"));
      }
      if (databaseFlag) {
        throw new CommandLine.ParameterException(line, texts.text("cli.usage.db.only", flagName));
      }
      return false;
    }
    if (stream == null) {
      throw new CommandLine.ParameterException(
          line, texts.text("cli.usage.missing", "--stream=ID"));
    }
    return true;
  }

  /** The URL as errors name it: without its query, which may hold a password. */
  static String name(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /**
   * The store at a URL; an input error for a URL of another database or a SQLite file that does not
   * exist (opening it would create an empty one).
   */
  static JdbcEventStore<Event> open(String url) {
    String name = name(url);
    String reached = url;
    if (url.startsWith(SQLITE) && url.length() > SQLITE.length()) {
      Path file = Path.of(name.substring(SQLITE.length()));
      if (!Files.isRegularFile(file)) {
        throw InputException.said(name, "cli.db.missing");
      }
      if (!url.contains("busy_timeout")) {
        reached =
            url + (url.contains("?") ? "&" : "?") + "busy_timeout=" + SQLITE_BUSY_TIMEOUT_MILLIS;
      }
    } else if (!url.startsWith(POSTGRESQL)) {
      throw InputException.said(name, "cli.db.url", SQLITE, POSTGRESQL);
    }
    try {
      return JdbcEventStore.forEvents(DriverDataSource.of(reached));
    } catch (EventStoreException e) {
      throw InputException.of(name, String.valueOf(e.getMessage())).causedBy(e);
    }
  }

  /** The events of a stream, or an input error when it holds none. */
  static List<Event> events(String url, JdbcEventStore<Event> store, String stream) {
    try {
      List<Event> events = store.read(stream).stream().map(StoredEvent::event).toList();
      if (events.isEmpty()) {
        throw InputException.said(name(url), "cli.db.no.stream", stream);
      }
      return events;
    } catch (EventStoreException e) {
      throw InputException.of(name(url), String.valueOf(e.getMessage())).causedBy(e);
    }
  }

  /** Refuses an actor that the stream never registered. */
  static void requireRegistered(String url, String stream, List<Event> events, ActorId actor) {
    if (!Erasure.registers(events, actor)) {
      throw InputException.said(name(url), "cli.personal.unknown.db", actor.value(), stream);
    }
  }
}
