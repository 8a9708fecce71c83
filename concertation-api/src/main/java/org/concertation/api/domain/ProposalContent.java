package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one version of a proposal says: a title, a text, the stakes it answers and, optionally, its
 * cost.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title a short title, not blank
 * @param text the proposal itself, not blank
 * @param stakes the stakes it addresses
 * @param cost what it would cost, not negative, if known
 */
public record ProposalContent(
    PersonalText title,
    PersonalText text,
    ImmutableSet<StakeId> stakes,
    Optional<BigDecimal> cost) {
  /**
   * Validates the content.
   *
   * @param title a short title, not blank
   * @param text the proposal itself, not blank
   * @param stakes the stakes it addresses
   * @param cost what it would cost, not negative, if known
   */
  public ProposalContent {
    Checks.personal("proposal title", title);
    Checks.personal("proposal text", text);
    stakes = ImmutableSet.copyOf(checkNotNull(stakes, "stakes must not be null"));
    checkNotNull(cost, "cost must not be null (use Optional.empty())");
    cost.ifPresent(c -> Checks.nonNegative("proposal cost", c));
  }

  /**
   * A content whose title and text are given as present texts.
   *
   * @param title its title
   * @param text its text
   * @param stakes the stakes it answers
   * @param cost its cost, if known
   */
  public ProposalContent(
      String title, String text, ImmutableSet<StakeId> stakes, Optional<BigDecimal> cost) {
    this(PersonalText.of(title), PersonalText.of(text), stakes, cost);
  }

  /**
   * A copy with another title and text: the same values sealed, or erased.
   *
   * @param newTitle the title
   * @param newText the text
   * @return the copy, or this content if both are the same values
   */
  public ProposalContent withTexts(PersonalText newTitle, PersonalText newText) {
    if (newTitle == title && newText == text) {
      return this;
    }
    return new ProposalContent(newTitle, newText, stakes, cost);
  }

  /**
   * Content with a cost.
   *
   * @param title the title
   * @param text the text
   * @param cost the cost, not negative
   * @param stakes the stakes addressed
   * @return the content
   */
  public static ProposalContent of(String title, String text, long cost, StakeId... stakes) {
    return new ProposalContent(
        title, text, ImmutableSet.copyOf(stakes), Optional.of(BigDecimal.valueOf(cost)));
  }

  /**
   * Content without a cost.
   *
   * @param title the title
   * @param text the text
   * @param stakes the stakes addressed
   * @return the content
   */
  public static ProposalContent of(String title, String text, StakeId... stakes) {
    return new ProposalContent(title, text, ImmutableSet.copyOf(stakes), Optional.empty());
  }
}
