package org.concertation.examples.cli;

import java.nio.file.Path;
import org.concertation.core.log.BrokenLogException;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;

/** How the commands read event logs: strict UTF-8, verified whole, refusals naming the file. */
final class Logs {
  private Logs() {}

  /** Reads and verifies a log file. */
  static VerifiedLog read(Path file) {
    return read(file, Inputs.text(file));
  }

  /** Verifies the text of a log file. */
  static VerifiedLog read(Path file, String text) {
    try {
      return EventLog.create().read(text.lines().toList());
    } catch (BrokenLogException e) {
      throw InputException.said(file, "cli.input.broken.log", e.logBreak().describe()).causedBy(e);
    }
  }
}
