package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/**
 * The evaluation played ahead of the decision, on random configurations: its metrics stay within
 * their bounds, what carriers deliver is the share the parameters give, and the same seed gives the
 * same run.
 */
class ProspectiveSimulationProperties {
  /** A configuration and seed drawn at random; variation off half the time. */
  record Input(SimulationConfig config, long seed) {}

  private static final Strategy[] STRATEGIES = Strategy.values();
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  static Input draw(SplittableRandom random) {
    double share = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble();
    double variation = random.nextBoolean() ? 0 : random.nextDouble();
    SimulationConfig config =
        SimulationConfig.of(12 + random.nextInt(50))
            .withStrategy(STRATEGIES[random.nextInt(STRATEGIES.length)])
            .withBehaviour(
                0.3 + 2 * random.nextDouble(),
                random.nextDouble(),
                random.nextDouble(),
                0.7 + 0.3 * random.nextDouble())
            .withDelivery(share, variation);
    return new Input(config, random.nextLong());
  }

  private static SimulationRun run(Input input) {
    return Simulation.run(Charters.prospectiveProjectLogic(), input.config(), input.seed());
  }

  /**
   * The commands of the run that the machine refused. Beside the evaluation's, an amendment may be
   * refused under extreme amendment steps: one left with a trace on a stake never named.
   */
  private static List<Command> refused(SimulationRun run) {
    List<Command> refused = new ArrayList<>();
    ProcessState state = DECIDER.initialState(run.state().charter());
    for (Command command : run.commands()) {
      Result<Event> result = DECIDER.decide(command, state);
      if (result.isAccepted()) {
        state = DECIDER.after(state, result);
      } else {
        refused.add(command);
      }
    }
    return refused;
  }

  /** Whether a command is one of the evaluation's steps. */
  private static boolean evaluates(Command command) {
    return command instanceof Command.DefineCriterion
        || command instanceof Command.OpenAssessment
        || command instanceof Command.AssessProposals
        || command instanceof Command.CloseAssessment
        || command instanceof Command.RecordDelivery
        || command instanceof Command.RateAction
        || command instanceof Command.Rate;
  }

  @Test
  void theEvaluationMetricsStayWithinTheirBoundsAndTheMachineRefusesNoStepOfTheEvaluation() {
    PropertyHarness.forAll(
            "the evaluation's metrics stay within their bounds and no step of it is refused",
            60,
            ProspectiveSimulationProperties::draw,
            (input, random) -> {
              SimulationRun run = run(input);
              assertThat(refused(run))
                  .as("%s", input)
                  .noneMatch(ProspectiveSimulationProperties::evaluates);
              RunMetrics.Evaluation evaluation = run.metrics().evaluation().orElseThrow();
              double agreement = evaluation.agreement();
              assertThat(Double.isNaN(agreement) || (agreement >= -1 && agreement <= 1))
                  .as("agreement %s", agreement)
                  .isTrue();
              assertThat(evaluation.deliveryByKind().values())
                  .allSatisfy(ratio -> assertThat(ratio).isBetween(0.0, 1.0));
              PropertyHarness.assume(run.state().actions().size() > 0);
            })
        .requireChecked(0.3);
  }

  @Test
  void withoutVariationEveryKindIsDeliveredInTheShareTheParameterSaysWithinRounding() {
    PropertyHarness.forAll(
            "without variation, every kind of means is delivered in the delivery share",
            60,
            random -> {
              Input input = draw(random);
              return new Input(
                  input.config().withDelivery(input.config().deliveryShare(), 0), input.seed());
            },
            (input, random) -> {
              RunMetrics.Evaluation evaluation = run(input).metrics().evaluation().orElseThrow();
              PropertyHarness.assume(!evaluation.deliveryByKind().isEmpty());
              // a quantity is rounded to hundredths, and every commitment is of at least one unit
              double rounding = 0.5 * Math.pow(10, -DeliveryPolicy.DELIVERY_SCALE);
              for (ResourceKind kind : evaluation.deliveryByKind().keySet()) {
                assertThat(evaluation.delivery(kind))
                    .as("%s of %s", kind, input)
                    .isCloseTo(input.config().deliveryShare(), within(rounding + 1e-12));
              }
            })
        .requireChecked(0.3);
  }

  @Test
  void eachCarrierDeliversOneShareWithinTheVariationOfTheDeliveryShare() {
    PropertyHarness.forAll(
            "each carrier delivers one share of all its commitments, within the variation",
            60,
            ProspectiveSimulationProperties::draw,
            (input, random) -> {
              SimulationRun run = run(input);
              double share = input.config().deliveryShare();
              double variation = input.config().deliveryVariation();
              Map<ActorId, double[]> range = new HashMap<>();
              int deliveries = 0;
              for (Event event : run.events()) {
                if (event instanceof Event.DeliveryRecorded d) {
                  Action action = run.state().actions().get(d.action());
                  Commitment commitment = action.commitments().get(d.commitment() - 1);
                  BigDecimal committed = commitment.resource().quantity();
                  assertThat(d.quantity()).isLessThanOrEqualTo(committed);
                  double delivered = d.quantity().doubleValue() / committed.doubleValue();
                  double slack = 0.005 / committed.doubleValue() + 1e-12;
                  assertThat(delivered)
                      .isBetween(
                          Math.max(0, share - variation) - slack,
                          Math.min(1, share + variation) + slack);
                  double[] seen =
                      range.computeIfAbsent(d.by(), a -> new double[] {delivered, delivered});
                  seen[0] = Math.min(seen[0], delivered);
                  seen[1] = Math.max(seen[1], delivered);
                  deliveries++;
                }
              }
              PropertyHarness.assume(deliveries > 0);
              // one share per carrier: its commitments differ only by their rounding (at most
              // half a hundredth of at least one unit each)
              range.forEach(
                  (carrier, seen) ->
                      assertThat(seen[1] - seen[0])
                          .as("%s", carrier)
                          .isLessThanOrEqualTo(0.01 + 1e-12));
            })
        .requireChecked(0.3);
  }

  @Test
  void theSameSeedGivesTheSameEvaluation() {
    PropertyHarness.forAll(
            "the same configuration and seed give the same events and metrics",
            25,
            ProspectiveSimulationProperties::draw,
            (input, random) -> {
              SimulationRun a = run(input);
              SimulationRun b = run(input);
              assertThat(b.events()).isEqualTo(a.events());
              assertThat(b.metrics()).isEqualTo(a.metrics());
            })
        .requireChecked(1.0);
  }
}
