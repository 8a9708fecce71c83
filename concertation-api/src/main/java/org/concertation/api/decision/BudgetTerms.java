package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a budget round may spend and how its rule spends it: the envelope, the utility ({@code cost}
 * or {@code approval}), whether greedy completes the Method of Equal Shares, the step by which the
 * voters' budgets are raised ({@code "1%"} of the envelope or an amount per voter such as {@code
 * "2.5"}), and the least approvals a proposal needs to be funded. The names are checked by the core
 * when the charter is used.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param envelope the amount the round may spend, at least 0
 * @param utility {@code cost} or {@code approval}
 * @param greedyCompletion whether greedy spends what equal shares leaves
 * @param increment the step of the voters' budgets, if equal shares raises them
 * @param minApprovals the least approvals a proposal needs, at least 0
 */
public record BudgetTerms(
    long envelope,
    String utility,
    boolean greedyCompletion,
    Optional<String> increment,
    long minApprovals) {
  /** The utility of a budget round unless the charter names another: a voter gains the cost. */
  public static final String COST_UTILITY = "cost";

  /**
   * Validates the terms.
   *
   * @param envelope the amount the round may spend, at least 0
   * @param utility {@code cost} or {@code approval}
   * @param greedyCompletion whether greedy spends what equal shares leaves
   * @param increment the step of the voters' budgets, if equal shares raises them
   * @param minApprovals the least approvals a proposal needs, at least 0
   */
  public BudgetTerms {
    checkArgument(envelope >= 0, "Invalid envelope '%s': must be at least 0", envelope);
    checkNotNull(utility, "utility must not be null");
    checkArgument(!utility.isBlank(), "Invalid utility '%s': must not be blank", utility);
    checkNotNull(increment, "increment must not be null (use Optional.empty())");
    increment.ifPresent(
        step -> checkArgument(!step.isBlank(), "Invalid increment '%s': must not be blank", step));
    checkArgument(
        minApprovals >= 0, "Invalid minimum approvals '%s': must be at least 0", minApprovals);
  }

  /**
   * An envelope spent with the cost utility, no completion and no minimum.
   *
   * @param envelope the amount, at least 0
   * @return the terms
   */
  public static BudgetTerms of(long envelope) {
    return new BudgetTerms(envelope, COST_UTILITY, false, Optional.empty(), 0);
  }
}
