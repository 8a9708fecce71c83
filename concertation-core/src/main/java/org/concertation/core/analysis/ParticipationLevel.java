package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a process stands on the IAP2 spectrum and on Arnstein's ladder, with the finding on every
 * {@link ParticipationCriterion}.
 *
 * <p>The IAP2 level is the highest whose criteria are all met ({@link
 * ParticipationCriterion#neededFor()}); {@link #placedBy()} gives the findings that put it there.
 * This class is immutable and thread-safe.
 *
 * @param iap2 the IAP2 level
 * @param arnstein the Arnstein rung
 * @param findings one finding per criterion, in the criteria's order
 */
public record ParticipationLevel(
    Iap2Level iap2, ArnsteinRung arnstein, ImmutableList<Finding> findings) {
  /**
   * Validates the level.
   *
   * @param iap2 the IAP2 level
   * @param arnstein the Arnstein rung
   * @param findings one finding per criterion, in the criteria's order
   */
  public ParticipationLevel {
    checkNotNull(iap2, "iap2 must not be null");
    checkNotNull(arnstein, "arnstein must not be null");
    findings = ImmutableList.copyOf(checkNotNull(findings, "findings must not be null"));
    Set<ParticipationCriterion> seen = EnumSet.noneOf(ParticipationCriterion.class);
    for (Finding finding : findings) {
      checkArgument(
          seen.add(finding.criterion()),
          "Invalid findings: criterion '%s' appears twice",
          finding.criterion());
    }
    checkArgument(
        seen.size() == ParticipationCriterion.values().length,
        "Invalid findings: expected one per criterion, got %s",
        seen);
  }

  /**
   * The finding on one criterion.
   *
   * @param criterion the criterion
   * @return the finding
   */
  public Finding finding(ParticipationCriterion criterion) {
    checkNotNull(criterion, "criterion must not be null");
    return findings.stream()
        .filter(f -> f.criterion() == criterion)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding for " + criterion));
  }

  /**
   * The findings that placed the process at its level: the met criteria that its level needs, then
   * the unmet criteria of the next level up, which kept it from rising.
   *
   * @return the findings
   */
  public ImmutableList<Finding> placedBy() {
    Optional<Iap2Level> next =
        iap2.ordinal() + 1 < Iap2Level.values().length
            ? Optional.of(Iap2Level.values()[iap2.ordinal() + 1])
            : Optional.empty();
    ImmutableList.Builder<Finding> placed = ImmutableList.builder();
    for (Finding finding : findings) {
      Iap2Level needed = finding.criterion().neededFor();
      if (finding.met() && needed.compareTo(iap2) <= 0) {
        placed.add(finding);
      } else if (!finding.met() && next.isPresent() && needed == next.get()) {
        placed.add(finding);
      }
    }
    return placed.build();
  }

  /**
   * Places a process from its findings.
   *
   * @param findings one finding per criterion
   * @param citizensCanTakePositions whether citizens take positions at all, even when nothing binds
   *     the owner to them (a rubber stamp when no answer is owed either)
   * @param institutionsDecideToo whether institutions take positions beside the citizens
   * @return the level
   */
  static ParticipationLevel of(
      ImmutableList<Finding> findings,
      boolean citizensCanTakePositions,
      boolean institutionsDecideToo) {
    Iap2Level level = Iap2Level.EMPOWER;
    for (Finding finding : findings) {
      if (!finding.met()) {
        Iap2Level below = Iap2Level.values()[finding.criterion().neededFor().ordinal() - 1];
        if (below.compareTo(level) < 0) {
          level = below;
        }
      }
    }
    ArnsteinRung rung =
        switch (level) {
          case INFORM ->
              citizensCanTakePositions ? ArnsteinRung.MANIPULATION : ArnsteinRung.INFORMING;
          case CONSULT -> ArnsteinRung.CONSULTATION;
          case INVOLVE -> ArnsteinRung.PLACATION;
          case COLLABORATE -> ArnsteinRung.PARTNERSHIP;
          case EMPOWER ->
              institutionsDecideToo ? ArnsteinRung.DELEGATED_POWER : ArnsteinRung.CITIZEN_CONTROL;
        };
    return new ParticipationLevel(level, rung, findings);
  }
}
