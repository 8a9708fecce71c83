package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;

/**
 * Who may take a position in a round, the college of each (where it has one) and the weight of each
 * college.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param voters the actors allowed to take a position
 * @param collegeOf the college of each voter that belongs to one
 * @param weights the weight of every college named in {@code collegeOf}
 */
public record Electorate(
    ImmutableSet<ActorId> voters,
    ImmutableMap<ActorId, CollegeId> collegeOf,
    ImmutableMap<CollegeId, Integer> weights) {
  /**
   * Validates the electorate.
   *
   * @param voters the actors allowed to take a position
   * @param collegeOf the college of each voter that belongs to one
   * @param weights the weight of every college named in {@code collegeOf}
   */
  public Electorate {
    voters = ImmutableSet.copyOf(checkNotNull(voters, "voters must not be null"));
    collegeOf = ImmutableMap.copyOf(checkNotNull(collegeOf, "collegeOf must not be null"));
    weights = ImmutableMap.copyOf(checkNotNull(weights, "weights must not be null"));
    for (var entry : collegeOf.entrySet()) {
      checkArgument(
          voters.contains(entry.getKey()),
          "Invalid electorate: '%s' has a college but is not a voter",
          entry.getKey());
      checkArgument(
          weights.containsKey(entry.getValue()),
          "Invalid electorate: college '%s' of '%s' has no weight",
          entry.getValue(),
          entry.getKey());
    }
    for (var entry : weights.entrySet()) {
      checkArgument(
          entry.getValue() >= 1,
          "Invalid weight '%s' of college '%s': must be at least 1",
          entry.getValue(),
          entry.getKey());
    }
  }

  /**
   * The college of a voter.
   *
   * @param voter the voter
   * @return its college, or empty when it has none
   */
  public Optional<CollegeId> college(ActorId voter) {
    return Optional.ofNullable(collegeOf.get(voter));
  }
}
