package org.concertation.examples.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.concertation.api.event.Event;
import org.concertation.core.personal.Salts;
import org.concertation.core.text.RejectionText;
import org.concertation.core.text.Texts;
import org.concertation.examples.scenario.Scenario;
import org.concertation.examples.scenario.ScenarioException;
import org.concertation.examples.scenario.ScenarioRejection;
import org.concertation.examples.scenario.Step;

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
    return run(file, scenario, LanguageOptions.english());
  }

  /**
   * Runs a scenario read from a file; a refused command is an input error naming the file and
   * saying the rejection in the texts' language.
   */
  static ImmutableList<Event> run(Path file, Scenario scenario, Texts texts) {
    return run(file, scenario, texts, Salts.secure());
  }

  /** The same, the keys of its secret rounds drawn from a source of the caller's. */
  static ImmutableList<Event> run(Path file, Scenario scenario, Texts texts, Salts roundKeys) {
    try {
      return scenario.run(roundKeys);
    } catch (ScenarioRejection e) {
      Step step = e.step();
      throw InputException.of(
              file,
              texts.text(
                  "cli.scenario.refused",
                  String.valueOf(step.position()),
                  step.place(),
                  step.command().getClass().getSimpleName(),
                  RejectionText.message(e.rejection(), texts)))
          .causedBy(e);
    }
  }

  private static Scenario refuse(Path file, ScenarioException e) {
    throw InputException.at(file, Inputs.lineOf(e), String.valueOf(e.getMessage())).causedBy(e);
  }
}
