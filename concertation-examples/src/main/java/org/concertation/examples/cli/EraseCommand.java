package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.Erasure;
import org.concertation.core.store.jdbc.EventStoreException;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation erase EVENTS.jsonl --actor ID [--reason TEXT]}: erases an actor's name and
 * every text she wrote from the log's personal part ({@link Erasure}); the log itself is not
 * written, verifies with the same head hash, and reads her values as erased. Exit status 1 with an
 * {@code error:} line for an unknown actor, a broken log or a log of a format that keeps its values
 * inline.
 *
 * <p>{@code concertation erase --db JDBC-URL --stream ID --actor ID [--reason TEXT]
 * [--seal-inline]} does the same in a database ({@link JdbcEventStore#erase}): her rows of the
 * personal part and the stream's snapshot are deleted, no event row is written, the head hash stays
 * the same. Values that a database of schema version 1 wrote inline are refused, unless {@code
 * --seal-inline} first moves them into the personal part (which changes the head hash once).
 */
@Command(
    name = "erase",
    description = {
      "Erase an actor's personal values (her name, every text she wrote) from an event log's"
          + " personal part, or from a database's: the log or stream still verifies with the same"
          + " head hash and replays.",
      "Only logs of format "
          + EventLog.FORMAT_VERSION
          + " can be erased from. In a database, stop the services that serve it (or restart"
          + " them after): they may keep her texts in memory."
    })
public final class EraseCommand implements Callable<Integer>, LanguageOptions.Localized {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "EVENTS.jsonl",
      description = "The event log (or --db).")
  @Nullable Path events;

  // erasure from a database
  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "Erase from a database instead: jdbc:sqlite:FILE or"
              + " jdbc:postgresql://HOST/DATABASE?user=NAME&password=SECRET; with --stream.")
  @Nullable String database;

  @Option(
      names = "--stream",
      paramLabel = "ID",
      description = "The process's stream in the database (with --db).")
  @Nullable String stream;

  @Option(
      names = "--seal-inline",
      description =
          "With --db: first move the stream's values that schema version 1 wrote inline into the"
              + " personal part; its head hash changes this once.")
  boolean sealInline;

  @Option(
      names = "--actor",
      required = true,
      paramLabel = "ID",
      description = "The actor whose values are erased.")
  @Nullable String actor;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why (the request this answers), recorded with the erasure; no personal data.")
  String reason = "";

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  /** Creates the command; picocli fills its options. */
  public EraseCommand() {}

  @Override
  public Integer call() {
    if (Databases.chosen(spec, texts(), events, database, stream, sealInline, "--seal-inline")) {
      return eraseFromDatabase(Objects.requireNonNull(database), Objects.requireNonNull(stream));
    }
    Path file = Objects.requireNonNull(events);
    ActorId id = Personal.actor(file, Objects.requireNonNull(actor));
    VerifiedLog before = Logs.read(file);
    Personal.requireRegistered(file, before, id);
    int format = EventLog.create().formatVersion(file);
    if (format != EventLog.FORMAT_VERSION) {
      throw InputException.said(file, "cli.erase.format", format);
    }
    Erasure.Result erased = Erasure.ofLog(file, id, Clock.systemUTC().instant(), reason);
    VerifiedLog after = Logs.read(file);
    if (!after.head().equals(before.head())) {
      throw new IllegalStateException("The head hash changed in an erasure of " + file);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(texts().text("cli.erase.done", erased.values(), id.value(), file, after.head()));
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  private Integer eraseFromDatabase(String url, String id) {
    String name = Databases.name(url);
    ActorId who = Personal.actor(name, Objects.requireNonNull(actor));
    JdbcEventStore<Event> store = Databases.open(url);
    List<Event> before = Databases.events(url, store, id);
    Databases.requireRegistered(url, id, before, who);
    PrintWriter out = spec.commandLine().getOut();
    if (sealInline) {
      int moved = store.sealInline(id);
      List<Event> sealed = Databases.events(url, store, id);
      out.println(texts().text("cli.erase.db.sealed", moved, id, head(id, sealed)));
    }
    Erasure.Result erased;
    try {
      erased = store.erase(id, who, Clock.systemUTC().instant(), reason);
    } catch (IllegalStateException e) {
      throw InputException.said(name, "cli.erase.db.inline", who.value(), id).causedBy(e);
    } catch (EventStoreException e) {
      throw InputException.of(name, String.valueOf(e.getMessage())).causedBy(e);
    }
    out.println(
        erased.head().isEmpty()
            ? texts().text("cli.erase.db.done.nohead", erased.values(), who.value(), id)
            : texts().text("cli.erase.db.done", erased.values(), who.value(), id, erased.head()));
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /** The head hash of a stream that describes itself, or a dash. */
  private static String head(String stream, List<Event> events) {
    return events.get(0) instanceof Event.ProcessOpened opened
        ? Erasure.head(stream, opened.charter(), events)
        : "-";
  }
}
