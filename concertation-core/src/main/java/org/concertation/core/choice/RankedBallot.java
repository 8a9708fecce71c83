package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A ranked ballot cast by {@code count} voters: a weak order of candidates, from the most preferred
 * tier to the least. Candidates in the same tier are tied; candidates missing from the ballot are
 * tied below every listed one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many voters cast this ballot, at least 1
 * @param tiers the tiers, most preferred first; each non-empty, no candidate twice
 */
public record RankedBallot(long count, ImmutableList<ImmutableSet<String>> tiers) {
  /**
   * Validates the ballot.
   *
   * @param count how many voters cast this ballot, at least 1
   * @param tiers the tiers, most preferred first; each non-empty, no candidate twice
   */
  public RankedBallot {
    checkArgument(count >= 1, "Invalid ballot count '%s': must be at least 1", count);
    checkNotNull(tiers, "tiers must not be null");
    ImmutableList.Builder<ImmutableSet<String>> copy = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (Collection<String> tier : tiers) {
      ImmutableSet<String> tierCopy =
          ImmutableSet.copyOf(checkNotNull(tier, "tier must not be null"));
      checkArgument(!tierCopy.isEmpty(), "Invalid ballot %s: a tier is empty", tiers);
      for (String candidate : tierCopy) {
        checkArgument(
            seen.add(candidate), "Invalid ballot %s: '%s' appears twice", tiers, candidate);
      }
      copy.add(tierCopy);
    }
    tiers = copy.build();
  }

  /**
   * A ballot with ties.
   *
   * @param count how many voters cast it
   * @param tiers the tiers, most preferred first
   * @return the ballot
   */
  public static RankedBallot of(long count, List<? extends Collection<String>> tiers) {
    checkNotNull(tiers, "tiers must not be null");
    return new RankedBallot(
        count, tiers.stream().map(ImmutableSet::copyOf).collect(ImmutableList.toImmutableList()));
  }

  /**
   * A strict ballot: one candidate per tier.
   *
   * @param count how many voters cast it
   * @param order the candidates, most preferred first
   * @return the ballot
   */
  public static RankedBallot strict(long count, String... order) {
    checkNotNull(order, "order must not be null");
    return new RankedBallot(
        count, Arrays.stream(order).map(ImmutableSet::of).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The ballot in the plain format, {@code "3: A > B = C"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(count).append(": ");
    for (int i = 0; i < tiers.size(); i++) {
      if (i > 0) {
        text.append(" > ");
      }
      text.append(String.join(" = ", tiers.get(i)));
    }
    return text.toString();
  }
}
