package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarTest {
  private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
  private static final Calendar LAW = ConcertationPrealable.calendar();
  private static final Calendar AFTERWARDS =
      Calendar.empty()
          .with(Obligation.GUARANTOR_REPORT, Period.ofMonths(1), "test figure")
          .with(Obligation.OWNER_ANSWER, Period.ofMonths(2), "test figure");

  private static ObligationStatus status(
      Calendar calendar, Obligation obligation, Schedule schedule, LocalDate on) {
    return calendar.check(schedule, on).stream()
        .filter(c -> c.obligation() == obligation)
        .findFirst()
        .orElseThrow()
        .status();
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  private static Schedule opened() {
    return Schedule.none().withOpened(OPENED);
  }

  @Test
  void anAnnouncementFifteenDaysBeforeOpeningIsEnoughNotice() {
    Schedule schedule = opened().withAnnounced(day(2, 15));
    assertThat(status(LAW, Obligation.ADVANCE_NOTICE, schedule, OPENED))
        .isEqualTo(ObligationStatus.MET);
  }

  @Test
  void anAnnouncementFourteenDaysBeforeOpeningMissesTheNotice() {
    Schedule schedule = opened().withAnnounced(day(2, 16));
    assertThat(status(LAW, Obligation.ADVANCE_NOTICE, schedule, OPENED))
        .isEqualTo(ObligationStatus.MISSED);
  }

  @Test
  void openingWithoutAnnouncementMissesTheNotice() {
    assertThat(status(LAW, Obligation.ADVANCE_NOTICE, opened(), OPENED))
        .isEqualTo(ObligationStatus.MISSED);
  }

  @Test
  void noticeIsPendingUntilTheOpening() {
    Schedule schedule = opened().withAnnounced(day(2, 16));
    assertThat(status(LAW, Obligation.ADVANCE_NOTICE, schedule, day(3, 1)))
        .isEqualTo(ObligationStatus.PENDING);
  }

  @Test
  void closingFifteenDaysAfterOpeningMeetsTheMinimum() {
    assertThat(status(LAW, Obligation.MIN_DURATION, opened().withClosed(day(3, 17)), day(3, 17)))
        .isEqualTo(ObligationStatus.MET);
  }

  @Test
  void closingFourteenDaysAfterOpeningMissesTheMinimum() {
    assertThat(status(LAW, Obligation.MIN_DURATION, opened().withClosed(day(3, 16)), day(3, 16)))
        .isEqualTo(ObligationStatus.MISSED);
  }

  @Test
  void theMinimumIsPendingWhileTheProcessIsOpen() {
    assertThat(status(LAW, Obligation.MIN_DURATION, opened(), day(3, 10)))
        .isEqualTo(ObligationStatus.PENDING);
  }

  @Test
  void aClosingLaterThanTheDateOfTheCheckHasNotHappenedYet() {
    Schedule schedule = opened().withClosed(day(3, 16));
    assertThat(status(LAW, Obligation.MIN_DURATION, schedule, day(3, 15)))
        .isEqualTo(ObligationStatus.PENDING);
  }

  @Test
  void closingThreeMonthsAfterOpeningMeetsTheMaximum() {
    assertThat(status(LAW, Obligation.MAX_DURATION, opened().withClosed(day(6, 2)), day(6, 2)))
        .isEqualTo(ObligationStatus.MET);
  }

  @Test
  void closingThreeMonthsAndOneDayAfterOpeningMissesTheMaximum() {
    assertThat(status(LAW, Obligation.MAX_DURATION, opened().withClosed(day(6, 3)), day(6, 3)))
        .isEqualTo(ObligationStatus.MISSED);
  }

  @Test
  void anOpenProcessIsPendingOnItsLastDayAndMissesTheMaximumTheDayAfter() {
    assertThat(status(LAW, Obligation.MAX_DURATION, opened(), day(6, 2)))
        .isEqualTo(ObligationStatus.PENDING);
    assertThat(status(LAW, Obligation.MAX_DURATION, opened(), day(6, 3)))
        .isEqualTo(ObligationStatus.MISSED);
  }

  @Test
  void nothingIsDueBeforeTheOpening() {
    assertThat(LAW.check(Schedule.none(), day(1, 1)))
        .extracting(ObligationCheck::status)
        .containsOnly(ObligationStatus.PENDING);
  }

  @Test
  void aReportOnItsDueDateIsOnTimeAndTheDayAfterIsLate() {
    Schedule closed = opened().withClosed(day(3, 31));
    assertThat(
            status(
                AFTERWARDS,
                Obligation.GUARANTOR_REPORT,
                closed.withReported(day(4, 30)),
                day(5, 5)))
        .isEqualTo(ObligationStatus.MET);
    assertThat(
            status(
                AFTERWARDS, Obligation.GUARANTOR_REPORT, closed.withReported(day(5, 1)), day(5, 5)))
        .isEqualTo(ObligationStatus.MISSED);
  }

  @Test
  void aMissingReportIsPendingUntilItsDueDateAndMissedAfter() {
    Schedule closed = opened().withClosed(day(3, 31));
    assertThat(status(AFTERWARDS, Obligation.GUARANTOR_REPORT, closed, day(4, 30)))
        .isEqualTo(ObligationStatus.PENDING);
    assertThat(status(AFTERWARDS, Obligation.GUARANTOR_REPORT, closed, day(5, 1)))
        .isEqualTo(ObligationStatus.MISSED);
    assertThat(status(AFTERWARDS, Obligation.GUARANTOR_REPORT, opened(), day(12, 31)))
        .isEqualTo(ObligationStatus.PENDING);
  }

  @Test
  void theOwnersAnswerIsDueFromTheReport() {
    Schedule reported = opened().withClosed(day(3, 31)).withReported(day(4, 15));
    assertThat(status(AFTERWARDS, Obligation.OWNER_ANSWER, reported, day(6, 15)))
        .isEqualTo(ObligationStatus.PENDING);
    assertThat(status(AFTERWARDS, Obligation.OWNER_ANSWER, reported, day(6, 16)))
        .isEqualTo(ObligationStatus.MISSED);
    assertThat(
            status(
                AFTERWARDS, Obligation.OWNER_ANSWER, reported.withAnswered(day(6, 15)), day(7, 1)))
        .isEqualTo(ObligationStatus.MET);
  }

  @Test
  void aCheckSaysWhenTheObligationFallsDue() {
    ObligationCheck check = LAW.check(opened(), day(3, 10)).get(2);
    assertThat(check.obligation()).isEqualTo(Obligation.MAX_DURATION);
    assertThat(check.due()).isEqualTo(Optional.of(day(6, 2)));
    assertThat(check.source()).isEqualTo(ConcertationPrealable.L121_16);
  }

  @Test
  void theConcertationPrealableCarriesOnlyItsVerifiedFigures() {
    assertThat(LAW.periods())
        .containsExactly(
            Map.entry(Obligation.ADVANCE_NOTICE, Period.ofDays(15)),
            Map.entry(Obligation.MIN_DURATION, Period.ofDays(15)),
            Map.entry(Obligation.MAX_DURATION, Period.ofMonths(3)));
    assertThat(LAW.source(Obligation.GUARANTOR_REPORT)).isEmpty();
    assertThat(LAW.source(Obligation.ADVANCE_NOTICE)).hasValue(ConcertationPrealable.L121_16);
  }

  @Test
  void settingAnObligationToWhatItIsReturnsTheSameCalendar() {
    assertThat(LAW.with(Obligation.MIN_DURATION, Period.ofDays(15), ConcertationPrealable.L121_16))
        .isSameAs(LAW);
  }

  @Test
  void rejectsAZeroPeriod() {
    assertThatThrownBy(() -> Calendar.empty().with(Obligation.MIN_DURATION, Period.ZERO, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid period 'P0D' for MIN_DURATION: must be positive");
  }

  @Test
  void rejectsAClosingBeforeTheOpening() {
    assertThatThrownBy(() -> opened().withClosed(day(3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid schedule: closed on 2026-03-01 before it opened on 2026-03-02");
  }
}
