package org.concertation.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.Erasure;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation export EVENTS.jsonl --actor ID}: prints, as one JSON object, everything the
 * process holds about an actor: her registration, every event she caused or that holds one of her
 * values (with its version), her personal values (present or erased) and the erasures recorded.
 * While a secret round is open (its key still held) her stances, ballots and texts under her
 * pseudonym in it are hers and are printed too; once it closed nobody can tell which they were.
 * {@code concertation export --db JDBC-URL --stream ID --actor ID} prints the same of a stream in a
 * database ({@link org.concertation.core.store.jdbc.JdbcEventStore}).
 */
@Command(
    name = "export",
    description = {
      "Print as one JSON object everything an event log, or a stream of a database, holds about"
          + " an actor: her registration, her events, her personal values and the erasures"
          + " recorded.",
      "Keys: stream, actor, registration, events [{version, event}], personal [{version, field,"
          + " text | digest}], erasures [{actor, at, reason}]."
    })
public final class ExportCommand implements Callable<Integer>, LanguageOptions.Localized {
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

  // export from a database
  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "Export from a database instead: jdbc:sqlite:FILE or"
              + " jdbc:postgresql://HOST/DATABASE?user=NAME&password=SECRET; with --stream.")
  @Nullable String database;

  @Option(
      names = "--stream",
      paramLabel = "ID",
      description = "The process's stream in the database (with --db).")
  @Nullable String stream;

  @Option(
      names = "--actor",
      required = true,
      paramLabel = "ID",
      description = "The actor whose data is exported.")
  @Nullable String actor;

  // the language of its error lines; the JSON is the same in every language
  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  /** Creates the command; picocli fills its options. */
  public ExportCommand() {}

  @Override
  public Integer call() {
    String source;
    String id;
    List<Event> held;
    List<EventLog.ErasureRecord> recorded;
    ActorId who;
    if (Databases.chosen(spec, texts(), events, database, stream, false, "")) {
      String url = Objects.requireNonNull(database);
      id = Objects.requireNonNull(stream);
      source = Databases.name(url);
      who = Personal.actor(source, Objects.requireNonNull(actor));
      JdbcEventStore<Event> store = Databases.open(url);
      held = Databases.events(url, store, id);
      Databases.requireRegistered(url, id, held, who);
      recorded = store.erasures(id);
    } else {
      Path file = Objects.requireNonNull(events);
      who = Personal.actor(file, Objects.requireNonNull(actor));
      VerifiedLog log = Logs.read(file);
      Personal.requireRegistered(file, log, who);
      id = log.stream();
      held = log.events();
      recorded = EventLog.create().erasures(file);
    }
    print(id, who, held, recorded);
    return CommandLine.ExitCode.OK;
  }

  /** A stance or ballot of a secret round still open, cast under one of her pseudonyms. */
  private static boolean isHerSecret(Event event, ImmutableSet<ActorId> pseudonyms) {
    if (event instanceof Event.SecretPositionTaken p) {
      return pseudonyms.contains(p.position().actor());
    }
    return event instanceof Event.SecretBallotCast b && pseudonyms.contains(b.voter());
  }

  private void print(
      String streamId, ActorId id, List<Event> held, List<EventLog.ErasureRecord> recorded) {
    JsonCodec codec = JsonCodec.create();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode export = nodes.objectNode();
    export.put("stream", streamId);
    export.put("actor", id.value());
    ArrayNode concerning = nodes.arrayNode();
    ArrayNode personal = nodes.arrayNode();
    // secret: what she wrote under her pseudonym in a secret round whose key is still held is hers
    ImmutableSet<ActorId> pseudonyms = RoundKeys.pseudonymsOf(held, id);
    for (int i = 0; i < held.size(); i++) {
      Event event = held.get(i);
      long version = i + 1L;
      if (event instanceof Event.ActorRegistered r && r.actor().id().equals(id)) {
        export.set("registration", codec.toTree(event));
      }
      if (!Erasure.concerning(List.of(event), id).isEmpty() || isHerSecret(event, pseudonyms)) {
        ObjectNode line = nodes.objectNode();
        line.put("version", version);
        line.set("event", codec.toTree(event));
        concerning.add(line);
      }
      for (PersonalValues.Value v : PersonalValues.of(event)) {
        if (v.actor().equals(id) || pseudonyms.contains(v.actor())) {
          ObjectNode value = nodes.objectNode();
          value.put("version", version);
          value.put("field", v.field());
          if (v.value().isErased()) {
            value.put("digest", v.value().digest().orElseThrow());
          } else {
            value.put("text", v.value().orElseThrow());
          }
          personal.add(value);
        }
      }
    }
    export.set("events", concerning);
    export.set("personal", personal);
    ArrayNode erasures = nodes.arrayNode();
    for (EventLog.ErasureRecord e : recorded) {
      if (e.actor().equals(id)) {
        ObjectNode erasure = nodes.objectNode();
        erasure.put("actor", e.actor().value());
        erasure.put("at", e.at().toString());
        erasure.put("reason", e.reason());
        erasures.add(erasure);
      }
    }
    export.set("erasures", erasures);
    PrintWriter out = spec.commandLine().getOut();
    out.println(codec.text(export));
    out.flush();
  }
}
