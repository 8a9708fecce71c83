package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.concertation.api.domain.ActorId;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.Erasure;
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
 */
@Command(
    name = "erase",
    description = {
      "Erase an actor's personal values (her name, every text she wrote) from an event log's"
          + " personal part: the log still verifies with the same head hash and replays.",
      "Only logs of format " + EventLog.FORMAT_VERSION + " can be erased from."
    })
public final class EraseCommand implements Callable<Integer>, LanguageOptions.Localized {
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
    Path file = Objects.requireNonNull(events);
    ActorId id = Personal.actor(file, Objects.requireNonNull(actor));
    VerifiedLog before = Logs.read(file);
    Personal.requireRegistered(file, before, id);
    int format = EventLog.create().formatVersion(file);
    if (format != EventLog.FORMAT_VERSION) {
      throw InputException.of(
          file,
          "its format "
              + format
              + " keeps personal values inline, where an erasure would change its hashes; write it"
              + " again with concertation run to erase from it");
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
}
