package org.concertation.core.simulation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Commitment;

/**
 * Means delivered, under a charter whose evaluation the simulation plays ahead of the decision (see
 * {@link ExAnte}): once every action has its carriers, each carrier records what it delivered
 * against each of its commitments, action after action in the order launched, each action's
 * commitments in the order made. A carrier delivers its own share of every commitment: {@link
 * SimulationConfig#deliveryShare()}, moved by a draw uniform within {@link
 * SimulationConfig#deliveryVariation()} either side (in the evaluation's own draws, see {@link
 * Stage#evaluationDraws()}, once per carrier, in the order carriers first deliver) and cut to 0 and
 * 1. What it delivers is the committed quantity times its share, to {@value #DELIVERY_SCALE}
 * decimals (half even); nothing is recorded where that comes to nothing. The share of an action's
 * means delivered, the mean of its commitments' delivered shares, is what the action realises of
 * its effects (see {@link EvaluationPolicy}).
 */
final class DeliveryPolicy {
  /** The decimals of a delivered quantity: cents of money, hundredths of an hour or of a unit. */
  static final int DELIVERY_SCALE = 2;

  private final double deliveryShare;
  private final double deliveryVariation;
  private final Map<ActorId, Double> shares = new HashMap<>();

  DeliveryPolicy(SimulationConfig config) {
    this.deliveryShare = config.deliveryShare();
    this.deliveryVariation = config.deliveryVariation();
  }

  void deliver(Stage stage) {
    if (!ExAnte.playedUnder(stage.charter())) {
      return;
    }
    SplittableRandom draws = stage.evaluationDraws();
    for (ProposalModel model : stage.accepted()) {
      ActionId action = ActionPolicy.action(model);
      Action launched = stage.state().actions().get(action);
      if (launched == null) {
        continue;
      }
      ImmutableList<Commitment> commitments = launched.commitments();
      double realised = 0;
      for (int k = 0; k < commitments.size(); k++) {
        Commitment commitment = commitments.get(k);
        double share =
            shares.computeIfAbsent(
                commitment.actor(),
                a ->
                    Math.max(
                        0.0,
                        Math.min(
                            1.0,
                            deliveryShare + deliveryVariation * (2 * draws.nextDouble() - 1))));
        BigDecimal committed = commitment.resource().quantity();
        BigDecimal delivered =
            committed
                .multiply(BigDecimal.valueOf(share))
                .setScale(DELIVERY_SCALE, RoundingMode.HALF_EVEN);
        if (delivered.signum() > 0
            && stage.issue(
                new Command.RecordDelivery(
                    commitment.actor(),
                    stage.at(),
                    action,
                    k + 1,
                    commitment.resource().kind(),
                    delivered,
                    Optional.empty()))) {
          realised += delivered.doubleValue() / committed.doubleValue();
        }
      }
      // an action with no commitment cannot reach the evaluation, which needs carriers
      stage.realised(action, commitments.isEmpty() ? 1.0 : realised / commitments.size());
    }
  }
}
