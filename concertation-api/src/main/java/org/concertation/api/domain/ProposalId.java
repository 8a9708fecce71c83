package org.concertation.api.domain;

/**
 * The identity of a proposal in one process, chosen by the host or the author of the command.
 *
 * <p>Not blank, no surrounding spaces, at most 200 characters. Ordered by its text. This class is
 * immutable and thread-safe.
 *
 * @param value the identifier's text
 */
public record ProposalId(String value) implements Comparable<ProposalId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier's text
   */
  public ProposalId {
    Checks.id("proposal id", value);
  }

  /**
   * Returns the identity with this text.
   *
   * @param value the identifier's text
   * @return the identity
   * @throws IllegalArgumentException if the text is blank, padded or too long
   */
  public static ProposalId of(String value) {
    return new ProposalId(value);
  }

  @Override
  public int compareTo(ProposalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
