package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.core.text.Texts;

/**
 * Where a charter stands on one dimension, from the mission logic (0) to the project logic (1): the
 * share of the dimension's indicators it meets, each with the sentence that shows it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dimension the dimension
 * @param indicators the dimension's indicators, each met or not, in order
 */
public record DimensionScore(Dimension dimension, ImmutableList<Indicator> indicators) {
  /**
   * Validates the score.
   *
   * @param dimension the dimension
   * @param indicators the dimension's indicators, each met or not, in order
   */
  public DimensionScore {
    checkNotNull(dimension, "dimension must not be null");
    indicators = ImmutableList.copyOf(checkNotNull(indicators, "indicators must not be null"));
    checkArgument(!indicators.isEmpty(), "Invalid score of '%s': no indicator", dimension);
  }

  /**
   * How many indicators are met.
   *
   * @return the count
   */
  public int met() {
    return (int) indicators.stream().filter(Indicator::met).count();
  }

  /**
   * The score: indicators met over indicators.
   *
   * @return a number from 0 (mission logic) to 1 (project logic)
   */
  public double score() {
    return (double) met() / indicators.size();
  }

  /**
   * One sentence per indicator in English, starting with {@code "yes: "} or {@code "no: "}.
   *
   * @return the sentences
   */
  public ImmutableList<String> evidence() {
    return indicators.stream().map(Indicator::toString).collect(ImmutableList.toImmutableList());
  }

  /**
   * One sentence per indicator in a language, saying whether it is met.
   *
   * @param texts the language's texts
   * @return the sentences
   */
  public ImmutableList<String> evidence(Texts texts) {
    checkNotNull(texts, "texts must not be null");
    return indicators.stream().map(i -> i.text(texts)).collect(ImmutableList.toImmutableList());
  }

  /**
   * One indicator of a dimension: whether the charter meets it, and what shows it.
   *
   * @param met whether it is met
   * @param evidence what shows it
   */
  public record Indicator(boolean met, Evidence evidence) {
    /**
     * Validates the indicator.
     *
     * @param met whether it is met
     * @param evidence what shows it
     */
    public Indicator {
      checkNotNull(evidence, "evidence must not be null");
    }

    /**
     * The indicator in a language: {@code yes: ...} or {@code no: ...} in English.
     *
     * @param texts the language's texts
     * @return the sentence
     */
    public String text(Texts texts) {
      return Evidence.of(met ? "yes" : "no", evidence).text(texts);
    }

    @Override
    public String toString() {
      return Evidence.of(met ? "yes" : "no", evidence).english();
    }
  }
}
