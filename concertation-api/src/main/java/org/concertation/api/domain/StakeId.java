package org.concertation.api.domain;

/**
 * The identity of a stake in one process, chosen by the host or the author of the command.
 *
 * <p>Not blank, no surrounding spaces, at most 200 characters. Ordered by its text. This class is
 * immutable and thread-safe.
 *
 * @param value the identifier's text
 */
public record StakeId(String value) implements Comparable<StakeId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier's text
   */
  public StakeId {
    Checks.id("stake id", value);
  }

  /**
   * Returns the identity with this text.
   *
   * @param value the identifier's text
   * @return the identity
   * @throws IllegalArgumentException if the text is blank, padded or too long
   */
  public static StakeId of(String value) {
    return new StakeId(value);
  }

  @Override
  public int compareTo(StakeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
