package org.concertation.api.domain;

/**
 * The identity of a criterion in one process, chosen by the host or the author of the command.
 *
 * <p>Not blank, no surrounding spaces, at most 200 characters. Ordered by its text. This class is
 * immutable and thread-safe.
 *
 * @param value the identifier's text
 */
public record CriterionId(String value) implements Comparable<CriterionId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier's text
   */
  public CriterionId {
    Checks.id("criterion id", value);
  }

  /**
   * Returns the identity with this text.
   *
   * @param value the identifier's text
   * @return the identity
   * @throws IllegalArgumentException if the text is blank, padded or too long
   */
  public static CriterionId of(String value) {
    return new CriterionId(value);
  }

  @Override
  public int compareTo(CriterionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
