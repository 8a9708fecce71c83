package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Project;
import org.concertation.core.budget.Utility;
import org.concertation.core.choice.GradedProfile;
import org.concertation.core.choice.GradedRule;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedBallot;
import org.concertation.core.choice.RankedRule;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/**
 * Simulated ballot rounds: the actors cast their ballots through the same machine as people do, and
 * what a round decides is what the standalone rule decides on those ballots.
 */
class BallotSimulationProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  /** The envelope of the budget rules drawn, about a third of what eight proposals cost. */
  private static final long ENVELOPE = 300_000;

  /** Rules of every kind, choosing one or two proposals or judging each. */
  static final ImmutableList<BallotRule> RULES =
      ImmutableList.of(
          BallotRule.ranked("schulze"),
          BallotRule.ranked("borda", 2),
          BallotRule.ranked("plurality"),
          BallotRule.ranked("irv"),
          BallotRule.ranked("copeland"),
          BallotRule.ranked("ranked-pairs"),
          BallotRule.ranked("minimax"),
          BallotRule.stv(2),
          BallotRule.approval(),
          BallotRule.approval().choosing(2),
          BallotRule.approval().judging(1),
          BallotRule.score(5),
          BallotRule.score(5).judging(3),
          BallotRule.majorityJudgment("reject", "poor", "fair", "good", "excellent"),
          BallotRule.gradientsOfAgreement(),
          BallotRule.budget("greedy", ENVELOPE),
          BallotRule.budget("mes", ENVELOPE),
          BallotRule.budget("phragmen", ENVELOPE));

  /** A simulated run under one ballot rule, with its events. */
  record BallotRun(BallotRule rule, Charter charter, SimulationRun run, List<Event> events) {
    @Override
    public String toString() {
      return rule.label() + " seats " + rule.seats() + " seed " + run.seed();
    }
  }

  static BallotRun draw(SplittableRandom random) {
    return draw(random, RULES);
  }

  static BallotRun draw(SplittableRandom random, List<BallotRule> rules) {
    BallotRule rule = rules.get(random.nextInt(rules.size()));
    SimulationConfig config =
        SimulationConfig.of(12 + random.nextInt(40)).withRoundRule(Optional.of(rule));
    String logic = random.nextInt(4) == 0 ? "mission" : "project";
    Charter charter =
        Simulation.charterOf(
            logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic(), config);
    SimulationRun run = Simulation.run(charter, config, random.nextLong());
    return new BallotRun(rule, charter, run, events(charter, run.commands()));
  }

  /** The events of a run's commands, decided again from the start. */
  static List<Event> events(Charter charter, List<Command> commands) {
    ProcessState state = DECIDER.initialState(charter);
    List<Event> events = new ArrayList<>();
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      if (result.isAccepted()) {
        events.addAll(result.events());
        state = DECIDER.after(state, result);
      }
    }
    return events;
  }

  private static List<Event.RoundClosed> ballotCloses(List<Event> events) {
    List<Event.RoundClosed> closes = new ArrayList<>();
    for (Event event : events) {
      if (event instanceof Event.RoundClosed closed && closed.ballot().isPresent()) {
        closes.add(closed);
      }
    }
    return closes;
  }

  @Test
  void aSimulatedBallotRoundDecidesWhatTheStandaloneRuleDecidesOnItsBallots() {
    PropertyHarness.forAll(
            "a simulated ballot round decides what the standalone rule decides on its ballots",
            40,
            BallotSimulationProperties::draw,
            (input, random) -> {
              List<Event.RoundClosed> closes = ballotCloses(input.events());
              PropertyHarness.assume(!closes.isEmpty());
              for (Event.RoundClosed close : closes) {
                BallotOutcome outcome = close.ballot().orElseThrow();
                if (!outcome.quorumMet() || outcome.ballots() == 0) {
                  continue;
                }
                assertThat(outcome.chosen())
                    .as("round %s of %s", close.round(), input)
                    .isEqualTo(standalone(input, close.round()));
              }
            })
        .requireChecked(0.5);
  }

  @Test
  void aBudgetRoundNeverSpendsMoreThanItsEnvelope() {
    PropertyHarness.forAll(
            "a budget round never spends more than its envelope",
            30,
            random ->
                draw(
                    random,
                    RULES.stream().filter(r -> r.kind() == BallotRule.Kind.BUDGET).toList()),
            (input, random) -> {
              Map<ProposalId, Long> costs = new HashMap<>();
              int budgets = 0;
              for (Event event : input.events()) {
                if (event instanceof Event.RoundOpened opened) {
                  costs.clear();
                  costs.putAll(costs(input.events(), opened.round()));
                }
                if (event instanceof Event.RoundClosed closed && closed.ballot().isPresent()) {
                  long spent =
                      closed.ballot().orElseThrow().statuses().entrySet().stream()
                          .filter(e -> e.getValue() == ProposalStatus.ADOPTED)
                          .mapToLong(e -> costs.get(e.getKey()))
                          .sum();
                  budgets++;
                  assertThat(spent)
                      .as("round %s of %s", closed.round(), input)
                      .isLessThanOrEqualTo(ENVELOPE);
                }
              }
              PropertyHarness.assume(budgets > 0);
            })
        .requireChecked(0.5);
  }

  @Test
  void everyActorCastsAtMostOneBallotPerRound() {
    PropertyHarness.forAll(
            "every simulated actor casts at most one ballot per round, of the round's kind",
            40,
            BallotSimulationProperties::draw,
            (input, random) -> {
              Set<String> cast = new HashSet<>();
              int ballots = 0;
              for (Event event : input.events()) {
                if (event instanceof Event.BallotCast e) {
                  assertThat(cast.add(e.round() + " " + e.voter().value()))
                      .as("%s voting twice in round %s of %s", e.voter(), e.round(), input)
                      .isTrue();
                  assertThat(e.ballot().kind()).isEqualTo(input.rule().ballotKind());
                  ballots++;
                }
              }
              long commands =
                  input.run().commands().stream()
                      .filter(Command.CastBallot.class::isInstance)
                      .count();
              assertThat(ballots)
                  .as("every ballot the actors cast is accepted")
                  .isEqualTo(commands);
              PropertyHarness.assume(ballots > 0);
            })
        .requireChecked(0.5);
  }

  /** What the standalone rule chooses on the ballots of a round, counted here from the events. */
  private static List<ProposalId> standalone(BallotRun input, int round) {
    Event.RoundOpened opened = null;
    Map<ActorId, Ballot> ballots = new HashMap<>();
    for (Event event : input.events()) {
      if (event instanceof Event.RoundOpened e && e.round() == round) {
        opened = e;
      } else if (event instanceof Event.BallotCast e && e.round() == round) {
        ballots.put(e.voter(), e.ballot());
      }
    }
    assertThat(opened).isNotNull();
    List<ProposalId> agenda = opened.agenda();
    List<String> candidates = agenda.stream().map(ProposalId::value).toList();
    List<Ballot> ordered =
        ballots.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(Comparator.comparing(ActorId::value)))
            .map(Map.Entry::getValue)
            .toList();
    BallotRule rule = input.rule();
    int seats = Math.min(rule.seats(), agenda.size());
    List<String> winners;
    switch (rule.kind()) {
      case RANKED:
        winners =
            RankedRule.fromLabel(rule.label())
                .apply(
                    Profile.of(
                        candidates,
                        ordered.stream()
                            .map(
                                b ->
                                    RankedBallot.of(
                                        1,
                                        ((Ballot.Ranking) b)
                                            .tiers().stream()
                                                .map(
                                                    t -> t.stream().map(ProposalId::value).toList())
                                                .toList()))
                            .toList()),
                    seats)
                .winners();
        break;
      case APPROVAL:
      case GRADED:
        {
          List<GradedProfile.Ballot> graded = new ArrayList<>();
          for (Ballot b : ordered) {
            int[] grades = new int[agenda.size()];
            for (int c = 0; c < grades.length; c++) {
              grades[c] =
                  b instanceof Ballot.Approvals a
                      ? (a.approved().contains(agenda.get(c)) ? 1 : 0)
                      : ((Ballot.Grades) b).grades().get(agenda.get(c));
            }
            graded.add(GradedProfile.Ballot.of(1, grades));
          }
          if (rule.judges()) {
            winners = new ArrayList<>();
            for (int c = 0; c < agenda.size(); c++) {
              int col = c;
              int[] column = graded.stream().mapToInt(g -> g.grades().get(col)).sorted().toArray();
              if (column[(column.length - 1) / 2] >= rule.threshold().orElseThrow()) {
                winners.add(candidates.get(c));
              }
            }
          } else {
            winners =
                GradedRule.fromLabel(rule.label())
                    .apply(GradedProfile.of(candidates, graded), seats)
                    .winners();
          }
          break;
        }
      case BUDGET:
        {
          Map<ProposalId, Long> costs = costs(input.events(), round);
          List<Project> projects =
              agenda.stream().map(id -> Project.of(id.value(), costs.get(id))).toList();
          winners =
              BudgetRule.fromLabel(rule.label(), Utility.fromLabel("cost"))
                  .apply(
                      BudgetElection.of(
                          ENVELOPE,
                          projects,
                          ordered.stream()
                              .map(b -> b.proposals().stream().map(ProposalId::value).toList())
                              .toList()))
                  .selected();
          break;
        }
      default:
        throw new AssertionError(rule.kind());
    }
    return winners.stream().map(ProposalId::new).toList();
  }

  /** The whole cost of each proposal as it stood when a round opened. */
  private static Map<ProposalId, Long> costs(List<Event> events, int round) {
    Map<ProposalId, Long> costs = new HashMap<>();
    for (Event event : events) {
      if (event instanceof Event.RoundOpened e && e.round() == round) {
        break;
      }
      if (event instanceof Event.ProposalSubmitted e) {
        costs.put(e.proposal(), BallotCount.wholeCost(e.content()).orElseThrow());
      } else if (event instanceof Event.ProposalAmended e) {
        costs.put(e.proposal(), BallotCount.wholeCost(e.content()).orElseThrow());
      } else if (event instanceof Event.ProposalsMerged e) {
        costs.put(e.result(), BallotCount.wholeCost(e.content()).orElseThrow());
      }
    }
    return costs;
  }

  @Test
  void aBatchOverTwoRulesRunsEachRepetitionOnTheSameTerritory() {
    PropertyHarness.forAll(
            "a batch over two round rules runs each repetition on the same territory",
            10,
            random -> {
              SimulationConfig base = SimulationConfig.of(12 + random.nextInt(30));
              return List.of(
                  Batch.Cell.of("project", base),
                  Batch.Cell.of(
                      "project",
                      base.withRoundRule(Optional.of(RULES.get(random.nextInt(RULES.size()))))),
                  random.nextLong());
            },
            (input, random) -> {
              Batch.Cell positions = (Batch.Cell) input.get(0);
              Batch.Cell ballots = (Batch.Cell) input.get(1);
              long seed = (Long) input.get(2);
              List<Batch.Row> rows =
                  Batch.run(List.of(positions, ballots), 2, seed, 1, (d, t) -> {});
              for (int r = 0; r < 2; r++) {
                assertThat(rows.get(2 + r).seed()).isEqualTo(rows.get(r).seed());
                Territory a = Territory.generate(positions.config(), rows.get(r).seed());
                Territory b = Territory.generate(ballots.config(), rows.get(2 + r).seed());
                assertThat(b.actors()).isEqualTo(a.actors());
                assertThat(b.stakes()).isEqualTo(a.stakes());
                for (int i = 0; i < a.actors().size(); i++) {
                  assertThat(b.reservation(i)).isEqualTo(a.reservation(i));
                  assertThat(b.propensity(i)).isEqualTo(a.propensity(i));
                  for (int st = 0; st < a.stakes().size(); st++) {
                    assertThat(b.preference(i, st)).isEqualTo(a.preference(i, st));
                  }
                }
              }
            })
        .requireChecked(1.0);
  }
}
