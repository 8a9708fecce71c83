package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * What a voting rule decided, and why.
 *
 * <p>The {@code details} map is ready to print as JSON: its values are strings, numbers, booleans,
 * lists and maps with string keys (scores, the pairwise matrix, strongest paths, rounds). A tie
 * that decided the winners is flagged and listed in the details or explanation, never hidden.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule's name, as on the command line
 * @param winners the winners; more than the seats only when a tie could not be broken
 * @param ranking the full ranking, best tier first; candidates in one tier are tied
 * @param tie whether a tie decided or blurred the winners
 * @param details the tally
 * @param explanation a readable account of the count, in English
 * @param account the same account as typed facts, line by line, to render in any language
 */
public record ChoiceOutcome(
    String rule,
    ImmutableList<String> winners,
    ImmutableList<ImmutableList<String>> ranking,
    boolean tie,
    ImmutableMap<String, Object> details,
    String explanation,
    ImmutableList<ChoiceFact> account) {
  /**
   * Validates the outcome.
   *
   * @param rule the rule's name, as on the command line
   * @param winners the winners; more than the seats only when a tie could not be broken
   * @param ranking the full ranking, best tier first; candidates in one tier are tied
   * @param tie whether a tie decided or blurred the winners
   * @param details the tally
   * @param explanation a readable account of the count, in English
   * @param account the same account as typed facts
   */
  public ChoiceOutcome {
    checkNotNull(rule, "rule must not be null");
    winners = ImmutableList.copyOf(checkNotNull(winners, "winners must not be null"));
    ranking = ImmutableList.copyOf(checkNotNull(ranking, "ranking must not be null"));
    details = ImmutableMap.copyOf(checkNotNull(details, "details must not be null"));
    checkNotNull(explanation, "explanation must not be null");
    account = ImmutableList.copyOf(checkNotNull(account, "account must not be null"));
  }
}
