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
    return run(logic, Locale.ENGLISH);
  }

  /**
   * Runs the scenario of one logic, its own words (names, contributions, proposals, reasons,
   * answers, titles) in a language: English as the scenario is written, or French.
   *
   * @param logic the logic
   * @param language English or French
   * @return the finished run
   * @throws IllegalArgumentException if the language is neither English nor French
   * @throws IllegalStateException if the charter refuses a command of the scenario
   */
  public static DemoRun run(Logic logic, Locale language) {
    checkNotNull(logic, "logic must not be null");
    return run(logic, Story.of(language));
  }

  /** Runs the scenario of one logic in the story's language. */
  static DemoRun run(Logic logic, Story story) {
    switch (logic) {
      case PROJECT:
        return ProjectScenario.run(story);
      case MISSION:
        return MissionScenario.run(story);
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
   * words in that language, the story's own (names, contributions, proposals) in the language the
   * run was told in (see {@link #run(Logic, Locale)}).
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
   * Both accounts and their comparison, in a language, with the dates in a time zone; the story
   * itself is told in that language too.
   *
   * @param language English or French
   * @param zone the time zone of the dates
   * @return the Markdown text
   * @throws IllegalArgumentException if the language is neither English nor French
   */
  public static String both(Locale language, ZoneId zone) {
    Texts texts = RunView.texts(language, zone);
    RunView project = new RunView(run(Logic.PROJECT, language), texts);
    RunView mission = new RunView(run(Logic.MISSION, language), texts);
    return Account.of(project)
        + "\n"
        + Account.of(mission)
        + "\n"
        + SideBySide.of(project, mission);
  }

  /**
   * The participatory budget of the same town, run on {@link
   * org.concertation.core.Charters#participatoryBudget(long)} and told as Markdown in a language,
   * with its dates in a time zone: the envelope and the rule, the inhabitants by neighbourhood, who
   * proposed what and the owner's answers on feasibility, the vote and its turnout per
   * neighbourhood, how Equal Shares spent the envelope, what greedy would have funded on the same
   * ballots, and the actions the funded projects became.
   *
   * @param language English or French, for the account and the story alike
   * @param zone the time zone of the dates
   * @return the Markdown text
   * @throws IllegalArgumentException if the language is neither English nor French
   * @throws IllegalStateException if the charter refuses a command of the scenario
   */
  public static String budget(Locale language, ZoneId zone) {
    checkNotNull(zone, "zone must not be null");
    Texts texts = RunView.texts(language, zone);
    return budget(BudgetScenario.run(Story.of(language)), texts);
  }

  /** The account of a run of the budget. */
  static String budget(BudgetRun run, Texts texts) {
    return BudgetAccount.of(new RunView(run.events(), run.state(), texts));
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
