package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in the test's JVM and keeps what it printed. */
final class CliRun {
  private CliRun() {}

  /** What one run of the command line ended with. */
  record Outcome(int exitCode, String out, String err) {}

  /** Runs {@code concertation} with the given arguments, its outputs captured. */
  static Outcome execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ConcertationCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Outcome(exitCode, out.toString(), err.toString());
  }
}
