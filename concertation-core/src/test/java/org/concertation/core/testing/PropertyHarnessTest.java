package org.concertation.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concertation.core.testing.PropertyHarness.Generator;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PropertyHarnessTest {
  private static final String NO_SEVEN = "no element equals 7";
  private static final Pattern TRY =
      Pattern.compile("failed on try (\\d+) of (\\d+) \\(seed (-?\\d+)\\)");

  /** Twenty digits: about one list in eight holds no 7. */
  private static final Generator<List<Integer>> DIGITS =
      random -> {
        List<Integer> digits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          digits.add(random.nextInt(10));
        }
        return digits;
      };

  private static AssertionFailedError noSevenFailure(PropertyHarness harness) {
    return catchThrowableOfType(
        AssertionFailedError.class,
        () ->
            harness.checkSequences(
                NO_SEVEN, 100, DIGITS, (digits, random) -> assertThat(digits).doesNotContain(7)));
  }

  @Test
  void reportsThePropertyTheSeedTheTryAndHowToReplayIt() {
    AssertionFailedError failure = noSevenFailure(PropertyHarness.of(42, null));

    Matcher tried = TRY.matcher(failure.getMessage());
    assertThat(tried.find()).as(failure.getMessage()).isTrue();
    assertThat(failure.getMessage())
        .startsWith("Property '" + NO_SEVEN + "' failed on try ")
        .contains(" of 100 (seed 42)")
        .contains(
            "Replay: -Dconcertation.seed=42 -Dconcertation.tries="
                + tried.group(1)
                + " -Dtest=PropertyHarnessTest#reportsThePropertyTheSeedTheTryAndHowToReplayIt")
        .contains("Original input:")
        .contains("Original failure: ");
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void shrinksAFailingSequenceToAMinimalOne() {
    AssertionFailedError failure = noSevenFailure(PropertyHarness.of(42, null));

    assertThat(failure.getMessage())
        .contains(String.format("Shrunk input (1 of 20 elements):%n  1. 7%nFailure on the shrunk"));
    assertThat(failure.getCause().getMessage()).contains("[7]");
  }

  @Test
  void shrinksToTheShortestSubsequenceThatStillFails() {
    // fails whenever a 7 comes somewhere after a 3
    List<Integer> failing = List.of(1, 9, 3, 4, 4, 8, 2, 7, 5, 6);
    List<Integer> shortest =
        PropertyHarness.shrinkSequence(failing, PropertyHarnessTest::sevenAfterThree);
    assertThat(shortest).containsExactly(3, 7);
  }

  @Test
  void replayingTheFailingTryGivesTheSameFailure() {
    AssertionFailedError first = noSevenFailure(PropertyHarness.of(-7, null));
    Matcher tried = TRY.matcher(first.getMessage());
    assertThat(tried.find()).isTrue();
    int attempt = Integer.parseInt(tried.group(1));

    AssertionFailedError replayed = noSevenFailure(PropertyHarness.of(-7, attempt));

    assertThat(replayed.getMessage())
        .isEqualTo(first.getMessage().replace(" of 100 (seed", " of " + attempt + " (seed"));
  }

  @Test
  void aFixedSeedDrawsTheSameInputsAndAnotherSeedOthers() {
    assertThat(drawn(PropertyHarness.of(5, null), "p", 50))
        .isEqualTo(drawn(PropertyHarness.of(5, null), "p", 50))
        .isNotEqualTo(drawn(PropertyHarness.of(6, null), "p", 50))
        .isNotEqualTo(drawn(PropertyHarness.of(5, null), "another property", 50));
  }

  @Test
  void aTryDrawsTheSameInputWhateverTheNumberOfTries() {
    List<Long> all = drawn(PropertyHarness.of(5, null), "p", 50);
    List<Long> few = drawn(PropertyHarness.of(5, 7), "p", 50);

    assertThat(all).hasSize(50);
    assertThat(few).containsExactlyElementsOf(all.subList(0, 7));
  }

  @Test
  void thePropertyOfATryGetsTheSameRandomValuesOnEveryRerun() {
    Set<Long> seenOnFailingTry = new HashSet<>();
    List<Integer> lengths = new ArrayList<>();
    assertThatThrownBy(
            () ->
                PropertyHarness.of(1, null)
                    .checkSequences(
                        NO_SEVEN,
                        100,
                        DIGITS,
                        (digits, random) -> {
                          long value = random.nextLong();
                          if (digits.contains(7)) {
                            seenOnFailingTry.add(value);
                            lengths.add(digits.size());
                          }
                          assertThat(digits).doesNotContain(7);
                        }))
        .isInstanceOf(AssertionFailedError.class);

    assertThat(lengths).as("the property was rerun while shrinking").hasSizeGreaterThan(3);
    assertThat(seenOnFailingTry).hasSize(1);
  }

  @Test
  void shrinksAPlainValueThroughItsShrinker() {
    AssertionFailedError failure =
        catchThrowableOfType(
            AssertionFailedError.class,
            () ->
                PropertyHarness.of(3, null)
                    .check(
                        "below one hundred",
                        100,
                        random -> 100 + random.nextInt(1_000_000),
                        n -> List.of(n / 2, n - 1),
                        (n, random) -> assertThat(n).isLessThan(100)));

    assertThat(failure.getMessage())
        .contains(String.format("Shrunk input (the simplest failing input found):%n  100%n"));
  }

  @Test
  void countsTheInputsSetAsideAndRequiresTheGeneratorToReachTheProperty() {
    PropertyHarness harness = PropertyHarness.of(9, null);
    Summary evens =
        harness.check(
            "even numbers are even",
            200,
            random -> random.nextInt(1000),
            n -> List.of(),
            (n, random) -> {
              PropertyHarness.assume(n % 2 == 0);
              assertThat(n % 2).isZero();
            });

    assertThat(evens.tries()).isEqualTo(200);
    assertThat(evens.checked()).isBetween(60, 140);
    assertThat(evens.requireChecked(0.25)).isSameAs(evens);
    assertThatThrownBy(() -> evens.requireChecked(0.9))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("Property 'even numbers are even' was about only " + evens.checked())
        .hasMessageContaining("of 200 inputs (seed 9)");
  }

  @Test
  void aShortenedRunDoesNotJudgeHowOftenTheGeneratorReachesTheProperty() {
    Summary replay =
        PropertyHarness.of(9, 3)
            .check(
                "nothing is checked",
                200,
                random -> random.nextInt(),
                n -> List.of(),
                (n, random) -> PropertyHarness.assume(false));

    assertThat(replay.isFullRun()).isFalse();
    assertThat(replay.checked()).isZero();
    assertThat(replay.requireChecked(1.0)).isSameAs(replay);
  }

  @Test
  void theSystemPropertiesSetTheSeedAndTheTries() {
    String seed = System.getProperty(PropertyHarness.SEED_PROPERTY);
    String tries = System.getProperty(PropertyHarness.TRIES_PROPERTY);
    try {
      System.setProperty(PropertyHarness.SEED_PROPERTY, "77");
      System.setProperty(PropertyHarness.TRIES_PROPERTY, "4");
      Summary summary =
          PropertyHarness.forAll("anything", 1000, random -> random.nextInt(), (n, random) -> {});
      assertThat(summary.seed()).isEqualTo(77);
      assertThat(summary.tries()).isEqualTo(4);

      System.clearProperty(PropertyHarness.SEED_PROPERTY);
      System.clearProperty(PropertyHarness.TRIES_PROPERTY);
      Summary byDefault =
          PropertyHarness.forAll("anything", 12, random -> random.nextInt(), (n, random) -> {});
      assertThat(byDefault.seed()).isEqualTo(PropertyHarness.DEFAULT_SEED);
      assertThat(byDefault.tries()).isEqualTo(12);
      assertThat(byDefault.isFullRun()).isTrue();
    } finally {
      restore(PropertyHarness.SEED_PROPERTY, seed);
      restore(PropertyHarness.TRIES_PROPERTY, tries);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  private static List<Long> drawn(PropertyHarness harness, String name, int defaultTries) {
    List<Long> drawn = new ArrayList<>();
    harness.check(
        name,
        defaultTries,
        SplittableRandom::nextLong,
        n -> List.of(),
        (n, random) -> drawn.add(n));
    return drawn;
  }

  private static boolean sevenAfterThree(List<Integer> sequence) {
    int three = sequence.indexOf(3);
    return three >= 0 && sequence.subList(three, sequence.size()).contains(7);
  }
}
