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
    String title, String text, ImmutableSet<StakeId> stakes, Optional<BigDecimal> cost) {
  /**
   * Validates the content.
   *
   * @param title a short title, not blank
   * @param text the proposal itself, not blank
   * @param stakes the stakes it addresses
   * @param cost what it would cost, not negative, if known
   */
  public ProposalContent {
    Checks.text("proposal title", title);
    Checks.text("proposal text", text);
    stakes = ImmutableSet.copyOf(checkNotNull(stakes, "stakes must not be null"));
    checkNotNull(cost, "cost must not be null (use Optional.empty())");
    cost.ifPresent(c -> Checks.nonNegative("proposal cost", c));
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
