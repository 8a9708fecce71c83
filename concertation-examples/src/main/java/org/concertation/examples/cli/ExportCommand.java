package org.concertation.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.Erasure;
import org.concertation.core.personal.PersonalValues;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation export EVENTS.jsonl --actor ID}: prints, as one JSON object, everything the
 * process holds about an actor: her registration, every event she caused or that holds one of her
 * values (with its version), her personal values (present or erased) and the erasures recorded.
 */
@Command(
    name = "export",
    description = {
      "Print as one JSON object everything an event log holds about an actor: her registration,"
          + " her events, her personal values and the erasures recorded.",
      "Keys: stream, actor, registration, events [{version, event}], personal [{version, field,"
          + " text | digest}], erasures [{actor, at, reason}]."
    })
public final class ExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "EVENTS.jsonl", description = "The event log.")
  @Nullable Path events;

  @Option(
      names = "--actor",
      required = true,
      paramLabel = "ID",
      description = "The actor whose data is exported.")
  @Nullable String actor;

  /** Creates the command; picocli fills its options. */
  public ExportCommand() {}

  @Override
  public Integer call() {
    Path file = Objects.requireNonNull(events);
    ActorId id = Personal.actor(file, Objects.requireNonNull(actor));
    VerifiedLog log = Logs.read(file);
    Personal.requireRegistered(file, log, id);
    JsonCodec codec = JsonCodec.create();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode export = nodes.objectNode();
    export.put("stream", log.stream());
    export.put("actor", id.value());
    ArrayNode concerning = nodes.arrayNode();
    ArrayNode personal = nodes.arrayNode();
    for (int i = 0; i < log.events().size(); i++) {
      Event event = log.events().get(i);
      long version = i + 1L;
      if (event instanceof Event.ActorRegistered r && r.actor().id().equals(id)) {
        export.set("registration", codec.toTree(event));
      }
      if (!Erasure.concerning(java.util.List.of(event), id).isEmpty()) {
        ObjectNode line = nodes.objectNode();
        line.put("version", version);
        line.set("event", codec.toTree(event));
        concerning.add(line);
      }
      for (PersonalValues.Value v : PersonalValues.of(event)) {
        if (v.actor().equals(id)) {
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
    for (EventLog.ErasureRecord e : EventLog.create().erasures(file)) {
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
    return CommandLine.ExitCode.OK;
  }
}
