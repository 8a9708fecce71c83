package org.concertation.core.simulation;

import java.util.Locale;
import java.util.Optional;
import org.concertation.api.domain.Stance;

/**
 * How a simulated actor takes a position on a proposal in a round: against an acceptance threshold
 * that starts {@code aspirationGap} above its reservation value and falls to it as its strategy
 * concedes over the rounds, it supports a proposal at least {@code supportMargin} above the
 * threshold, accepts one above it, abstains on one at most {@code abstainMargin} below it and
 * opposes the rest; whatever the threshold, it objects, with a reason, to a proposal whose utility
 * is below {@code -harmThreshold}.
 *
 * @param strategy how the threshold falls over the rounds
 * @param aspirationGap how far above the reservation value the threshold starts
 * @param supportMargin how far above the threshold support starts
 * @param abstainMargin how far below the threshold abstention goes
 * @param harmThreshold the harm beyond which an actor objects
 */
record Positions(
    Strategy strategy,
    double aspirationGap,
    double supportMargin,
    double abstainMargin,
    double harmThreshold) {

  static Positions of(SimulationConfig config) {
    return new Positions(
        config.strategy(),
        config.aspirationGap(),
        config.supportMargin(),
        config.abstainMargin(),
        config.harmThreshold());
  }

  /** The acceptance threshold of an actor with this reservation value at relative time t. */
  double threshold(double reservation, double t) {
    return reservation + aspirationGap * (1.0 - strategy.concession(t));
  }

  Stance stance(double utility, double threshold) {
    if (utility < -harmThreshold) {
      return Stance.OBJECT;
    }
    if (utility >= threshold + supportMargin) {
      return Stance.SUPPORT;
    }
    if (utility >= threshold) {
      return Stance.ACCEPT;
    }
    return utility >= threshold - abstainMargin ? Stance.ABSTAIN : Stance.OPPOSE;
  }

  /** The reason an objection gives; other stances give none. */
  static Optional<String> reason(Stance stance, double utility) {
    return stance == Stance.OBJECT
        ? Optional.of(
            String.format(Locale.ROOT, "It harms what matters to me (utility %.2f).", utility))
        : Optional.empty();
  }
}
