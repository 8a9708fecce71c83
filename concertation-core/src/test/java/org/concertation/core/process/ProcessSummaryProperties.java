package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProcessSummary;
import org.concertation.core.history.RoundFact;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The summary of a process agrees with its state on random command sequences, under both ready-made
 * charters: each closed round's adopted, rejected and carried proposals partition its agenda in
 * agenda order, its tie says whether an outcome was tied, the rounds listed are the rounds closed,
 * every proposal's status is the state's, and the summary's JSON reads back as itself.
 *
 * <p>Runs {@value #TRIES} sequences per charter by default, on the {@link PropertyHarness}.
 */
class ProcessSummaryProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final JsonCodec CODEC = JsonCodec.create();
  private static final int MAX_LENGTH = 300;
  private static final int TRIES = 500;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission"})
  void theSummaryPartitionsEveryClosedRoundsAgendaAndAgreesWithTheState(String logic) {
    Charter charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    AtomicLong rounds = new AtomicLong();
    AtomicLong adopted = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    AtomicLong carried = new AtomicLong();
    AtomicLong ties = new AtomicLong();
    Summary summary =
        PropertyHarness.forAllSequences(
            "the summary partitions every closed round's agenda, " + logic + " logic",
            TRIES,
            random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
            (commands, random) -> {
              List<Event> events = run(charter, commands);
              ProcessHistory history = ProcessHistory.of(charter, events);
              ProcessState state = DECIDER.fold(DECIDER.initialState(charter), events);
              ProcessSummary summarised = ProcessSummary.of("stream", "head", history);

              assertThat(summarised.events()).isEqualTo(state.version());
              assertThat(summarised.phase()).isEqualTo(state.phase());
              Map<ProposalId, ProposalStatus> statuses = new LinkedHashMap<>();
              state.proposals().forEach((id, proposal) -> statuses.put(id, proposal.status()));
              assertThat(summarised.proposals()).isEqualTo(statuses);

              List<RoundFact> closed =
                  history.rounds().stream().filter(r -> r.closing().isPresent()).toList();
              assertThat(summarised.rounds()).hasSize(closed.size());
              for (int i = 0; i < closed.size(); i++) {
                RoundFact round = closed.get(i);
                ProcessSummary.Round line = summarised.rounds().get(i);
                assertThat(line.round()).isEqualTo(round.number());
                assertThat(line.rule()).isEqualTo(ProcessSummary.label(round.rule()));
                List<ProposalId> agenda = round.opening().agenda();
                assertThat(line.adopted()).isEqualTo(inAgendaOrder(agenda, line.adopted()));
                assertThat(line.rejected()).isEqualTo(inAgendaOrder(agenda, line.rejected()));
                assertThat(line.carried()).isEqualTo(inAgendaOrder(agenda, line.carried()));
                List<ProposalId> all = new ArrayList<>(line.adopted());
                all.addAll(line.rejected());
                all.addAll(line.carried());
                assertThat(all).as("round %s", round.number()).hasSameElementsAs(agenda);
                assertThat(all).doesNotHaveDuplicates().hasSameSizeAs(agenda);
                boolean tied =
                    round.closing().orElseThrow().decisions().stream()
                        .map(DecisionFact::outcome)
                        .anyMatch(o -> o.tie() || o.verdict() == Verdict.TIED);
                assertThat(line.tie()).isEqualTo(tied);
                rounds.incrementAndGet();
                adopted.addAndGet(line.adopted().size());
                rejected.addAndGet(line.rejected().size());
                carried.addAndGet(line.carried().size());
                ties.addAndGet(line.tie() ? 1 : 0);
              }
              assertThat(CODEC.read(CODEC.toTree(summarised), ProcessSummary.class, "$"))
                  .isEqualTo(summarised);
            });
    if (!summary.isFullRun()) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    // rounds must close with every kind of result, or the partition proves little
    assertThat(rounds.get()).isPositive();
    assertThat(adopted.get()).isPositive();
    assertThat(rejected.get()).isPositive();
    if (logic.equals("project")) {
      // the project charter carries proposals over (ties among them); the mission, one round, never
      assertThat(carried.get()).isPositive();
      assertThat(ties.get()).isPositive();
    }
  }

  /** The proposals of the agenda that are in some, in agenda order. */
  private static List<ProposalId> inAgendaOrder(List<ProposalId> agenda, List<ProposalId> some) {
    return agenda.stream().filter(some::contains).toList();
  }

  /** The events that the accepted commands cause, in order. */
  private static ImmutableList<Event> run(Charter charter, List<Command> commands) {
    ProcessState state = DECIDER.initialState(charter);
    ImmutableList.Builder<Event> events = ImmutableList.builder();
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      state = DECIDER.fold(state, result.events());
      events.addAll(result.events());
    }
    return events.build();
  }
}
