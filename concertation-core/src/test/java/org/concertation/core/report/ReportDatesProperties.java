package org.concertation.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

class ReportDatesProperties {
  /** The first and last second the report's dates are drawn between: years 2000 to 2100. */
  private static final long FIRST_SECOND = 946_684_800L;

  private static final long LAST_SECOND = 4_102_444_800L;

  /** What the report printed before dates went through formatters: {@code Instant.toString}. */
  private static String asInstantPrints(Instant at) {
    return at.toString().replace("T", " ").replace(":00Z", " UTC").replace("Z", " UTC");
  }

  @Test
  void datesReadAsTheInstantPrintsThemToTheMinuteSecondAndEveryFraction() {
    PropertyHarness.forAll(
        "report dates",
        2000,
        random -> {
          long second = random.nextLong(FIRST_SECOND, LAST_SECOND);
          // whole minutes, whole seconds, then millis, micros and nanos: every precision printed
          long seconds = random.nextBoolean() ? second - second % 60 : second;
          int nano =
              switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1, 1000) * 1_000_000;
                case 2 -> random.nextInt(1, 1_000_000) * 1_000;
                default -> random.nextInt(1, 1_000_000_000);
              };
          return Instant.ofEpochSecond(seconds, nano);
        },
        (at, random) -> assertThat(PublicReport.date(at)).isEqualTo(asInstantPrints(at)));
  }
}
