package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Map;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.BudgetTerms;
import org.concertation.core.budget.BudgetIncrement;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Utility;
import org.concertation.core.choice.GradedRule;
import org.concertation.core.choice.RankedRule;

/**
 * Maps a charter's {@link BallotRule} to the standalone rule that counts it: a {@link RankedRule},
 * a {@link GradedRule} or a configured {@link BudgetRule}, each found by its label. A rule the core
 * cannot count is refused with an {@link IllegalArgumentException} that names it: an unknown label,
 * utility or increment, or a judging rule whose grades do not read from worse to better. A rule
 * with college weights is counted weighted ({@link BallotCount}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BallotRules {
  private BallotRules() {}

  /**
   * Checks that the core can count every ballot rule of a charter.
   *
   * @param charter the charter
   * @return the charter
   * @throws IllegalArgumentException naming the round and the rule that cannot be counted
   */
  @CanIgnoreReturnValue
  public static Charter check(Charter charter) {
    checkNotNull(charter, "charter must not be null");
    for (Map.Entry<Integer, BallotRule> entry : charter.ballotRules().entrySet()) {
      try {
        var unused = check(entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Invalid charter '"
                + charter.name()
                + "': the ballot rule of round "
                + entry.getKey()
                + " cannot be counted: "
                + e.getMessage(),
            e);
      }
    }
    return charter;
  }

  /**
   * Checks that the core can count a ballot rule.
   *
   * @param rule the rule
   * @return the rule
   * @throws IllegalArgumentException naming what cannot be counted
   */
  @CanIgnoreReturnValue
  public static BallotRule check(BallotRule rule) {
    checkNotNull(rule, "rule must not be null");
    var unused =
        switch (rule.kind()) {
          case RANKED -> ranked(rule);
          case APPROVAL, GRADED -> graded(rule);
          case BUDGET -> budget(rule);
        };
    return rule;
  }

  /**
   * The ranked rule that counts a ranked ballot rule.
   *
   * @param rule a rule of kind {@link BallotRule.Kind#RANKED}
   * @return the standalone rule
   * @throws IllegalArgumentException for another kind or an unknown label
   */
  public static RankedRule ranked(BallotRule rule) {
    checkArgument(
        rule.kind() == BallotRule.Kind.RANKED, "rule '%s' is not a ranked rule", rule.label());
    return RankedRule.fromLabel(rule.label());
  }

  /**
   * The graded rule that counts an approval or graded ballot rule.
   *
   * @param rule a rule of kind {@link BallotRule.Kind#APPROVAL} or {@link BallotRule.Kind#GRADED}
   * @return the standalone rule
   * @throws IllegalArgumentException for another kind, an unknown label, gradients of agreement on
   *     another scale than Kaner's, or gradients of agreement judging
   */
  public static GradedRule graded(BallotRule rule) {
    checkArgument(
        rule.kind() == BallotRule.Kind.APPROVAL || rule.kind() == BallotRule.Kind.GRADED,
        "rule '%s' is not an approval or graded rule",
        rule.label());
    GradedRule graded = GradedRule.fromLabel(rule.label());
    if (graded == GradedRule.GRADIENTS_OF_AGREEMENT) {
      checkArgument(
          rule.scale().orElseThrow().lowest() == 1 && rule.scale().orElseThrow().highest() == 8,
          "gradients of agreement grade from 1 to 8, not on %s",
          rule.scale().orElseThrow());
      // a lower gradient agrees more: "reaching" a threshold would read the scale upside down
      checkArgument(
          !rule.judges(), "gradients of agreement rank the proposals; they do not judge each");
    }
    return graded;
  }

  /**
   * The budgeting rule that counts a budget ballot rule, configured by its terms.
   *
   * @param rule a rule of kind {@link BallotRule.Kind#BUDGET}
   * @return the standalone rule
   * @throws IllegalArgumentException for another kind, an unknown label, utility or increment, or a
   *     completion the rule does not accept
   */
  public static BudgetRule budget(BallotRule rule) {
    checkArgument(
        rule.kind() == BallotRule.Kind.BUDGET, "rule '%s' is not a budget rule", rule.label());
    BudgetTerms terms = rule.budget().orElseThrow();
    BudgetRule budget =
        BudgetRule.fromLabel(rule.label(), Utility.fromLabel(terms.utility()))
            .withMinApprovals(terms.minApprovals())
            .withGreedyCompletion(terms.greedyCompletion());
    if (terms.increment().isPresent()) {
      budget = budget.withIncrement(BudgetIncrement.parse(terms.increment().get()));
    }
    return budget;
  }
}
