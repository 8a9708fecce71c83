package org.concertation.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concertation.core.log.BrokenLogException;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.PersonalPartException;

/** How the commands read event logs: strict UTF-8, verified whole, refusals naming the file. */
final class Logs {
  private Logs() {}

  /** Reads and verifies a log file. */
  static VerifiedLog read(Path file) {
    return read(file, Inputs.text(file));
  }

  /**
   * Verifies the text of a log file, joined with its personal part when the file has one beside it
   * ({@link EventLog#personalFile}).
   */
  static VerifiedLog read(Path file, String text) {
    Path personalFile = EventLog.personalFile(file);
    List<String> personal =
        Files.isRegularFile(personalFile) ? Inputs.text(personalFile).lines().toList() : List.of();
    try {
      return EventLog.create().read(text.lines().toList(), personal);
    } catch (BrokenLogException e) {
      throw InputException.said(file, "cli.input.broken.log", e.logBreak().describe()).causedBy(e);
    } catch (PersonalPartException e) {
      throw InputException.of(personalFile, e.getMessage()).causedBy(e);
    }
  }
}
