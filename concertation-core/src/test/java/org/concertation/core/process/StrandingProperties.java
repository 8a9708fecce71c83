package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No reachable state is stranded by time: whenever a proposal is unanswered and nothing can decide
 * it any more, the project owner's answer is accepted (in a phase where answers are given); and in
 * the last phase, once every proposal owed an answer is one that nothing can decide, answering them
 * all lets the process close. Random sequences set and move deadlines, so that phases and rounds
 * run out of time on the way.
 */
class StrandingProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final int MAX_LENGTH = 300;
  private static final int TRIES = 400;

  /** How long after the last event the owner answers. */
  private static final Duration LATER = Duration.ofMinutes(1);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission"})
  void noReachableStateLeavesAnUndecidableProposalWithoutAPossibleAnswer(String logic) {
    Charter charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    AtomicLong checked = new AtomicLong();
    AtomicLong closes = new AtomicLong();
    Summary summary =
        PropertyHarness.forAllSequences(
            "no state is stranded by time, " + logic + " logic",
            TRIES,
            random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
            (commands, random) -> {
              Optional<String> broken = stranded(charter, commands, checked, closes);
              if (broken.isPresent()) {
                throw new AssertionError(broken.get());
              }
            });
    if (summary.isFullRun()) {
      // the situations the property speaks of must occur, or it proves little
      assertThat(checked.get()).isGreaterThan(100);
      assertThat(closes.get()).isGreaterThan(10);
    }
  }

  /** The first reachable state that strands a proposal, if any. */
  static Optional<String> stranded(
      Charter charter, List<Command> commands, AtomicLong checked, AtomicLong closes) {
    ProcessState state = DECIDER.initialState(charter);
    for (int step = 0; step < commands.size(); step++) {
      Result<Event> result = DECIDER.decide(commands.get(step), state);
      state = DECIDER.after(state, result);
      Optional<String> broken = strandedAt(state, checked, closes);
      if (broken.isPresent()) {
        return Optional.of("after step " + (step + 1) + ": " + broken.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> strandedAt(
      ProcessState state, AtomicLong checked, AtomicLong closes) {
    if (state.isTerminal()
        || !Activity.ANSWER.phases().contains(state.phase())
        || state.lastAt().isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorId> owner =
        state.members().values().stream()
            .filter(m -> m.role() == Role.PROJECT_OWNER)
            .map(m -> m.actor().id())
            .findFirst();
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Instant at = state.lastAt().get().plus(LATER);
    List<Proposal> owed =
        state.proposals().values().stream()
            .filter(p -> p.answer().isEmpty())
            .filter(
                p -> p.status() != ProposalStatus.WITHDRAWN && p.status() != ProposalStatus.MERGED)
            .sorted(java.util.Comparator.comparing(Proposal::id))
            .toList();
    boolean allUndecidable = true;
    for (Proposal proposal : owed) {
      if (Decisions.roundsMayStillDecide(state, proposal, at)) {
        allUndecidable = false;
        continue;
      }
      checked.incrementAndGet();
      Result<Event> answer = DECIDER.decide(answer(owner.get(), at, proposal), state);
      if (answer instanceof Result.Rejected<Event> rejected) {
        return Optional.of(
            "nothing can decide "
                + proposal.id()
                + " ("
                + proposal.status()
                + ") in "
                + state
                + ", yet the owner's answer is refused: "
                + rejected.rejection().message());
      }
    }
    Phase last = state.charter().phases().get(state.charter().phases().size() - 1);
    if (state.phase() != last || !allUndecidable || state.openRound().isPresent()) {
      return Optional.empty();
    }
    ProcessState answered = state;
    for (Proposal proposal : owed) {
      answered =
          DECIDER.after(answered, DECIDER.decide(answer(owner.get(), at, proposal), answered));
    }
    Result<Event> close = DECIDER.decide(new Command.Close(owner.get(), at, "done"), answered);
    if (close instanceof Result.Rejected<Event> rejected) {
      return Optional.of(
          "every proposal answered in the last phase of "
              + state
              + ", yet the close is refused: "
              + rejected.rejection().message());
    }
    closes.incrementAndGet();
    return Optional.empty();
  }

  /** An answer that the charter's overrule rule allows whatever the proposal's status. */
  private static Command answer(ActorId owner, Instant at, Proposal proposal) {
    return new Command.AnswerProposal(
        owner, at, proposal.id(), AnswerKind.ACCEPTED, "the owner's reasons");
  }
}
