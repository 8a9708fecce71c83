package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;

/**
 * Runs simulated processes. The territory's actors issue the same commands as people do, through
 * the same state machine, under any charter: they join, contribute to the diagnosis on the stake
 * they care most about, propose on their favourite stakes when the charter lets them (bottom-up
 * when inhabitants and associations may propose, top-down when only institutions may), merge close
 * proposals, take positions in rounds by the utility of each proposal against a threshold that
 * moves with their {@link Strategy}, object with a reason when a proposal harms them beyond the
 * harm threshold, amend carried-over proposals toward their own preferences, and commit resources
 * to the actions of the proposals they gain from. The project owner answers every proposal; where
 * the charter lets it overrule, it declines adopted proposals below its reservation value. In a
 * ballot round (the charter's, or every round under {@link SimulationConfig#roundRule()}) each
 * actor casts one ballot from the same utilities instead: it ranks the agenda by utility, approves
 * what reaches its current threshold, or grades each proposal on the rule's scale. A secret round
 * opens with a pseudonym key drawn from the seed, apart from the actors' draws, so that it decides
 * what the same round in public decides.
 *
 * <p>A run ends at agreement (the process closes), when negotiation adopts nothing (the rounds ran
 * out or rejected everything), or by abandonment when the process cannot go on.
 *
 * <p>Deterministic: every draw comes from the seed; commands are dated from {@link #start()} on.
 */
public final class Simulation {
  private Simulation() {}

  /**
   * The instant every simulated process starts at.
   *
   * @return the start
   */
  public static Instant start() {
    return Stage.START;
  }

  /**
   * Generates a territory from the seed and runs a process on it.
   *
   * @param charter the rules of the process
   * @param config the territory's and actors' parameters
   * @param seed the seed of the territory and of the actors' behaviour
   * @return the run
   */
  public static SimulationRun run(Charter charter, SimulationConfig config, long seed) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(config, "config must not be null");
    return run(charter, Territory.generate(config, seed), seed);
  }

  /**
   * Runs a process on a given territory, so that charters can be compared on the same one.
   *
   * @param charter the rules of the process
   * @param territory the territory
   * @param seed the seed of the actors' behaviour
   * @return the run
   */
  public static SimulationRun run(Charter charter, Territory territory, long seed) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(territory, "territory must not be null");
    Charter rounds = charterOf(charter, territory.config());
    Driver.Outcome outcome = new Driver(rounds, territory, seed).run();
    return new SimulationRun(
        seed,
        territory,
        outcome.commands(),
        outcome.rejections(),
        outcome.events(),
        outcome.state(),
        Measure.of(territory, rounds, outcome));
  }

  /**
   * The charter a run follows: the given one, or, under a {@linkplain SimulationConfig#roundRule()
   * round rule}, the same charter whose every round counts ballots by that rule.
   *
   * @param charter the rules of the process
   * @param config the territory's and actors' parameters
   * @return the charter of the run
   */
  public static Charter charterOf(Charter charter, SimulationConfig config) {
    checkNotNull(charter, "charter must not be null");
    checkNotNull(config, "config must not be null");
    Optional<BallotRule> rule = config.roundRule();
    if (rule.isEmpty()) {
      return charter;
    }
    ImmutableMap.Builder<Integer, BallotRule> rules = ImmutableMap.builder();
    for (int round = 1; round <= charter.roundLimit(); round++) {
      rules.put(round, rule.get());
    }
    // a round has a position rule or a ballot rule, never both: the ballot rule replaces them all
    return Charter.builder()
        .from(charter)
        .roundRules(ImmutableMap.of())
        .ballotRules(rules.buildOrThrow())
        .build();
  }
}
