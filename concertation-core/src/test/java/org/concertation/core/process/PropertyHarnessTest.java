package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PropertyHarnessTest {
  @Test
  void shrinksAFailingSequenceToItsShortestFailingSubsequence() {
    // fails whenever the sequence holds a 7 somewhere after a 3
    List<Integer> failing = List.of(1, 9, 3, 4, 4, 8, 2, 7, 5, 6);
    List<Integer> shortest = PropertyHarness.shrink(failing, PropertyHarnessTest::threeThenSeven);
    assertThat(shortest).containsExactly(3, 7);
  }

  @Test
  void reportsTheSeedAndTheShrunkSequenceOfTheFirstFailure() {
    assertThatThrownBy(
            () ->
                PropertyHarness.forAll(
                    200,
                    random -> {
                      List<Integer> sequence = new ArrayList<>();
                      for (int i = 0; i < 20; i++) {
                        sequence.add(random.nextInt(10));
                      }
                      return sequence;
                    },
                    PropertyHarnessTest::threeThenSeven))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("property failed for seed ")
        .hasMessageContaining("shortest failing sequence (2 of 20 steps)")
        .hasMessageContaining("1. 3")
        .hasMessageContaining("2. 7");
  }

  @Test
  void passesWhenThePropertyHoldsForEveryTry() {
    int tried =
        PropertyHarness.forAll(50, random -> List.of(random.nextInt(3)), s -> Optional.empty());
    assertThat(tried).isEqualTo(50);
  }

  private static Optional<String> threeThenSeven(List<Integer> sequence) {
    int three = sequence.indexOf(3);
    return three >= 0 && sequence.subList(three, sequence.size()).contains(7)
        ? Optional.of("a 7 follows a 3")
        : Optional.empty();
  }
}
