package org.concertation.core.process;

import org.concertation.api.charter.Charter;
import org.concertation.core.Charters;
import org.concertation.core.simulation.Simulation;
import org.concertation.core.simulation.SimulationConfig;
import org.concertation.core.simulation.Strategy;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The machine's invariants (see {@link ProcessProperties}) hold on the command sequences that
 * simulated actors issue, under both ready-made charters and every strategy.
 */
class SimulatedRunsProperties {
  /** Simulated runs per charter and strategy. */
  private static final int TRIES_PER_STRATEGY = 10;

  /** The territories simulated have from 20 to 80 actors, by steps of 15. */
  private static final int FEWEST_ACTORS = 20;

  private static final int ACTOR_STEP = 15;
  private static final int ACTOR_STEPS = 5;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission"})
  void theMachineKeepsItsInvariantsInSimulatedRuns(String logic) {
    Charter charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    for (Strategy strategy : Strategy.values()) {
      PropertyHarness.forAllSequences(
          "the machine keeps its invariants in simulated runs, " + logic + " logic, " + strategy,
          TRIES_PER_STRATEGY,
          random -> {
            int actors = FEWEST_ACTORS + random.nextInt(ACTOR_STEPS) * ACTOR_STEP;
            SimulationConfig config = SimulationConfig.of(actors).withStrategy(strategy);
            return Simulation.run(charter, config, random.nextLong()).commands();
          },
          (commands, random) ->
              ProcessProperties.invariants(charter, commands, null)
                  .ifPresent(
                      broken -> {
                        throw new AssertionError(broken);
                      }));
    }
  }
}
