package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The projects a budgeting rule funds, and why.
 *
 * <p>The {@code details} map is ready to print as JSON: its values are strings, numbers, booleans,
 * lists and maps with string keys. Every tie that the code point order of ids settled is listed in
 * {@code ties}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule's name, as on the command line ({@code greedy}, {@code mes}, {@code
 *     phragmen})
 * @param utility the utility's name ({@code cost} or {@code approval})
 * @param selected the funded projects' ids, in the order the rule chose them
 * @param cost the total cost of the funded projects
 * @param budget the budget limit
 * @param ties one line per tie broken in favour of the id first in code point order
 * @param details the tally: rounds, prices, loads
 * @param explanation a readable account, in English
 * @param account the same account as typed facts, line by line, to render in any language
 */
public record BudgetOutcome(
    String rule,
    String utility,
    ImmutableList<String> selected,
    long cost,
    long budget,
    ImmutableList<String> ties,
    ImmutableMap<String, Object> details,
    String explanation,
    ImmutableList<BudgetFact> account) {
  /**
   * Validates the outcome.
   *
   * @param rule the rule's name, as on the command line ({@code greedy}, {@code mes}, {@code
   *     phragmen})
   * @param utility the utility's name ({@code cost} or {@code approval})
   * @param selected the funded projects' ids, in the order the rule chose them
   * @param cost the total cost of the funded projects
   * @param budget the budget limit
   * @param ties one line per tie broken in favour of the id first in code point order
   * @param details the tally: rounds, prices, loads
   * @param explanation a readable account, in English
   * @param account the same account as typed facts
   */
  public BudgetOutcome {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(utility, "utility must not be null");
    selected = ImmutableList.copyOf(checkNotNull(selected, "selected must not be null"));
    ties = ImmutableList.copyOf(checkNotNull(ties, "ties must not be null"));
    details = ImmutableMap.copyOf(checkNotNull(details, "details must not be null"));
    checkNotNull(explanation, "explanation must not be null");
    account = ImmutableList.copyOf(checkNotNull(account, "account must not be null"));
  }

  /**
   * Whether a tie was broken by the code point order of ids.
   *
   * @return whether {@link #ties()} is not empty
   */
  public boolean tie() {
    return !ties.isEmpty();
  }
}
