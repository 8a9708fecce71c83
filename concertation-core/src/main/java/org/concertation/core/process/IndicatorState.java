package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.IndicatorId;

/**
 * An indicator of an action: expected and, once reported, observed.
 *
 * @param id the indicator
 * @param action the action it measures
 * @param name what it measures
 * @param unit its unit
 * @param expected the expected value
 * @param observed the last observed value, if reported
 */
public record IndicatorState(
    IndicatorId id,
    ActionId action,
    String name,
    String unit,
    BigDecimal expected,
    Optional<BigDecimal> observed) {
  /** Validates the indicator. */
  public IndicatorState {
    checkNotNull(id, "id must not be null");
    checkNotNull(action, "action must not be null");
    checkNotNull(name, "name must not be null");
    checkNotNull(unit, "unit must not be null");
    checkNotNull(expected, "expected must not be null");
    checkNotNull(observed, "observed must not be null");
  }
}
