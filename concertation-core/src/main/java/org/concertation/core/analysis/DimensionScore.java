package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Where a charter stands on one dimension, from the mission logic (0) to the project logic (1): the
 * share of the dimension's indicators it meets, each with the sentence that shows it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dimension the dimension
 * @param met how many indicators are met
 * @param evidence one sentence per indicator, starting with {@code "yes: "} or {@code "no: "}
 */
public record DimensionScore(Dimension dimension, int met, ImmutableList<String> evidence) {
  /**
   * Validates the score.
   *
   * @param dimension the dimension
   * @param met how many indicators are met
   * @param evidence one sentence per indicator, starting with {@code "yes: "} or {@code "no: "}
   */
  public DimensionScore {
    checkNotNull(dimension, "dimension must not be null");
    evidence = ImmutableList.copyOf(checkNotNull(evidence, "evidence must not be null"));
    checkArgument(!evidence.isEmpty(), "Invalid score of '%s': no indicator", dimension);
    checkArgument(
        met >= 0 && met <= evidence.size(),
        "Invalid score of '%s': %s met out of %s indicators",
        dimension,
        met,
        evidence.size());
  }

  /**
   * The score: indicators met over indicators.
   *
   * @return a number from 0 (mission logic) to 1 (project logic)
   */
  public double score() {
    return (double) met / evidence.size();
  }
}
