package org.concertation.examples.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.concertation.api.event.Event;
import org.concertation.examples.scenario.Scenario;
import org.concertation.examples.scenario.ScenarioException;
import org.concertation.examples.scenario.ScenarioRejection;

/** How the commands read and run scenario files: every refusal an input error naming the file. */
final class Scenarios {
  private Scenarios() {}

  /** Reads a scenario file, as strict UTF-8 JSON. */
  static Scenario read(Path file) {
    return parse(file, Inputs.text(file));
  }

  /** Reads a scenario from the text of a file. */
  static Scenario parse(Path file, String text) {
    try {
      Path directory = file.toAbsolutePath().getParent();
      return Scenario.parse(text, directory == null ? Path.of("") : directory);
    } catch (ScenarioException e) {
      return refuse(file, e);
    }
  }

  /** Runs a scenario read from a file; a refused command is an input error naming the file. */
  static ImmutableList<Event> run(Path file, Scenario scenario) {
    try {
      return scenario.run();
    } catch (ScenarioRejection e) {
      throw InputException.of(file, String.valueOf(e.getMessage())).causedBy(e);
    }
  }

  private static Scenario refuse(Path file, ScenarioException e) {
    throw InputException.at(file, Inputs.lineOf(e), String.valueOf(e.getMessage())).causedBy(e);
  }
}
