package org.concertation.core.process;

import java.time.Instant;
import java.util.Optional;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.personal.RoundKeys;
import org.jspecify.annotations.Nullable;

/**
 * How a stored secret position or ballot is checked: it names its voter by a pseudonym, so no
 * command can be rebuilt from it to decide again. Everything but whose it is gets checked: the
 * process goes on, time does not go back, the open round is that secret round and in time, the
 * ballot fits it, the pseudonym has not voted (or positioned on that proposal) yet unless a later
 * ballot replaces an earlier one, and its college exists. Whether a pseudonym is an eligible
 * voter's is checked at the close, in number per college against who took part ({@link
 * SecretTurnout#misfit}); who it is, nobody can check once the key is gone, which is the point.
 */
final class SecretCheck {
  private SecretCheck() {}

  static Optional<ImpossibleEvent.Reason> ballot(ProcessState state, Event.SecretBallotCast e) {
    Optional<ImpossibleEvent.Reason> round =
        round(state, e.round(), e.at(), e.voter(), e.college());
    if (round.isPresent()) {
      return round;
    }
    RoundState open = java.util.Objects.requireNonNull(state.openRound);
    if (!open.isBallotRound()) {
      return refused(new Rejection.PositionRound(open.number()));
    }
    Instant deadline = state.roundDeadline;
    if (deadline != null && e.at().isAfter(deadline)) {
      return refused(
          new Rejection.RoundDeadlinePassed(
              open.number(), deadline, e.at(), Command.CastBallot.class));
    }
    Optional<Rejection> fits = new Decisions(state).fitsRound(e.ballot());
    if (fits.isPresent()) {
      return refused(fits.get());
    }
    if (!state.charter.laterBallotReplaces() && open.ballots().containsKey(e.voter())) {
      return refused(new Rejection.AlreadyVoted(e.voter(), open.number()));
    }
    return Optional.empty();
  }

  static Optional<ImpossibleEvent.Reason> position(
      ProcessState state, Event.SecretPositionTaken e) {
    Optional<ImpossibleEvent.Reason> round =
        round(state, e.round(), e.at(), e.position().actor(), e.college());
    if (round.isPresent()) {
      return round;
    }
    RoundState open = java.util.Objects.requireNonNull(state.openRound);
    if (open.isBallotRound()) {
      return refused(new Rejection.BallotRound(open.number()));
    }
    Instant deadline = state.roundDeadline;
    if (deadline != null && e.at().isAfter(deadline)) {
      return refused(
          new Rejection.RoundDeadlinePassed(
              open.number(), deadline, e.at(), Command.TakePosition.class));
    }
    if (!open.agenda().contains(e.proposal())) {
      return refused(new Rejection.NotOnAgenda(e.proposal(), open.number()));
    }
    if (open.positionsOn(e.proposal()).containsKey(e.position().actor())) {
      return refused(
          new Rejection.AlreadyPositioned(e.position().actor(), e.proposal(), open.number()));
    }
    return Optional.empty();
  }

  /** What a secret position and a secret ballot share: the process, the time, the round. */
  private static Optional<ImpossibleEvent.Reason> round(
      ProcessState state, int number, Instant at, ActorId pseudonym, Optional<CollegeId> college) {
    if (state.isTerminal()) {
      return refused(new Rejection.ProcessEnded(state.phase()));
    }
    Instant last = state.lastAt;
    if (last != null && at.isBefore(last)) {
      return refused(new Rejection.TimeWentBack(last, at));
    }
    @Nullable RoundState open = state.openRound;
    if (open == null) {
      return refused(new Rejection.NoRoundOpen());
    }
    if (open.number() != number || !open.isSecret()) {
      return malformed("a secret vote in round " + number + ", not the open secret round");
    }
    if (!RoundKeys.isReserved(pseudonym)) {
      return malformed("a secret vote by '" + pseudonym + "', which is not a pseudonym");
    }
    if (college.isPresent() && !state.colleges.containsKey(college.get())) {
      return malformed("a secret vote in college '" + college.get() + "', which does not exist");
    }
    return Optional.empty();
  }

  private static Optional<ImpossibleEvent.Reason> refused(Rejection rejection) {
    return Optional.of(new ImpossibleEvent.Refused(rejection));
  }

  private static Optional<ImpossibleEvent.Reason> malformed(String detail) {
    return Optional.of(new ImpossibleEvent.Malformed(detail));
  }
}
