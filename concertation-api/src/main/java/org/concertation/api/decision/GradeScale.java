package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The grades a graded ballot may give: consecutive integers from {@code lowest}, one per name, the
 * names read from the lowest grade up.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lowest the lowest grade
 * @param names the name of each grade, from the lowest; at least two, distinct and not blank
 */
public record GradeScale(int lowest, ImmutableList<String> names) {
  /** The names of the gradients of agreement, from grade 1 (wholehearted endorsement) to 8. */
  private static final ImmutableList<String> GRADIENTS =
      ImmutableList.of(
          "wholehearted endorsement",
          "agreement with a minor point of contention",
          "support with reservations",
          "abstain",
          "more discussion needed",
          "don't like but will support",
          "serious disagreement",
          "veto");

  /** The lowest grade of Kaner's gradients of agreement. */
  private static final int FIRST_GRADIENT = 1;

  /**
   * Validates the scale.
   *
   * @param lowest the lowest grade
   * @param names the name of each grade, from the lowest; at least two, distinct and not blank
   */
  public GradeScale {
    names = ImmutableList.copyOf(checkNotNull(names, "names must not be null"));
    checkArgument(names.size() >= 2, "Invalid grade scale %s: it needs at least two grades", names);
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      checkArgument(
          !name.isBlank() && seen.add(name),
          "Invalid grade scale %s: grade name '%s' is blank or appears twice",
          names,
          name);
    }
    checkArgument(
        (long) lowest + names.size() - 1 <= Integer.MAX_VALUE,
        "Invalid grade scale from %s: its highest grade is out of range",
        lowest);
  }

  /**
   * A scale of named grades from 0.
   *
   * @param names the names, from the lowest grade
   * @return the scale
   */
  public static GradeScale named(String... names) {
    return new GradeScale(0, ImmutableList.copyOf(names));
  }

  /**
   * The approval scale: 0 (not approved) and 1 (approved).
   *
   * @return the scale
   */
  public static GradeScale approval() {
    return named("not approved", "approved");
  }

  /**
   * A score scale from 0 to {@code max}, each grade named by its number.
   *
   * @param max the highest score, at least 1
   * @return the scale
   */
  public static GradeScale score(int max) {
    checkArgument(max >= 1, "Invalid score scale 0..%s: the highest score must be at least 1", max);
    return new GradeScale(
        0,
        IntStream.rangeClosed(0, max)
            .mapToObj(Integer::toString)
            .collect(ImmutableList.toImmutableList()));
  }

  // exante: the scale of a criterion that names none

  /**
   * The rating scale: grades 1 to 5, each named by its number, on which criteria are graded unless
   * they name another scale (the scores of {@code Rating}).
   *
   * @return the scale
   */
  public static GradeScale rating() {
    return RATING;
  }

  private static final int LOWEST_RATING = 1;
  private static final GradeScale RATING =
      new GradeScale(LOWEST_RATING, ImmutableList.of("1", "2", "3", "4", "5"));

  /**
   * Kaner's gradients of agreement: 1 (wholehearted endorsement) to 8 (veto); a lower grade agrees
   * more.
   *
   * @return the scale
   */
  public static GradeScale gradientsOfAgreement() {
    return new GradeScale(FIRST_GRADIENT, GRADIENTS);
  }

  /**
   * The highest grade.
   *
   * @return {@code lowest + names().size() - 1}
   */
  public int highest() {
    return lowest + names.size() - 1;
  }

  /**
   * Tells whether a grade is on this scale.
   *
   * @param grade the grade
   * @return true when it lies from {@link #lowest()} to {@link #highest()}
   */
  public boolean contains(int grade) {
    return grade >= lowest && grade <= highest();
  }

  /**
   * The name of a grade.
   *
   * @param grade a grade on this scale
   * @return its name
   */
  public String name(int grade) {
    checkArgument(
        contains(grade), "Invalid grade '%s': not on the scale %s..%s", grade, lowest, highest());
    return names.get(grade - lowest);
  }
}
