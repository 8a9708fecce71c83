package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule decided about one proposal, and why: the verdict, whether an exact tie was settled by
 * the tie-break, the full tally and the grounds of the verdict as typed facts ({@link Grounds}),
 * which the library renders in a reader's language.
 *
 * <p>Outcomes stored before grounds were structured carry their explanation as the English text
 * they were written with ({@link #legacyExplanation()}, such as "blocked: 9 for, 1 against, 0
 * abstaining; 1 reasoned objection stands (by 'karim')"), and their grounds recomputed from the
 * rule and the tally. That text is kept only so that such a history is written back to the very
 * bytes its hash chain commits to; it is never rendered, and it is not part of the outcome's value:
 * {@link #equals} and {@link #hashCode} leave it out, so an old outcome equals the one its
 * positions give today.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule applied
 * @param verdict the verdict
 * @param tie whether the decisive comparison was an exact tie (settled by the rule's tie-break)
 * @param tally the count
 * @param grounds why the rule gave the verdict
 * @param legacyExplanation the explanation as an older version stored it, or empty
 */
public record Outcome(
    DecisionRule rule,
    Verdict verdict,
    boolean tie,
    Tally tally,
    Grounds grounds,
    Optional<String> legacyExplanation) {
  /**
   * Validates the outcome.
   *
   * @param rule the rule applied
   * @param verdict the verdict
   * @param tie whether the decisive comparison was an exact tie (settled by the rule's tie-break)
   * @param tally the count
   * @param grounds why the rule gave the verdict
   * @param legacyExplanation the explanation as an older version stored it, or empty
   */
  public Outcome {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(verdict, "verdict must not be null");
    checkNotNull(tally, "tally must not be null");
    checkNotNull(grounds, "grounds must not be null");
    checkNotNull(legacyExplanation, "legacy explanation must not be null (use Optional.empty())");
  }

  /**
   * An outcome decided now, with no legacy text.
   *
   * @param rule the rule applied
   * @param verdict the verdict
   * @param tie whether the decisive comparison was an exact tie
   * @param tally the count
   * @param grounds why the rule gave the verdict
   */
  public Outcome(DecisionRule rule, Verdict verdict, boolean tie, Tally tally, Grounds grounds) {
    this(rule, verdict, tie, tally, grounds, Optional.empty());
  }

  /**
   * Tells whether another object is an outcome with the same rule, verdict, tie, tally and grounds;
   * the legacy text is left out.
   *
   * @param other the other object
   * @return true when equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Outcome o
        && rule.equals(o.rule)
        && verdict == o.verdict
        && tie == o.tie
        && tally.equals(o.tally)
        && grounds.equals(o.grounds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, verdict, tie, tally, grounds);
  }
}
