package org.concertation.core.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Resource;

/**
 * Action: every objective becomes an action, launched by the proposal's submitter where it may,
 * else by the owner or facilitator. Each actor who gains from it, may commit and takes part commits
 * a resource; while the action has fewer kinds of carrier than the charter requires, the most
 * interested actor of a missing kind who does not lose by it is asked to commit.
 *
 * <p>An actor brings a competence it declared on the toss of a fair coin; otherwise an institution
 * brings money, a share of the action's cost drawn from {@link
 * SimulationConfig#moneyShareMinimum()} over {@link SimulationConfig#moneyShareSpread()} and at
 * least {@link SimulationConfig#moneyMinimum()}, and the others volunteer hours, from {@link
 * SimulationConfig#hoursMinimum()} over {@link SimulationConfig#hoursSpread()}.
 *
 * <p>Then, where the simulation plays the evaluation ahead of the decision, the carriers record
 * what they delivered (see {@link DeliveryPolicy}).
 */
final class ActionPolicy implements PhasePolicy {
  private final double moneyShareMinimum;
  private final double moneyShareSpread;
  private final long moneyMinimum;
  private final int hoursMinimum;
  private final int hoursSpread;
  private final DeliveryPolicy deliveries;

  ActionPolicy(SimulationConfig config) {
    this.moneyShareMinimum = config.moneyShareMinimum();
    this.moneyShareSpread = config.moneyShareSpread();
    this.moneyMinimum = config.moneyMinimum();
    this.hoursMinimum = config.hoursMinimum();
    this.hoursSpread = config.hoursSpread();
    this.deliveries = new DeliveryPolicy(config);
  }

  @Override
  public void play(Stage stage) {
    for (ProposalModel model : stage.accepted()) {
      if (stage.state().objectives().containsKey(AnswerPolicy.objective(model))) {
        launch(stage, model);
      }
    }
    deliveries.deliver(stage);
  }

  private void launch(Stage stage, ProposalModel model) {
    ActorId launcher =
        stage.allowed(model.submitter(), Activity.PLAN_ACTION)
            ? stage.id(model.submitter())
            : stage.runner(Activity.PLAN_ACTION);
    ActionId action = action(model);
    if (launcher == null
        || !stage.issue(
            new Command.LaunchAction(
                launcher,
                stage.at(),
                action,
                AnswerPolicy.objective(model),
                "Carry out " + model.id()))) {
      return;
    }
    volunteer(stage, action, model);
    recruit(stage, action, model);
  }

  /** The action an accepted proposal becomes. */
  static ActionId action(ProposalModel model) {
    return ActionId.of("a-" + model.id().value());
  }

  /** Those who gain from the action, may commit and take part commit to it. */
  private void volunteer(Stage stage, ActionId action, ProposalModel model) {
    for (int i = 0; i < stage.actors(); i++) {
      if (model.utility(i) > 0 && stage.allowed(i, Activity.COMMIT) && stage.takesPart(i)) {
        commit(stage, i, action, model);
      }
    }
  }

  /** While the action lacks kinds of carrier, an actor of a missing kind is asked to commit. */
  private void recruit(Stage stage, ActionId action, ProposalModel model) {
    int required = stage.charter().minCarrierKinds();
    while (carrierKinds(stage, action).size() < required) {
      int asked = mostInterestedOfAMissingKind(stage, action, model);
      if (asked < 0) {
        return;
      }
      commit(stage, asked, action, model);
    }
  }

  private static ImmutableMap<ActorKind, Integer> carrierKinds(Stage stage, ActionId action) {
    return requireNonNull(stage.state().actions().get(action)).carrierKinds();
  }

  /** The actor, of a kind not yet carrying the action, who gains most from it; -1 if none. */
  private static int mostInterestedOfAMissingKind(
      Stage stage, ActionId action, ProposalModel model) {
    int asked = -1;
    for (int i = 0; i < stage.actors(); i++) {
      ActorKind kind = stage.actor(i).kind();
      if (!carrierKinds(stage, action).containsKey(kind)
          && model.utility(i) >= 0
          && stage.allowed(i, Activity.COMMIT)
          && (asked < 0 || model.utility(i) > model.utility(asked))) {
        asked = i;
      }
    }
    return asked;
  }

  /** An actor brings what it has: a competence half the time, else money or volunteer hours. */
  private void commit(Stage stage, int actor, ActionId action, ProposalModel model) {
    Actor who = stage.actor(actor);
    Resource resource;
    if (!who.competences().isEmpty() && stage.coin()) {
      resource = Resource.competence(who.competences().iterator().next());
    } else if (who.kind().equals(ActorKind.INSTITUTION)) {
      long share = (long) (model.cost() * stage.uniform(moneyShareMinimum, moneyShareSpread));
      resource = Resource.money(Math.max(moneyMinimum, share));
    } else {
      resource =
          Resource.hours(
              stage.between(hoursMinimum, hoursMinimum + hoursSpread), "volunteer hours");
    }
    stage.issue(new Command.Commit(stage.id(actor), stage.at(), action, resource));
  }
}
