package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.core.analysis.Calendar;
import org.concertation.core.analysis.ObligationCheck;
import org.concertation.core.analysis.ObligationStatus;
import org.concertation.core.analysis.Schedule;

/**
 * What is due in a process at an instant, as typed values, for a host's scheduler: rounds to close,
 * answers owed, phases past their deadline, deadlines ahead, and the calendar's obligations that
 * fall due. Nothing here acts: the host decides what to do (close the round, remind the owner, move
 * on, or {@link org.concertation.api.command.Command.SetDeadline move the deadline} with a reason).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Due {
  private Due() {}

  /**
   * One thing due or overdue. The family is closed.
   *
   * <p>Values are immutable and thread-safe.
   */
  public sealed interface Item {
    /**
     * Tells whether its time has passed.
     *
     * @return true when overdue
     */
    boolean overdue();
  }

  /**
   * The open round should be closed: its deadline, or negotiation's, has passed, and from then on
   * only closing it is accepted.
   *
   * @param round the round's number
   * @param since the deadline that passed
   */
  public record RoundToClose(int round, Instant since) implements Item {
    /**
     * Validates the item.
     *
     * @param round the round's number
     * @param since the deadline that passed
     */
    public RoundToClose {
      checkNotNull(since, "since must not be null");
    }

    @Override
    public boolean overdue() {
      return true;
    }
  }

  /**
   * The project owner owes an answer to a proposal that no round can decide any more (decided,
   * carried past the round limit or past negotiation's deadline), where the charter owes answers.
   * It is overdue in the last phase, where it holds the close back.
   *
   * @param proposal the proposal
   * @param status its status
   * @param overdue whether the process is in its last phase
   */
  public record AnswerOwed(ProposalId proposal, ProposalStatus status, boolean overdue)
      implements Item {
    /**
     * Validates the item.
     *
     * @param proposal the proposal
     * @param status its status
     * @param overdue whether the process is in its last phase
     */
    public AnswerOwed {
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(status, "status must not be null");
    }
  }

  /**
   * The current phase is past its deadline: the activities it binds are refused; the process should
   * move on, close, or have the deadline moved.
   *
   * @param phase the phase
   * @param deadline its deadline
   */
  public record PhaseOverdue(Phase phase, Instant deadline) implements Item {
    /**
     * Validates the item.
     *
     * @param phase the phase
     * @param deadline its deadline
     */
    public PhaseOverdue {
      checkNotNull(phase, "phase must not be null");
      checkNotNull(deadline, "deadline must not be null");
    }

    @Override
    public boolean overdue() {
      return true;
    }
  }

  /**
   * A deadline of the current phase or the open round, still ahead.
   *
   * @param target the phase or round
   * @param deadline when it falls
   */
  public record DeadlineAhead(DeadlineTarget target, Instant deadline) implements Item {
    /**
     * Validates the item.
     *
     * @param target the phase or round
     * @param deadline when it falls
     */
    public DeadlineAhead {
      checkNotNull(target, "target must not be null");
      checkNotNull(deadline, "deadline must not be null");
    }

    @Override
    public boolean overdue() {
      return false;
    }
  }

  /**
   * An obligation of the process's calendar that falls due (pending with a due date) or was missed.
   *
   * @param check where it stands
   */
  public record ObligationDue(ObligationCheck check) implements Item {
    /**
     * Validates the item.
     *
     * @param check where it stands
     */
    public ObligationDue {
      checkNotNull(check, "check must not be null");
    }

    @Override
    public boolean overdue() {
      return check.status() == ObligationStatus.MISSED;
    }
  }

  /**
   * What is due in a process at an instant: first the round to close, then the phase past its
   * deadline, the answers owed in proposal order, and the deadlines ahead, soonest first.
   *
   * @param state the process
   * @param now the instant, from the host's clock
   * @return the items; empty for a process that has ended
   */
  public static ImmutableList<Item> at(ProcessState state, Instant now) {
    checkNotNull(state, "state must not be null");
    checkNotNull(now, "now must not be null");
    if (state.isTerminal()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Item> items = ImmutableList.builder();
    Optional<Instant> phaseDeadline = state.deadline(state.phase());
    RoundState round = state.openRound;
    ImmutableList.Builder<DeadlineAhead> ahead = ImmutableList.builder();
    if (round != null) {
      Optional<Instant> passed =
          passed(state.roundDeadline(), now).or(() -> passed(phaseDeadline, now));
      if (passed.isPresent()) {
        items.add(new RoundToClose(round.number(), passed.get()));
      } else {
        state
            .roundDeadline()
            .ifPresent(d -> ahead.add(new DeadlineAhead(DeadlineTarget.round(round.number()), d)));
      }
    }
    Optional<Instant> phasePassed = passed(phaseDeadline, now);
    if (phasePassed.isPresent()) {
      items.add(new PhaseOverdue(state.phase(), phasePassed.get()));
    } else {
      phaseDeadline.ifPresent(
          d -> ahead.add(new DeadlineAhead(DeadlineTarget.phase(state.phase()), d)));
    }
    if (state.charter().answersOwed()) {
      Phase last = state.charter().phases().get(state.charter().phases().size() - 1);
      state.proposals.values().stream()
          .filter(p -> p.answer().isEmpty())
          .filter(
              p -> p.status() != ProposalStatus.WITHDRAWN && p.status() != ProposalStatus.MERGED)
          .filter(p -> !Decisions.roundsMayStillDecide(state, p, now))
          .sorted(Comparator.comparing(Proposal::id))
          .forEach(p -> items.add(new AnswerOwed(p.id(), p.status(), state.phase() == last)));
    }
    items.addAll(
        ImmutableList.sortedCopyOf(Comparator.comparing(DeadlineAhead::deadline), ahead.build()));
    return items.build();
  }

  /**
   * What is due at an instant, with the obligations of the process's calendar that fall due on that
   * day (pending with a due date on or before it) or were missed.
   *
   * @param state the process
   * @param now the instant, from the host's clock
   * @param calendar the process's dated obligations
   * @param schedule when its dated steps happened
   * @param zone the zone in which the calendar's days are counted
   * @return the items of {@link #at(ProcessState, Instant)}, then the obligations
   */
  public static ImmutableList<Item> at(
      ProcessState state, Instant now, Calendar calendar, Schedule schedule, ZoneId zone) {
    checkNotNull(calendar, "calendar must not be null");
    checkNotNull(schedule, "schedule must not be null");
    checkNotNull(zone, "zone must not be null");
    LocalDate today = LocalDate.ofInstant(checkNotNull(now, "now must not be null"), zone);
    ImmutableList.Builder<Item> items = ImmutableList.builder();
    items.addAll(at(state, now));
    for (ObligationCheck check : calendar.check(schedule, today)) {
      boolean fallsDue =
          check.status() == ObligationStatus.PENDING
              && check.due().isPresent()
              && !check.due().get().isAfter(today);
      if (fallsDue || check.status() == ObligationStatus.MISSED) {
        items.add(new ObligationDue(check));
      }
    }
    return items.build();
  }

  private static Optional<Instant> passed(Optional<Instant> deadline, Instant now) {
    return deadline.filter(now::isAfter);
  }
}
