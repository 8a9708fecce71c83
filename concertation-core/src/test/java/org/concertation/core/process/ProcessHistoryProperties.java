package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Indicator;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.history.ActionFact;
import org.concertation.core.history.IndicatorFact;
import org.concertation.core.history.MergeFact;
import org.concertation.core.history.ObjectionFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.VersionFact;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read model agrees with the state machine on random command sequences, under both ready-made
 * charters: for everything both know (phase, members, diagnosis, every proposal's authors,
 * versions, status, merges and answer, the rounds held and the open one, objectives, actions with
 * their commitments, indicators, criteria and ratings), the {@link ProcessHistory} of the events
 * says what the folded {@link ProcessState} says; and each objection is pending exactly while its
 * round has not closed.
 *
 * <p>Runs {@value #TRIES} sequences per charter by default, on the {@link PropertyHarness}, which
 * shrinks a failing sequence and tells how to replay it.
 */
class ProcessHistoryProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final int MAX_LENGTH = 300;
  private static final int TRIES = 1000;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission"})
  void theHistoryAgreesWithTheStateOnRandomCommandSequences(String logic) {
    Charter charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    AtomicLong rounds = new AtomicLong();
    AtomicLong objections = new AtomicLong();
    AtomicInteger merges = new AtomicInteger();
    Summary summary =
        PropertyHarness.forAllSequences(
            "the history agrees with the state on random command sequences, " + logic + " logic",
            TRIES,
            random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
            (commands, random) -> {
              List<Event> events = run(charter, commands);
              ProcessHistory history = ProcessHistory.of(charter, events);
              rounds.addAndGet(history.rounds().size());
              objections.addAndGet(history.objections().size());
              merges.addAndGet(
                  (int)
                      history.proposals().stream().filter(p -> p.mergedFrom().isPresent()).count());
              disagreement(history, DECIDER.fold(DECIDER.initialState(charter), events))
                  .ifPresent(
                      wrong -> {
                        throw new AssertionError(wrong);
                      });
            });
    if (!summary.isFullRun()) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    // the sequences must hold rounds, objections and merges, or the agreement proves little
    assertThat(rounds.get()).isPositive();
    assertThat(objections.get()).isPositive();
    assertThat(merges.get()).isPositive();
  }

  /** The events that the accepted commands cause, in order. */
  private static List<Event> run(Charter charter, List<Command> commands) {
    ProcessState state = DECIDER.initialState(charter);
    List<Event> events = new ArrayList<>();
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      state = DECIDER.fold(state, result.events());
      events.addAll(result.events());
    }
    return events;
  }

  static Optional<String> disagreement(ProcessHistory history, ProcessState state) {
    List<String> wrong = new ArrayList<>();
    check(wrong, "events", history.size(), state.version());
    check(wrong, "phase", history.phase(), state.phase());
    check(wrong, "last instant", history.lastAt(), state.lastAt());
    check(
        wrong,
        "members",
        history.participants().stream()
            .map(ParticipantFact::id)
            .collect(ImmutableSet.toImmutableSet()),
        state.members().keySet());
    state
        .members()
        .forEach(
            (id, member) ->
                check(
                    wrong,
                    "member " + id,
                    history.participant(id).map(p -> new Member(p.actor(), p.role(), p.college())),
                    // consent: the history keeps the registration; leaving changes nothing it shows
                    Optional.of(new Member(member.actor(), member.role(), member.college()))));
    check(wrong, "contributions", history.contributions().size(), state.contributions());
    check(wrong, "stakes", history.stakes().size(), state.stakes().size());
    check(
        wrong,
        "validated stakes",
        (int) history.stakes().stream().filter(s -> s.validated().isPresent()).count(),
        state.validatedStakes());
    check(
        wrong,
        "proposals",
        history.proposals().stream()
            .map(ProposalHistory::id)
            .collect(ImmutableSet.toImmutableSet()),
        state.proposals().keySet());
    for (ProposalHistory p : history.proposals()) {
      Optional<Proposal> live = state.proposal(p.id());
      if (live.isEmpty()) {
        continue; // already reported by the set of proposals
      }
      proposal(wrong, p, live.get());
    }
    rounds(wrong, history, state);
    check(wrong, "objectives", history.objectives().size(), state.objectives().size());
    check(
        wrong,
        "actions",
        history.actions().stream().map(ActionFact::id).collect(ImmutableSet.toImmutableSet()),
        state.actions().keySet());
    for (ActionFact action : history.actions()) {
      Action live = state.actions().get(action.id());
      check(
          wrong,
          "commitments to " + action.id(),
          action.commitments().stream()
              .map(c -> c.commitment())
              .collect(ImmutableList.toImmutableList()),
          live == null ? null : live.commitments());
    }
    for (IndicatorFact indicator : history.indicators()) {
      Indicator live = state.indicators().get(indicator.id());
      check(
          wrong,
          "indicator " + indicator.id(),
          indicator.observed().map(o -> o.value()),
          live == null ? null : live.observed());
    }
    check(wrong, "criteria", history.criteria().size(), state.criteria().size());
    for (var criterion : history.criteria()) {
      check(
          wrong,
          "ratings on " + criterion.id(),
          history.ratings().stream()
              .filter(r -> r.rating().criterion().equals(criterion.id()))
              .map(r -> r.rating())
              .collect(ImmutableSet.toImmutableSet()),
          ImmutableSet.copyOf(state.ratings(criterion.id()).values()));
    }
    return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", wrong));
  }

  private static void proposal(List<String> wrong, ProposalHistory p, Proposal live) {
    String what = "proposal " + p.id() + " ";
    check(wrong, what + "authors", ImmutableSet.copyOf(p.authors()), live.authors());
    check(wrong, what + "version", p.version(), live.version());
    check(
        wrong,
        what + "versions",
        p.versions().stream().map(VersionFact::content).toList(),
        live.versions());
    check(
        wrong,
        what + "amendments",
        p.amendments().stream()
            .map(v -> v.stamp().by() + "/" + v.number() + "/" + v.rationale().orElseThrow())
            .toList(),
        live.amendments().stream()
            .map(a -> a.author() + "/" + a.version() + "/" + a.rationale())
            .toList());
    check(wrong, what + "status", p.status(), live.status());
    check(wrong, what + "merged into", p.mergedInto().map(MergeFact::result), live.mergedInto());
    check(
        wrong,
        what + "merged from",
        p.mergedFrom().map(MergeFact::sources).orElse(ImmutableList.of()),
        live.mergedFrom());
    check(wrong, what + "answer", p.answer().map(a -> a.kind()), live.answer());
  }

  private static void rounds(List<String> wrong, ProcessHistory history, ProcessState state) {
    check(wrong, "rounds held", history.rounds().size(), state.roundsHeld());
    Optional<RoundFact> unclosed =
        history.rounds().isEmpty()
            ? Optional.empty()
            : Optional.of(history.rounds().get(history.rounds().size() - 1))
                .filter(r -> r.closing().isEmpty());
    if (state.openRound().isPresent()) {
      RoundState open = state.openRound().get();
      check(wrong, "open round", unclosed.map(RoundFact::number), Optional.of(open.number()));
      for (ProposalId id : open.agenda()) {
        Map<ActorId, ?> positions = open.positionsOn(id);
        check(
            wrong,
            "positions on " + id + " in the open round",
            unclosed.map(r -> r.positionsOn(id).size()).orElse(-1),
            positions.size());
      }
    } else if (unclosed.isPresent() && !state.phase().isTerminal()) {
      wrong.add("round " + unclosed.get().number() + " is not closed, yet no round is open");
    }
    long objected =
        history.rounds().stream()
            .flatMap(r -> r.positions().stream())
            .filter(p -> p.position().stance() == Stance.OBJECT)
            .count();
    check(wrong, "objections", (long) history.objections().size(), objected);
    for (ObjectionFact o : history.objections()) {
      boolean closed =
          history.round(o.position().round()).map(r -> r.closing().isPresent()).orElse(false);
      check(
          wrong,
          "objection at " + o.position().stamp().index() + " pending",
          o.treatment() == ObjectionFact.Treatment.PENDING,
          !closed);
    }
  }

  private static void check(
      List<String> wrong, String what, @Nullable Object history, @Nullable Object state) {
    boolean same =
        history instanceof Number h && state instanceof Number s
            ? h.longValue() == s.longValue()
            : Objects.equals(history, state);
    if (!same) {
      wrong.add(what + ": history says " + history + ", state says " + state);
    }
  }
}
