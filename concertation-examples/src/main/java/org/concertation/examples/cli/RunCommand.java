package org.concertation.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.concertation.api.event.Event;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.LogText;
import org.concertation.core.personal.Salts;
import org.concertation.core.report.PublicReport;
import org.concertation.core.text.Texts;
import org.concertation.examples.scenario.Scenario;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation run SCENARIO.json [--events FILE.jsonl] [--report FILE] [--format md|html]}:
 * runs a scenario file, writes its hash-chained event log and its public report (to standard output
 * without {@code --report}). A command that the machine refuses stops the run with exit status 1,
 * an {@code error:} line naming the file, the command's position and the rejection, and nothing
 * written. Outputs are written only once all of them are ready, each replacing the previous file at
 * once; an output that names the scenario or the other output is a usage error.
 */
@Command(
    name = "run",
    description = {
      "Run a scenario file: write its event log (JSON lines, hash-chained) and its public report.",
      "A command the machine refuses stops the run with exit status 1 and writes nothing.",
      "Each output replaces its file at once, only when all are ready; an output may not name"
          + " the scenario or the other output.",
      "A scenario's steps run from PT0S to P366D, its instants from 1900 to 9999, its amounts"
          + " (costs, quantities, indicators) up to 1000000000000000 with at most 6 decimals."
    })
public final class RunCommand implements Callable<Integer>, LanguageOptions.Localized {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario file.")
  @Nullable Path scenario;

  @Option(
      names = "--events",
      paramLabel = "FILE.jsonl",
      description = "Write the event log, one hash-chained JSON line per event, to this file.")
  @Nullable Path events;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write the public report to this file instead of standard output.")
  @Nullable Path report;

  @Option(
      names = "--format",
      paramLabel = "md|html",
      converter = Format.Converter.class,
      description = "The report's format: md (Markdown, the default) or html (one page).")
  Format format = Format.MD;

  @Option(
      names = "--salt-seed",
      paramLabel = "N",
      description =
          "Draw the salts of personal values from this seed, so that the log is the same byte for"
              + " byte on every run: for tests and examples only, never for real people's data"
              + " (the digests become guessable).")
  @Nullable Long saltSeed;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  /** Creates the command; picocli fills its options. */
  public RunCommand() {}

  @Override
  public Integer call() {
    Path file = Objects.requireNonNull(scenario);
    Outputs outputs =
        Outputs.of(spec)
            .input("scenario", file)
            .output("--events", events)
            .output(
                "--events (its personal part)",
                events == null ? null : EventLog.personalFile(events))
            .output("--report", report);
    Scenario read = Scenarios.read(file);
    Texts texts = texts();
    // a seeded run draws its secret rounds' keys from the seed's complement, so that no key is
    // one of the salts the personal part keeps after the key is erased
    List<Event> run =
        Scenarios.run(
            file,
            read,
            texts,
            saltSeed == null ? Salts.secure() : Salts.seeded(~saltSeed.longValue()));
    if (events != null) {
      EventLog writer =
          saltSeed == null ? EventLog.create() : EventLog.create(Salts.seeded(saltSeed));
      LogText log = writer.text(read.stream(), read.charter(), run);
      outputs.put(events, String.join("\n", log.lines()) + "\n");
      outputs.put(EventLog.personalFile(events), String.join("\n", log.personal()) + "\n");
    }
    String title = read.title().isBlank() ? read.stream() : read.title();
    String text =
        format.render(PublicReport.of(title, ProcessHistory.of(read.charter(), run), texts));
    if (report != null) {
      outputs.put(report, text);
    }
    outputs.commit();
    var out = spec.commandLine().getOut();
    if (report != null) {
      out.println(
          texts.text(
              "cli.run.summary",
              read.stream(),
              run.size(),
              events == null ? "" : texts.text("cli.run.events", events),
              report));
    } else {
      out.print(text);
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
