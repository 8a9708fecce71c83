package org.concertation.core.simulation;

import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.CriterionId;

/**
 * Evaluation: the first actor who may define a criterion asks whether the outcome serves what
 * matters to each; every actor who may rate and takes part rates it by its satisfaction (see {@link
 * Satisfaction}), from the lowest score for the worst outcome it could have had to the highest for
 * the best.
 */
final class EvaluationPolicy implements PhasePolicy {
  /** The one criterion of a simulated evaluation. */
  private static final CriterionId CRITERION = CriterionId.of("satisfied");

  /** The scale of a rating, as {@link Command.Rate} takes it. */
  private static final int LOWEST_SCORE = 1;

  private static final int HIGHEST_SCORE = 5;

  @Override
  public void play(Stage stage) {
    int definer = firstWhoMay(stage, Activity.DEFINE_CRITERION);
    if (definer < 0
        || !stage.issue(
            new Command.DefineCriterion(
                stage.id(definer),
                stage.at(),
                CRITERION,
                "Does the outcome serve what matters to me?"))) {
      return;
    }
    double[] satisfaction = Satisfaction.of(stage.territory(), stage.standing(), stage.accepted());
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, Activity.RATE) && stage.takesPart(i)) {
        int score =
            LOWEST_SCORE + (int) Math.round((HIGHEST_SCORE - LOWEST_SCORE) * satisfaction[i]);
        stage.issue(new Command.Rate(stage.id(i), stage.at(), CRITERION, score, Optional.empty()));
      }
    }
  }

  private static int firstWhoMay(Stage stage, Activity activity) {
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, activity)) {
        return i;
      }
    }
    return -1;
  }
}
