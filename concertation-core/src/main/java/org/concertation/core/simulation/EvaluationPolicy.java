package org.concertation.core.simulation;

import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.CriterionId;

/**
 * Evaluation: the first actor who may define a criterion asks whether the outcome serves what
 * matters to each (unless it was defined early, see {@link CriteriaPolicy}); every actor who may
 * rate and takes part rates it by its satisfaction (see {@link Satisfaction}), from the lowest
 * score for the worst outcome it could have had to the highest for the best.
 *
 * <p>Where the simulation plays the evaluation ahead of the decision (see {@link ExAnte}), each of
 * these actors also grades every action after the fact on the same criterion, by what the action
 * realised for it: its utility for the proposal the action came of, times the share of the action's
 * means that its carriers delivered (see {@link DeliveryPolicy}), graded as the assessment grades
 * (see {@link ExAnte#grade}). An action carried out in full is graded as its proposal was; one
 * carried out in part yields that part of its gains and of its harms.
 */
final class EvaluationPolicy implements PhasePolicy {
  /** The one criterion of a simulated evaluation. */
  static final CriterionId CRITERION = CriterionId.of("satisfied");

  /** What the criterion judges. */
  static final String TITLE = "Does the outcome serve what matters to me?";

  /** The scale of a rating, as {@link Command.Rate} takes it. */
  private static final int LOWEST_SCORE = 1;

  private static final int HIGHEST_SCORE = 5;

  private final double harmThreshold;

  EvaluationPolicy(SimulationConfig config) {
    this.harmThreshold = config.harmThreshold();
  }

  @Override
  public void play(Stage stage) {
    if (!stage.state().criteria().containsKey(CRITERION)) {
      int definer = firstWhoMay(stage, Activity.DEFINE_CRITERION);
      if (definer < 0
          || !stage.issue(
              new Command.DefineCriterion(stage.id(definer), stage.at(), CRITERION, TITLE))) {
        return;
      }
    }
    boolean gradeActions = ExAnte.playedUnder(stage.charter());
    double[] satisfaction = Satisfaction.of(stage.territory(), stage.standing(), stage.accepted());
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, Activity.RATE) && stage.takesPart(i)) {
        int score =
            LOWEST_SCORE + (int) Math.round((HIGHEST_SCORE - LOWEST_SCORE) * satisfaction[i]);
        stage.issue(new Command.Rate(stage.id(i), stage.at(), CRITERION, score, Optional.empty()));
        if (gradeActions) {
          gradeActions(stage, i);
        }
      }
    }
  }

  /** An actor grades each action on the criterion by what it realised for it. */
  private void gradeActions(Stage stage, int actor) {
    for (ProposalModel model : stage.accepted()) {
      ActionId action = ActionPolicy.action(model);
      if (stage.state().actions().containsKey(action)) {
        double realised = stage.realised(action) * model.utility(actor);
        stage.issue(
            new Command.RateAction(
                stage.id(actor),
                stage.at(),
                action,
                CRITERION,
                ExAnte.grade(realised, harmThreshold, GradeScale.rating())));
      }
    }
  }

  static int firstWhoMay(Stage stage, Activity activity) {
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, activity)) {
        return i;
      }
    }
    return -1;
  }
}
