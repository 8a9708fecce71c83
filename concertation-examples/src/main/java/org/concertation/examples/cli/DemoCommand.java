package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.concertation.core.text.Texts;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.DemoProcess;
import org.concertation.examples.demo.Logic;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concertation demo [--process concertation|budget] [--logic project|mission]}: runs the
 * flagship example and prints its Markdown account. Without {@code --logic} it prints both logics
 * and their side-by-side comparison; with it, that logic only. With {@code --process budget} it
 * tells the town's participatory budget instead. The story is told in the language of {@code
 * --lang}.
 */
@Command(
    name = "demo",
    description = {
      "Run the flagship example, a neighbourhood that opens onto its city, and print its account"
          + " in Markdown.",
      "Without --logic, print both logics and a side-by-side comparison.",
      "With --process budget, tell a participatory budget on the same town instead."
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

  @Option(
      names = "--process",
      paramLabel = "concertation|budget",
      converter = ProcessConverter.class,
      description =
          "The process to tell: concertation (the flagship, the default) or budget (a"
              + " participatory budget on the same town).")
  DemoProcess process = DemoProcess.CONCERTATION;

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
    if (process == DemoProcess.BUDGET) {
      if (logic != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--logic tells the concertation, not the budget: drop one of them");
      }
      out.print(Demo.budget(language.language, language.zone));
    } else {
      out.print(
          logic == null
              ? Demo.both(language.language, language.zone)
              : Demo.account(Demo.run(logic, language.language), language.language, language.zone));
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /**
   * Reads {@code concertation} or {@code budget}, ignoring case; anything else is a usage error.
   */
  static final class ProcessConverter implements CommandLine.ITypeConverter<DemoProcess> {
    @Override
    public DemoProcess convert(String value) {
      try {
        return DemoProcess.parse(value);
      } catch (IllegalArgumentException e) {
        throw Refusal.of("cli.convert.process", value);
      }
    }
  }

  /** Reads {@code project} or {@code mission}, ignoring case; anything else is a usage error. */
  static final class LogicConverter implements CommandLine.ITypeConverter<Logic> {
    @Override
    public Logic convert(String value) {
      try {
        return Logic.parse(value);
      } catch (IllegalArgumentException e) {
        throw Refusal.of("cli.convert.logic", value);
      }
    }
  }
}
