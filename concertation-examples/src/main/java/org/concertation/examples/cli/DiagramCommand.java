package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concertation.api.charter.Charter;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.report.CharterDiagram;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation diagram CHARTER.json}: prints a Mermaid diagram of a charter's phases and
 * transitions. {@code project}, {@code mission} and {@code prospective}, when no such file exists,
 * name the ready-made charters.
 */
@Command(
    name = "diagram",
    description = {
      "Print a Mermaid diagram of a charter's phases and transitions.",
      "CHARTER.json is a charter in JSON; 'project', 'mission' or 'prospective' name the"
          + " ready-made ones."
    })
public final class DiagramCommand implements Callable<Integer>, LanguageOptions.Localized {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "CHARTER.json", description = "The charter file.")
  @Nullable Path charter;

  /** Creates the command; picocli fills its options. */
  public DiagramCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path file = Objects.requireNonNull(charter);
    Charter read;
    Optional<Charter> named =
        Files.exists(file) ? Optional.empty() : Charters.named(file.toString());
    if (named.isPresent()) {
      read = named.get();
    } else {
      try {
        read = JsonCodec.create().readCharter(Inputs.json(file), "$");
      } catch (JsonCodecException e) {
        throw Inputs.fromCodec(file, e);
      }
    }
    Texts texts = texts();
    // the English diagram in UTC is the one this command always printed, its deadlines as instants
    boolean asBefore =
        texts.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())
            && texts.zone().normalized().equals(ZoneOffset.UTC);
    out.print(asBefore ? CharterDiagram.mermaid(read) : CharterDiagram.mermaid(read, texts));
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
