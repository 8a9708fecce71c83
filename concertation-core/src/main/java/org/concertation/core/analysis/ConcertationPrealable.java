package org.concertation.core.analysis;

import java.time.Period;

/**
 * The French <i>concertation préalable</i> of the environment code (code de l'environnement, livre
 * Ier, titre II, chapitre Ier, section 3) as a rule pack: the dated obligations whose figures were
 * checked against the text of its article L121-16, in the consolidated version of 12 August 2018.
 *
 * <p>Article L121-16 sets a minimum duration of fifteen days and a maximum of three months, and
 * requires the public to be told of the arrangements and the duration fifteen days before the
 * concertation begins. The calendar counts these in calendar days and months ({@link Calendar}); it
 * does not apply the rules on how French legal time limits are computed.
 *
 * <p>The deadline for the guarantor's report and for the project owner's answer are left out: their
 * figures were not checked against the legal text. Check the version in force before relying on any
 * figure.
 */
public final class ConcertationPrealable {
  /** The source of every figure here. */
  public static final String L121_16 =
      "code de l'environnement, art. L121-16 (version consolidée au 12 août 2018)";

  private ConcertationPrealable() {}

  /**
   * The obligations: fifteen days' notice, at least fifteen days, at most three months.
   *
   * @return the calendar
   */
  public static Calendar calendar() {
    return Calendar.empty()
        .with(Obligation.ADVANCE_NOTICE, Period.ofDays(15), L121_16)
        .with(Obligation.MIN_DURATION, Period.ofDays(15), L121_16)
        .with(Obligation.MAX_DURATION, Period.ofMonths(3), L121_16);
  }
}
