package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.START;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.core.Charters;
import org.concertation.core.analysis.Calendar;
import org.concertation.core.analysis.Obligation;
import org.concertation.core.analysis.ObligationStatus;
import org.concertation.core.analysis.Schedule;
import org.junit.jupiter.api.Test;

class DueTest {
  private static final Duration DAY = Duration.ofDays(1);
  private final Fixture f = new Fixture();

  private static Charter timed() {
    return Charter.builder()
        .from(Charters.projectLogic())
        .putDeadlines(Phase.NEGOTIATION, START.plus(DAY.multipliedBy(10)))
        .roundDuration(DAY)
        .build();
  }

  @Test
  void anOpenRoundAndThePhaseHaveTheirDeadlinesAheadSoonestFirst() {
    Run run = f.inNegotiation(timed());
    run.ok(f.openRound(FACILITATOR, P1));
    Instant opened = run.state().lastAt().orElseThrow();

    assertThat(Due.at(run.state(), opened))
        .containsExactly(
            new Due.DeadlineAhead(DeadlineTarget.round(1), opened.plus(DAY)),
            new Due.DeadlineAhead(
                DeadlineTarget.phase(Phase.NEGOTIATION), START.plus(DAY.multipliedBy(10))));
  }

  @Test
  void aRoundPastItsDeadlineIsToCloseAndOverdue() {
    Run run = f.inNegotiation(timed());
    run.ok(f.openRound(FACILITATOR, P1));
    Instant opened = run.state().lastAt().orElseThrow();

    assertThat(Due.at(run.state(), opened.plus(DAY.multipliedBy(2))))
        .first()
        .isEqualTo(new Due.RoundToClose(1, opened.plus(DAY)))
        .matches(Due.Item::overdue);
  }

  @Test
  void pastNegotiationsDeadlineThePhaseIsOverdueAndTheOpenProposalsAreOwedAnswers() {
    Run run = f.p1Adopted(timed());
    Instant late = START.plus(DAY.multipliedBy(11));

    assertThat(Due.at(run.state(), late))
        .containsExactly(
            new Due.PhaseOverdue(Phase.NEGOTIATION, START.plus(DAY.multipliedBy(10))),
            new Due.AnswerOwed(P1, ProposalStatus.ADOPTED, false),
            new Due.AnswerOwed(P2, ProposalStatus.OPEN, false),
            new Due.AnswerOwed(P3, ProposalStatus.OPEN, false));
    assertThat(Due.at(run.state(), START.plus(DAY)))
        .as("before the deadline, rounds may still decide p2 and p3")
        .contains(new Due.AnswerOwed(P1, ProposalStatus.ADOPTED, false))
        .doesNotContain(new Due.AnswerOwed(P2, ProposalStatus.OPEN, false));
  }

  @Test
  void nothingIsDueOnceTheProcessHasEnded() {
    Run run = f.framed(timed()).ok(f.abandon(OWNER));

    assertThat(Due.at(run.state(), START.plus(DAY.multipliedBy(100)))).isEmpty();
  }

  @Test
  void theCalendarsObligationsFallDueAndAreMissed() {
    Run run = f.framed(Charters.projectLogic());
    Calendar calendar =
        Calendar.empty().with(Obligation.MAX_DURATION, Period.ofMonths(1), "charter, article 4");
    Schedule schedule = Schedule.none().withOpened(LocalDate.of(2026, 3, 2));

    assertThat(
            Due.at(
                run.state(),
                Instant.parse("2026-04-02T09:00:00Z"),
                calendar,
                schedule,
                ZoneOffset.UTC))
        .singleElement()
        .isInstanceOfSatisfying(
            Due.ObligationDue.class,
            due -> assertThat(due.check().status()).isEqualTo(ObligationStatus.PENDING));
    assertThat(
            Due.at(
                run.state(),
                Instant.parse("2026-04-03T09:00:00Z"),
                calendar,
                schedule,
                ZoneOffset.UTC))
        .singleElement()
        .matches(Due.Item::overdue);
    assertThat(
            Due.at(
                run.state(),
                Instant.parse("2026-03-20T09:00:00Z"),
                calendar,
                schedule,
                ZoneOffset.UTC))
        .isEmpty();
  }
}
