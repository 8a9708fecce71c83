package org.concertation.examples.demo;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.Locale;
import org.concertation.core.text.Texts;

/**
 * The flagship example: Saint-Aubin-les-Prés, "a neighbourhood that opens onto its city", run under
 * the project logic and under the mission logic, and told as Markdown.
 *
 * <p>Each run drives the real state machine with dated commands from a fixed start, so the same
 * call always gives the same events and the same text. A command that the charter refuses is a bug
 * in the scenario and fails with an {@link IllegalStateException} that quotes the rejection.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the scenario of one logic.
   *
   * @param logic the logic
   * @return the finished run
   * @throws IllegalStateException if the charter refuses a command of the scenario
   */
  public static DemoRun run(Logic logic) {
    checkNotNull(logic, "logic must not be null");
    switch (logic) {
      case PROJECT:
        return ProjectScenario.run();
      case MISSION:
        return MissionScenario.run();
    }
    throw new AssertionError("Unknown logic " + logic);
  }

  /**
   * The Markdown account of one run: a title, then the sections {@code ## Actors}, {@code ##
   * Diagnosis}, {@code ## Proposals}, {@code ## Negotiation rounds}, {@code ## Decisions}, {@code
   * ## Actions} and {@code ## Evaluation}.
   *
   * @param run the run
   * @return the account
   */
  public static String account(DemoRun run) {
    checkNotNull(run, "run must not be null");
    return Account.of(run);
  }

  /**
   * The Markdown account of one run in a language, with its dates in a time zone: the account's
   * words in that language, the story's own (names, contributions, proposals) as the scenario wrote
   * them.
   *
   * @param run the run
   * @param language English or French
   * @param zone the time zone of the dates
   * @return the account
   * @throws IllegalArgumentException if the language is neither English nor French
   */
  public static String account(DemoRun run, Locale language, ZoneId zone) {
    checkNotNull(run, "run must not be null");
    return Account.of(new RunView(run, RunView.texts(language, zone)));
  }

  /**
   * Both accounts and their comparison, in a language, with the dates in a time zone.
   *
   * @param language English or French
   * @param zone the time zone of the dates
   * @return the Markdown text
   * @throws IllegalArgumentException if the language is neither English nor French
   */
  public static String both(Locale language, ZoneId zone) {
    Texts texts = RunView.texts(language, zone);
    RunView project = new RunView(run(Logic.PROJECT), texts);
    RunView mission = new RunView(run(Logic.MISSION), texts);
    return Account.of(project)
        + "\n"
        + Account.of(mission)
        + "\n"
        + SideBySide.of(project, mission);
  }

  /**
   * The account of one logic.
   *
   * @param logic the logic
   * @return the account
   */
  public static String account(Logic logic) {
    return account(run(logic));
  }

  /**
   * Both accounts, the project logic first, followed by the {@code ## Side by side} comparison.
   *
   * @return the Markdown text
   */
  public static String both() {
    DemoRun project = run(Logic.PROJECT);
    DemoRun mission = run(Logic.MISSION);
    return account(project) + "\n" + account(mission) + "\n" + SideBySide.of(project, mission);
  }
}
