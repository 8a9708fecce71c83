package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.IndicatorId;

/**
 * An indicator of an action: its expected value and, once reported, its observed one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param defined when, and by whom, it was defined
 * @param id its identity
 * @param action the action
 * @param name what it measures
 * @param unit its unit
 * @param expected the expected value
 * @param observed the last value reported, if any
 */
public record IndicatorFact(
    Stamp defined,
    IndicatorId id,
    ActionId action,
    String name,
    String unit,
    BigDecimal expected,
    Optional<Observation> observed) {
  /**
   * An observed value, as reported.
   *
   * @param stamp when, and by whom, it was reported
   * @param value the value
   */
  public record Observation(Stamp stamp, BigDecimal value) {
    /**
     * Validates the observation.
     *
     * @param stamp when, and by whom, it was reported
     * @param value the value
     */
    public Observation {
      checkNotNull(stamp, "stamp must not be null");
      checkNotNull(value, "value must not be null");
    }
  }

  /**
   * Validates the fact.
   *
   * @param defined when, and by whom, it was defined
   * @param id its identity
   * @param action the action
   * @param name what it measures
   * @param unit its unit
   * @param expected the expected value
   * @param observed the last value reported, if any
   */
  public IndicatorFact {
    checkNotNull(defined, "defined must not be null");
    checkNotNull(id, "id must not be null");
    checkNotNull(action, "action must not be null");
    checkNotNull(name, "name must not be null");
    checkNotNull(unit, "unit must not be null");
    checkNotNull(expected, "expected must not be null");
    checkNotNull(observed, "observed must not be null");
  }

  /**
   * Whether the observed value reached the expected one.
   *
   * @return true when a value was reported and it is at least the expected one
   */
  public boolean met() {
    return observed.map(o -> o.value().compareTo(expected) >= 0).orElse(false);
  }
}
