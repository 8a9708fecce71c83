package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.concertation.core.text.Texts;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.Logic;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concertation demo [--logic project|mission]}: runs the flagship example and prints its
 * Markdown account. Without {@code --logic} it prints both logics and their side-by-side
 * comparison; with it, that logic only.
 */
@Command(
    name = "demo",
    description = {
      "Run the flagship example, a neighbourhood that opens onto its city, and print its account"
          + " in Markdown.",
      "Without --logic, print both logics and a side-by-side comparison."
    })
public final class DemoCommand implements Callable<Integer>, LanguageOptions.Localized {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--logic",
      paramLabel = "project|mission",
      converter = LogicConverter.class,
      description = "Print the account of this logic only.")
  @Nullable Logic logic;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  /** Creates the command; picocli fills its options. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        logic == null
            ? Demo.both(language.language, language.zone)
            : Demo.account(Demo.run(logic), language.language, language.zone));
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /** Reads {@code project} or {@code mission}, ignoring case; anything else is a usage error. */
  static final class LogicConverter implements CommandLine.ITypeConverter<Logic> {
    @Override
    public Logic convert(String value) {
      try {
        return Logic.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected 'project' or 'mission', got '" + value + "'");
      }
    }
  }
}
