package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator of an action: expected and, once reported, observed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the indicator
 * @param action the action it measures
 * @param name what it measures
 * @param unit its unit
 * @param expected the expected value
 * @param observed the last observed value, if reported
 */
public record Indicator(
    IndicatorId id,
    ActionId action,
    String name,
    String unit,
    BigDecimal expected,
    Optional<BigDecimal> observed) {
  /**
   * Validates the indicator.
   *
   * @param id the indicator
   * @param action the action it measures
   * @param name what it measures
   * @param unit its unit
   * @param expected the expected value
   * @param observed the last observed value, if reported
   */
  public Indicator {
    checkNotNull(id, "id must not be null");
    checkNotNull(action, "action must not be null");
    checkNotNull(name, "name must not be null");
    checkNotNull(unit, "unit must not be null");
    checkNotNull(expected, "expected must not be null");
    checkNotNull(observed, "observed must not be null");
  }
}
