package org.concertation.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code concertation} command line: one subcommand per task. */
@Command(
    name = "concertation",
    mixinStandardHelpOptions = true,
    version = "concertation 0.1.0-SNAPSHOT",
    description = "Run, simulate and count concertation processes.",
    subcommands = {
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
      EvaluateCommand.class
    })
public final class ConcertationCommand implements Runnable {
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
    return Errors.install(new CommandLine(new ConcertationCommand()));
  }

  /**
   * Runs the command line and exits with its code: 0 on success, 1 on bad input, 2 on bad usage.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int status;
    try {
      status = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // the bounds on sizes keep this away; should it come, it is still one line, not a trace
      System.err.println("error: " + Errors.message(e));
      status = Errors.FAILURE;
    }
    System.exit(status);
  }
}
