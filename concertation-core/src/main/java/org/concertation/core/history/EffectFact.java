package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.IndicatorId;

/**
 * An effect expected of a proposal or an objective: an indicator with its expected value, its
 * horizon and, once reported, its observed value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param defined when, and by whom, it was stated
 * @param id its identity
 * @param target the proposal or objective whose effect it is
 * @param name what it measures
 * @param unit its unit
 * @param expected the expected value
 * @param horizon the date by which the value is expected
 * @param observed the last value reported, if any
 */
public record EffectFact(
    Stamp defined,
    IndicatorId id,
    EffectTarget target,
    String name,
    String unit,
    BigDecimal expected,
    LocalDate horizon,
    Optional<IndicatorFact.Observation> observed) {
  /**
   * Validates the fact.
   *
   * @param defined when, and by whom, it was stated
   * @param id its identity
   * @param target the proposal or objective whose effect it is
   * @param name what it measures
   * @param unit its unit
   * @param expected the expected value
   * @param horizon the date by which the value is expected
   * @param observed the last value reported, if any
   */
  public EffectFact {
    checkNotNull(defined, "defined must not be null");
    checkNotNull(id, "id must not be null");
    checkNotNull(target, "target must not be null");
    checkNotNull(name, "name must not be null");
    checkNotNull(unit, "unit must not be null");
    checkNotNull(expected, "expected must not be null");
    checkNotNull(horizon, "horizon must not be null");
    checkNotNull(observed, "observed must not be null");
  }

  /**
   * Returns a copy with a new observation.
   *
   * @param observation the value reported
   * @return the copy
   */
  EffectFact observed(IndicatorFact.Observation observation) {
    return new EffectFact(
        defined, id, target, name, unit, expected, horizon, Optional.of(observation));
  }

  /**
   * Whether the observed value reached the expected one, as for an action's indicator.
   *
   * @return true when a value was reported and it is at least the expected one
   */
  public boolean met() {
    return observed.map(o -> o.value().compareTo(expected) >= 0).orElse(false);
  }
}
