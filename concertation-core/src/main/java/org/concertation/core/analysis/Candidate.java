package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import org.concertation.api.domain.ActorId;

/**
 * Someone who may be drawn by lot: an actor, the gender that parity balances, and other traits
 * (district, age band...) against which the draw's representativeness can be checked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor who
 * @param gender the gender, as recorded by the host (parity balances the values present)
 * @param traits other traits, by name
 */
public record Candidate(ActorId actor, String gender, ImmutableMap<String, String> traits) {
  /**
   * Validates the candidate.
   *
   * @param actor who
   * @param gender the gender, as recorded by the host (parity balances the values present)
   * @param traits other traits, by name
   */
  public Candidate {
    checkNotNull(actor, "actor must not be null");
    checkNotNull(gender, "gender must not be null");
    checkArgument(!gender.isBlank(), "Invalid gender of '%s': must not be blank", actor);
    traits = ImmutableMap.copyOf(checkNotNull(traits, "traits must not be null"));
  }

  /**
   * A candidate with no other trait.
   *
   * @param actor who
   * @param gender the gender
   * @return the candidate
   */
  public static Candidate of(String actor, String gender) {
    return new Candidate(ActorId.of(actor), gender, ImmutableMap.of());
  }
}
