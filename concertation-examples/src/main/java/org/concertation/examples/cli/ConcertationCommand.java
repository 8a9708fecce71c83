package org.concertation.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code concertation} command line: one subcommand per task. */
@Command(
    name = "concertation",
    mixinStandardHelpOptions = true,
    version = "concertation 0.1.0-SNAPSHOT",
    description = "Run, simulate and count concertation processes.")
public final class ConcertationCommand implements Runnable {
  /**
   * The subcommands, in the order the usage lists them. Each is built only when it is needed:
   * reading a subcommand's options and building its object cost more than many commands' own work.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CommandLine.HelpCommand.class,
          DemoCommand.class,
          VoteCommand.class,
          BudgetCommand.class,
          RecountCommand.class,
          AnalyseCommand.class,
          RunCommand.class,
          ReplayCommand.class,
          ReportCommand.class,
          DiagramCommand.class,
          SimulateCommand.class,
          CompareCommand.class,
          SweepCommand.class,
          PanelCommand.class,
          ServeCommand.class,
          ImportCommand.class,
          // personal: erasure and export
          EraseCommand.class,
          ExportCommand.class,
          // means: the evaluation, ex ante against ex post, expected against observed, means
          EvaluateCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand");
  }

  /**
   * Builds the command line, ready to execute.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    return build(SUBCOMMANDS);
  }

  /**
   * Builds the command line that runs these arguments: when the first names a subcommand other than
   * {@code help}, the root with that subcommand alone, which parses, runs and reports errors as the
   * whole command line would (a subcommand's usage and messages name only itself and the root);
   * otherwise the whole command line, so that the root's usage, its suggestions and {@code help}
   * list every subcommand.
   *
   * @param args the arguments
   * @return the command line, ready to execute them
   */
  static CommandLine commandLine(String... args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        // help tells of the other subcommands: it needs them all
        if (subcommand != CommandLine.HelpCommand.class && nameOf(subcommand).equals(args[0])) {
          return build(List.of(subcommand));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine build(List<Class<?>> subcommands) {
    CommandLine root = new CommandLine(new ConcertationCommand());
    for (Class<?> subcommand : subcommands) {
      root.addSubcommand(subcommand);
    }
    return Errors.install(root);
  }

  /** A subcommand's name, read from its annotation without building it. */
  static String nameOf(Class<?> subcommand) {
    return requireNonNull(
            subcommand.getAnnotation(Command.class), "a subcommand is annotated: " + subcommand)
        .name();
  }

  /** The system property that sets the level of the command line's SLF4J binding. */
  static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  /**
   * A one-shot command says what it did on its own lines: the library's INFO lines ("erased 7
   * personal values of actor ...") would only repeat them on the standard error, so its log shows
   * warnings and errors alone; {@code serve} logs at INFO, as a service does. A level given with
   * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=...} is kept.
   */
  static void quietUnlessServing(String... args) {
    boolean serving = args.length > 0 && args[0].equals(nameOf(ServeCommand.class));
    if (!serving && System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, "warn");
    }
  }

  /**
   * Runs the command line and exits with its code: 0 on success, 1 on bad input, 2 on bad usage.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    quietUnlessServing(args);
    int status;
    try {
      status = commandLine(args).execute(args);
    } catch (OutOfMemoryError e) {
      // the bounds on sizes keep this away; should it come, it is still one line, not a trace
      System.err.println("error: " + Errors.message(e));
      status = Errors.FAILURE;
    }
    System.exit(status);
  }
}
