package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.report.PublicReport;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation report EVENTS.jsonl [--format md|html] [--title TEXT]}: prints the public
 * report of a verified event log, titled by {@code --title} or else by the log's stream; a broken
 * log is refused with exit status 1.
 */
@Command(
    name = "report",
    description = "Print the public report of a process from its event log, once verified.")
public final class ReportCommand implements Callable<Integer>, LanguageOptions.Localized {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "EVENTS.jsonl", description = "The event log.")
  @Nullable Path events;

  @Option(
      names = "--format",
      paramLabel = "md|html",
      converter = Format.Converter.class,
      description = "md (Markdown, the default) or html (one self-contained page).")
  Format format = Format.MD;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description =
          "The report's title, such as the scenario's (default: the log's stream, all a log"
              + " knows of its process's name).")
  @Nullable String title;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  /** Creates the command; picocli fills its options. */
  public ReportCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VerifiedLog log = Logs.read(Objects.requireNonNull(events));
    Texts texts = texts();
    out.print(
        format.render(
            PublicReport.of(
                title == null || title.isBlank() ? log.stream() : title,
                ProcessHistory.of(log.charter(), log.events()),
                texts)));
    out.println();
    out.println(
        texts.text(format == Format.MD ? "cli.report.head" : "cli.report.head.html", log.head()));
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
