package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.concertation.api.charter.Charter;
import org.concertation.core.Charters;
import org.concertation.core.simulation.Simulation;
import org.concertation.core.simulation.SimulationConfig;
import org.concertation.core.simulation.SimulationRun;
import org.concertation.core.simulation.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The machine's invariants (see {@link ProcessProperties}) hold on the command sequences that
 * simulated actors issue, under both ready-made charters and every strategy.
 */
class SimulatedRunsProperties {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission"})
  void theMachineKeepsItsInvariantsInSimulatedRuns(String logic) {
    Charter charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    int tries = PropertyHarness.tries(40);
    for (int seed = 0; seed < tries; seed++) {
      Strategy strategy = Strategy.values()[seed % Strategy.values().length];
      SimulationConfig config = SimulationConfig.of(20 + seed % 5 * 15).withStrategy(strategy);
      SimulationRun run = Simulation.run(charter, config, seed);
      assertThat(ProcessProperties.invariants(charter, run.commands(), null))
          .as("%s logic, seed %s, %s", logic, seed, strategy)
          .isEmpty();
    }
  }
}
