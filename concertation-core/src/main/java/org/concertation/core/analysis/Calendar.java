package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The dated obligations of a process, carried beside its charter: each {@link Obligation} with its
 * period and the source of the figure. {@link #check} lists each obligation as met, missed or
 * pending at a date.
 *
 * <p>Periods are counted in calendar days and months on dates, with no time of day: an obligation
 * due on a date is met on that date and missed from the next day. Advance notice is met when the
 * announcement falls on or before the opening minus the notice; the minimum duration when the
 * closing falls on or after the opening plus it; the maximum duration, the guarantor's report (from
 * the closing) and the owner's answer (from the report) when they fall on or before their due date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Calendar {
  private static final Calendar EMPTY = new Calendar(ImmutableMap.of(), ImmutableMap.of());

  private final ImmutableMap<Obligation, Period> periods;
  private final ImmutableMap<Obligation, String> sources;

  private Calendar(
      ImmutableMap<Obligation, Period> periods, ImmutableMap<Obligation, String> sources) {
    this.periods = periods;
    this.sources = sources;
  }

  /**
   * A calendar with no obligation.
   *
   * @return the calendar
   */
  public static Calendar empty() {
    return EMPTY;
  }

  /**
   * A copy with one obligation set or replaced.
   *
   * @param obligation the obligation
   * @param period its period, positive
   * @param source where the figure comes from
   * @return the copy, or this calendar when nothing changes
   */
  public Calendar with(Obligation obligation, Period period, String source) {
    checkNotNull(obligation, "obligation must not be null");
    checkNotNull(period, "period must not be null");
    checkNotNull(source, "source must not be null");
    checkArgument(
        !period.isNegative() && !period.isZero(),
        "Invalid period '%s' for %s: must be positive",
        period,
        obligation);
    checkArgument(!source.isBlank(), "Invalid source for %s: must not be blank", obligation);
    if (period.equals(periods.get(obligation)) && source.equals(sources.get(obligation))) {
      return this;
    }
    Map<Obligation, Period> newPeriods = new EnumMap<>(Obligation.class);
    newPeriods.putAll(periods);
    newPeriods.put(obligation, period);
    Map<Obligation, String> newSources = new EnumMap<>(Obligation.class);
    newSources.putAll(sources);
    newSources.put(obligation, source);
    return new Calendar(ImmutableMap.copyOf(newPeriods), ImmutableMap.copyOf(newSources));
  }

  /**
   * The obligations, in their natural order, with their periods.
   *
   * @return the periods
   */
  public ImmutableMap<Obligation, Period> periods() {
    return periods;
  }

  /**
   * Where the figure of an obligation comes from.
   *
   * @param obligation the obligation
   * @return its source, or empty when the calendar does not carry it
   */
  public Optional<String> source(Obligation obligation) {
    checkNotNull(obligation, "obligation must not be null");
    return Optional.ofNullable(sources.get(obligation));
  }

  /**
   * Checks every obligation at a date.
   *
   * @param schedule what happened and when; dates after {@code on} count as not happened yet
   * @param on the date of the check
   * @return one check per obligation, in their natural order
   */
  public ImmutableList<ObligationCheck> check(Schedule schedule, LocalDate on) {
    checkNotNull(schedule, "schedule must not be null");
    checkNotNull(on, "on must not be null");
    Optional<LocalDate> announced = by(schedule.announced(), on);
    Optional<LocalDate> opened = by(schedule.opened(), on);
    Optional<LocalDate> closed = by(schedule.closed(), on);
    Optional<LocalDate> reported = by(schedule.reported(), on);
    Optional<LocalDate> answered = by(schedule.answered(), on);
    ImmutableList.Builder<ObligationCheck> checks = ImmutableList.builder();
    for (Map.Entry<Obligation, Period> entry : periods.entrySet()) {
      Obligation obligation = entry.getKey();
      Period period = entry.getValue();
      String source = requireNonNull(sources.get(obligation), "a period without its source");
      ObligationCheck check =
          switch (obligation) {
            case ADVANCE_NOTICE -> notice(period, source, announced, opened);
            case MIN_DURATION -> minimum(period, source, opened, closed);
            case MAX_DURATION ->
                deadline(obligation, period, source, on, opened, closed, "opening", "closing");
            case GUARANTOR_REPORT ->
                deadline(obligation, period, source, on, closed, reported, "closing", "report");
            case OWNER_ANSWER ->
                deadline(obligation, period, source, on, reported, answered, "report", "answer");
          };
      checks.add(check);
    }
    return checks.build();
  }

  private static Optional<LocalDate> by(Optional<LocalDate> date, LocalDate on) {
    return date.filter(d -> !d.isAfter(on));
  }

  private static ObligationCheck notice(
      Period period, String source, Optional<LocalDate> announced, Optional<LocalDate> opened) {
    Obligation obligation = Obligation.ADVANCE_NOTICE;
    if (opened.isEmpty()) {
      return new ObligationCheck(
          obligation,
          period,
          source,
          ObligationStatus.PENDING,
          Optional.empty(),
          "not opened yet"
              + announced
                  .map(a -> "; announced on " + a + ", may open from " + a.plus(period))
                  .orElse(""));
    }
    LocalDate due = opened.get().minus(period);
    boolean met = announced.isPresent() && !announced.get().isAfter(due);
    return new ObligationCheck(
        obligation,
        period,
        source,
        met ? ObligationStatus.MET : ObligationStatus.MISSED,
        Optional.of(due),
        announced
            .map(a -> "announced on " + a + ", opened on " + opened.get() + "; due by " + due)
            .orElse("opened on " + opened.get() + " without an announcement"));
  }

  private static ObligationCheck minimum(
      Period period, String source, Optional<LocalDate> opened, Optional<LocalDate> closed) {
    Obligation obligation = Obligation.MIN_DURATION;
    if (opened.isEmpty()) {
      return new ObligationCheck(
          obligation, period, source, ObligationStatus.PENDING, Optional.empty(), "not opened yet");
    }
    LocalDate due = opened.get().plus(period);
    if (closed.isEmpty()) {
      return new ObligationCheck(
          obligation,
          period,
          source,
          ObligationStatus.PENDING,
          Optional.of(due),
          "open since " + opened.get() + "; may close from " + due);
    }
    boolean met = !closed.get().isBefore(due);
    return new ObligationCheck(
        obligation,
        period,
        source,
        met ? ObligationStatus.MET : ObligationStatus.MISSED,
        Optional.of(due),
        "opened on " + opened.get() + ", closed on " + closed.get() + "; could close from " + due);
  }

  private static ObligationCheck deadline(
      Obligation obligation,
      Period period,
      String source,
      LocalDate on,
      Optional<LocalDate> anchor,
      Optional<LocalDate> done,
      String anchorName,
      String doneName) {
    if (anchor.isEmpty()) {
      return new ObligationCheck(
          obligation,
          period,
          source,
          ObligationStatus.PENDING,
          Optional.empty(),
          "no " + anchorName + " yet");
    }
    LocalDate due = anchor.get().plus(period);
    if (done.isPresent()) {
      boolean met = !done.get().isAfter(due);
      return new ObligationCheck(
          obligation,
          period,
          source,
          met ? ObligationStatus.MET : ObligationStatus.MISSED,
          Optional.of(due),
          anchorName
              + " on "
              + anchor.get()
              + ", "
              + doneName
              + " on "
              + done.get()
              + "; due by "
              + due);
    }
    return new ObligationCheck(
        obligation,
        period,
        source,
        on.isAfter(due) ? ObligationStatus.MISSED : ObligationStatus.PENDING,
        Optional.of(due),
        anchorName + " on " + anchor.get() + ", no " + doneName + " by " + on + "; due by " + due);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Calendar that
        && periods.equals(that.periods)
        && sources.equals(that.sources);
  }

  @Override
  public int hashCode() {
    return periods.hashCode() * 31 + sources.hashCode();
  }

  @Override
  public String toString() {
    return "Calendar" + periods;
  }
}
