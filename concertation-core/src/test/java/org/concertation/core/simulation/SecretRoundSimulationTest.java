package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.personal.RoundKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secret rounds in the simulation: a round the charter holds secret opens with a pseudonym key
 * drawn from the run's seed, apart from the actors' draws, so that the run takes every step the
 * same run with public rounds takes and decides the same.
 */
class SecretRoundSimulationTest {
  /** A charter whose every round is secret. */
  static Charter secret(Charter charter) {
    ImmutableSet.Builder<Integer> rounds = ImmutableSet.builder();
    for (int round = 1; round <= charter.roundLimit(); round++) {
      rounds.add(round);
    }
    return Charter.builder().from(charter).secretRounds(rounds.build()).build();
  }

  private static Charter charter(String logic) {
    switch (logic) {
      case "project":
        return Charters.projectLogic();
      case "mission":
        return Charters.missionLogic();
      case "prospective":
        return Charters.prospectiveProjectLogic();
      default:
        throw new AssertionError(logic);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission", "prospective"})
  void aCharterWithEverySecretRoundSimulatesToTheEndWithoutARefusal(String logic) {
    Charter secret = secret(charter(logic));
    int rounds = 0;
    int secretPositions = 0;
    for (long seed = 0; seed < 20; seed++) {
      SimulationRun run = Simulation.run(secret, SimulationConfig.of(60), seed);
      assertThat(run.rejections()).as("seed %s", seed).isEmpty();
      assertThat(run.state().isTerminal()).as("seed %s", seed).isTrue();
      for (Event event : run.events()) {
        if (event instanceof Event.RoundOpened opened) {
          rounds++;
          assertThat(opened.key()).as("seed %s round %s", seed, opened.round()).isPresent();
          assertThat(RoundKeys.isUsable(opened.key().orElseThrow())).isTrue();
        }
        assertThat(event)
            .as("no position of a secret round is public")
            .isNotInstanceOf(Event.PositionTaken.class);
        if (event instanceof Event.SecretPositionTaken taken) {
          secretPositions++;
          assertThat(RoundKeys.isReserved(taken.position().actor()))
              .as("a position of a secret round names a pseudonym")
              .isTrue();
        }
      }
    }
    assertThat(rounds).as("secret rounds held").isPositive();
    assertThat(secretPositions).as("secret positions taken").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission", "prospective"})
  void theSameSeedGivesTheSameSecretRunKeysIncluded(String logic) {
    Charter secret = secret(charter(logic));
    SimulationRun a = Simulation.run(secret, SimulationConfig.of(80), 7);
    SimulationRun b = Simulation.run(secret, SimulationConfig.of(80), 7);
    assertThat(a.commands()).isEqualTo(b.commands());
    assertThat(a.events()).isEqualTo(b.events());
    assertThat(a.metrics()).isEqualTo(b.metrics());
    SimulationRun other = Simulation.run(secret, SimulationConfig.of(80), 8);
    assertThat(keys(other)).isNotEmpty().doesNotContainAnyElementsOf(keys(a));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission", "prospective"})
  void aSecretRunDecidesWhatTheSameRunWithPublicRoundsDecides(String logic) {
    Charter open = charter(logic);
    Charter secret = secret(open);
    for (long seed = 0; seed < 20; seed++) {
      SimulationRun visible = Simulation.run(open, SimulationConfig.of(60), seed);
      SimulationRun hidden = Simulation.run(secret, SimulationConfig.of(60), seed);
      // the same commands but for the keys: the same voters, stances and amendments
      assertThat(withoutKeys(hidden.commands())).as("seed %s", seed).isEqualTo(visible.commands());
      assertThat(statuses(hidden)).as("seed %s", seed).isEqualTo(statuses(visible));
      assertThat(hidden.metrics()).as("seed %s", seed).isEqualTo(visible.metrics());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"schulze", "approval"})
  void aSecretBallotRoundChoosesWhatThePublicOneChooses(String label) {
    BallotRule rule =
        label.equals("approval") ? BallotRule.approval() : BallotRule.ranked("schulze");
    SimulationConfig config = SimulationConfig.of(50).withRoundRule(Optional.of(rule));
    Charter open = Simulation.charterOf(Charters.projectLogic(), config);
    Charter secret = secret(open);
    int chosen = 0;
    for (long seed = 0; seed < 12; seed++) {
      SimulationRun visible = Simulation.run(open, config, seed);
      SimulationRun hidden = Simulation.run(secret, config, seed);
      assertThat(hidden.rejections()).as("seed %s", seed).isEmpty();
      assertThat(hidden.events()).noneMatch(Event.BallotCast.class::isInstance);
      List<ImmutableList<ProposalId>> choices = chosen(visible);
      assertThat(chosen(hidden)).as("seed %s", seed).isEqualTo(choices);
      assertThat(hidden.metrics()).as("seed %s", seed).isEqualTo(visible.metrics());
      chosen += choices.size();
    }
    assertThat(chosen).as("ballot rounds counted").isPositive();
  }

  private static List<String> keys(SimulationRun run) {
    List<String> keys = new ArrayList<>();
    for (Event event : run.events()) {
      if (event instanceof Event.RoundOpened opened) {
        opened.key().flatMap(k -> k.text()).ifPresent(keys::add);
      }
    }
    return keys;
  }

  private static List<Command> withoutKeys(List<Command> commands) {
    List<Command> without = new ArrayList<>();
    for (Command command : commands) {
      without.add(
          command instanceof Command.OpenRound open
              ? new Command.OpenRound(open.by(), open.at(), open.agenda())
              : command);
    }
    return without;
  }

  private static Map<ProposalId, ProposalStatus> statuses(SimulationRun run) {
    Map<ProposalId, ProposalStatus> statuses = new LinkedHashMap<>();
    run.state().proposals().forEach((id, proposal) -> statuses.put(id, proposal.status()));
    return statuses;
  }

  private static List<ImmutableList<ProposalId>> chosen(SimulationRun run) {
    List<ImmutableList<ProposalId>> chosen = new ArrayList<>();
    for (Event event : run.events()) {
      if (event instanceof Event.RoundClosed closed) {
        closed.ballot().map(BallotOutcome::chosen).ifPresent(chosen::add);
      }
    }
    return chosen;
  }
}
