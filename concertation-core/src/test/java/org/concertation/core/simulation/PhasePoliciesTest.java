package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.junit.jupiter.api.Test;

/** Each phase policy does what its parameters say, and the run keeps what the machine refused. */
class PhasePoliciesTest {
  private static final int SEEDS = 12;

  private static List<Command> commands(Charter charter, SimulationConfig config) {
    List<Command> commands = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      commands.addAll(Simulation.run(charter, config, seed).commands());
    }
    return commands;
  }

  private static List<Command> commands(SimulationConfig config) {
    return commands(Charters.projectLogic(), config);
  }

  private static Stream<Command.Commit> commits(List<Command> commands, ResourceKind kind) {
    return commands.stream()
        .filter(c -> c instanceof Command.Commit)
        .map(c -> (Command.Commit) c)
        .filter(c -> c.resource().kind() == kind);
  }

  private static Stream<Stance> stances(List<Command> commands) {
    return commands.stream()
        .filter(c -> c instanceof Command.TakePosition)
        .map(c -> ((Command.TakePosition) c).stance());
  }

  @Test
  void volunteerHoursStayWithinTheConfiguredRange() {
    List<Command> commands =
        commands(SimulationConfig.of(60).withCommitments(0.1, 0.4, 1_000, 7, 2));
    assertThat(commits(commands, ResourceKind.HOURS))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.resource().quantity().intValue()).isBetween(7, 9));
  }

  @Test
  void institutionsCommitAtLeastTheConfiguredMoney() {
    List<Command> commands =
        commands(SimulationConfig.of(60).withCommitments(0.1, 0.4, 3_000_000, 5, 35));
    assertThat(commits(commands, ResourceKind.MONEY))
        .isNotEmpty()
        .allSatisfy(
            c -> assertThat(c.resource().quantity()).isEqualTo(BigDecimal.valueOf(3_000_000)));
  }

  @Test
  void newProposalsCostTheirEffectTimesTheDrawnFactor() {
    // every effect is 1 and the factor is exactly 1: a proposal costs 100,000 per stake it acts on
    List<Command> commands =
        commands(SimulationConfig.of(60).withDrafting(1.0, 1.0, 0.0, 0.8, 0.05));
    List<Command.SubmitProposal> submitted =
        commands.stream()
            .filter(c -> c instanceof Command.SubmitProposal)
            .map(c -> (Command.SubmitProposal) c)
            .toList();
    assertThat(submitted).isNotEmpty();
    assertThat(submitted)
        .allSatisfy(
            s ->
                assertThat(s.content().cost().orElseThrow())
                    .isEqualTo(BigDecimal.valueOf(100_000L * s.content().stakes().size())));
    assertThat(submitted).anySatisfy(s -> assertThat(s.content().stakes()).hasSize(2));
  }

  @Test
  void aMergeCostsTheConfiguredFactorOfItsSources() {
    List<Command> commands =
        commands(
            SimulationConfig.of(60)
                .withBehaviour(1.0, 0.5, 0.5, 0.7)
                .withDrafting(0.5, 0.3, 0.9, 0.25, 0.05));
    Map<ProposalId, BigDecimal> costs = new HashMap<>();
    int merges = 0;
    for (Command command : commands) {
      if (command instanceof Command.SubmitProposal s) {
        costs.put(s.proposal(), s.content().cost().orElseThrow());
      } else if (command instanceof Command.MergeProposals m) {
        double sources = m.sources().stream().mapToDouble(p -> costs.get(p).doubleValue()).sum();
        assertThat(m.content().cost().orElseThrow())
            .isEqualTo(BigDecimal.valueOf((long) Math.rint(0.25 * sources)));
        costs.put(m.result(), m.content().cost().orElseThrow());
        merges++;
      }
    }
    assertThat(merges).isPositive();
  }

  @Test
  void aSupportMarginBeyondEveryUtilityLeavesNoSupportAndAZeroAbstainMarginNoAbstention() {
    assertThat(stances(commands(SimulationConfig.of(60)))).contains(Stance.SUPPORT, Stance.ABSTAIN);
    assertThat(stances(commands(SimulationConfig.of(60).withPositions(0.3, 100, 0))))
        .isNotEmpty()
        .doesNotContain(Stance.SUPPORT, Stance.ABSTAIN);
  }

  @Test
  void aWiderAspirationGapMakesActorsAcceptLess() {
    long low = accepting(SimulationConfig.of(60).withPositions(0.0, 0.5, 0.25));
    long high = accepting(SimulationConfig.of(60).withPositions(1.5, 0.5, 0.25));
    assertThat(high).isLessThan(low);
  }

  /** How many positions of the first rounds support or accept; later rounds hold on amendments. */
  private static long accepting(SimulationConfig config) {
    long accepting = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      for (Command command : Simulation.run(Charters.projectLogic(), config, seed).commands()) {
        if (command instanceof Command.CloseRound) {
          break;
        }
        if (command instanceof Command.TakePosition p
            && (p.stance() == Stance.SUPPORT || p.stance() == Stance.ACCEPT)) {
          accepting++;
        }
      }
    }
    return accepting;
  }

  @Test
  void theProjectOwnerIsTheTerritorysConvenerRegisteredFirstByItself() {
    SimulationRun run = Simulation.run(Charters.projectLogic(), SimulationConfig.of(30), 3);
    Territory territory = run.territory();
    Command first = run.commands().get(0);
    assertThat(first).isInstanceOf(Command.RegisterActor.class);
    Command.RegisterActor owner = (Command.RegisterActor) first;
    assertThat(owner.role()).isEqualTo(Role.PROJECT_OWNER);
    assertThat(owner.actor()).isEqualTo(territory.actors().get(territory.convener()));
    assertThat(owner.actor().kind()).isEqualTo(ActorKind.INSTITUTION);
    assertThat(owner.by()).isEqualTo(owner.actor().id());
    assertThat(run.commands())
        .filteredOn(c -> c instanceof Command.RegisterActor r && r.role() == Role.PROJECT_OWNER)
        .hasSize(1);
  }

  /** The mission logic where nobody registers others and only institutions may join. */
  private static Charter closedToInhabitants() {
    Charter mission = Charters.missionLogic();
    return Charter.builder()
        .from(mission)
        .name("closed to inhabitants")
        .grants(
            Stream.concat(
                    mission.grants().stream()
                        .filter(
                            g ->
                                g.activity() != Activity.JOIN && g.activity() != Activity.REGISTER),
                    Stream.of(
                        new Grant(
                            Activity.JOIN,
                            ImmutableSet.of(Role.PARTICIPANT),
                            ImmutableSet.of(ActorKind.INSTITUTION, ActorKind.ASSOCIATION),
                            ImmutableSet.of())))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  @Test
  void refusedCommandsAreKeptAsRejectionsCountedByType() {
    Charter charter = closedToInhabitants();
    SimulationRun run = Simulation.run(charter, SimulationConfig.of(40), 5);
    List<Rejection> replayed = refusals(charter, run.commands());
    assertThat(replayed).isNotEmpty();
    assertThat(run.rejections()).isEqualTo(replayed);
    Map<Class<? extends Rejection>, Integer> counts = new HashMap<>();
    replayed.forEach(r -> counts.merge(r.getClass(), 1, Integer::sum));
    assertThat(run.rejectionCounts()).isEqualTo(counts);
    assertThat(run.rejectionCounts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(run.rejections().size());
  }

  /** The rejections of the refused commands, found by deciding the commands again in order. */
  private static List<Rejection> refusals(Charter charter, List<Command> commands) {
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.initialState(charter);
    List<Rejection> refusals = new ArrayList<>();
    for (Command command : commands) {
      Result<Event> result = decider.decide(command, state);
      if (result instanceof Result.Rejected<Event> rejected) {
        refusals.add(rejected.rejection());
      } else {
        state = decider.fold(state, result.events());
      }
    }
    return refusals;
  }

  @Test
  void aRunWithoutRefusalsHasNoRejectionCounts() {
    SimulationRun run = Simulation.run(Charters.projectLogic(), SimulationConfig.of(40), 5);
    assertThat(run.rejections()).isEmpty();
    assertThat(run.rejectionCounts()).isEmpty();
  }
}
