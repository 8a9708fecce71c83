package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How a college's members were drawn by lot from volunteers under quotas: enough to redo the draw
 * for anyone holding the pool and the distribution over panels drawn from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param algorithm how the chances were shared: {@code legacy}, {@code maximin}, {@code leximin} or
 *     {@code nash}
 * @param seed the seed of the draw
 * @param poolDigest the SHA-256 digest of the pool of volunteers
 * @param quotas the quotas, one {@code category,feature,min,max} line each
 * @param distributionDigest the SHA-256 digest of the distribution over panels drawn from
 * @param panel the ids drawn, in the pool's terms; the panel's size is their number, at least 1
 * @param minimumProbability the least chance of being drawn that the distribution gave a volunteer
 *     of the pool, from 0 to 1 (rounded to {@value #PROBABILITY_DIGITS} decimals); empty in records
 *     written before it was kept
 */
public record PanelDrawRecord(
    String algorithm,
    long seed,
    String poolDigest,
    ImmutableList<String> quotas,
    String distributionDigest,
    ImmutableList<String> panel,
    Optional<BigDecimal> minimumProbability) {
  /** How many decimals a recorded probability keeps. */
  public static final int PROBABILITY_DIGITS = 6;

  /**
   * Validates the record.
   *
   * @param algorithm how the chances were shared
   * @param seed the seed of the draw
   * @param poolDigest the pool's digest
   * @param quotas the quotas, one line each
   * @param distributionDigest the distribution's digest
   * @param panel the ids drawn, at least one
   * @param minimumProbability the least chance a volunteer had, from 0 to 1, if known
   */
  public PanelDrawRecord {
    Checks.text("panel draw algorithm", algorithm);
    Checks.text("panel draw pool digest", poolDigest);
    quotas = ImmutableList.copyOf(checkNotNull(quotas, "quotas must not be null"));
    Checks.text("panel draw distribution digest", distributionDigest);
    panel = ImmutableList.copyOf(checkNotNull(panel, "panel must not be null"));
    checkArgument(!panel.isEmpty(), "Invalid panel draw: no member drawn");
    checkNotNull(minimumProbability, "minimumProbability must not be null");
    minimumProbability.ifPresent(
        p ->
            checkArgument(
                p.signum() >= 0 && p.compareTo(BigDecimal.ONE) <= 0,
                "Invalid panel draw: minimum probability '%s' must be from 0 to 1",
                p));
  }

  /**
   * A record that does not know the distribution's minimum probability, as records were written
   * before it was kept.
   *
   * @param algorithm how the chances were shared
   * @param seed the seed of the draw
   * @param poolDigest the pool's digest
   * @param quotas the quotas, one line each
   * @param distributionDigest the distribution's digest
   * @param panel the ids drawn, at least one
   */
  public PanelDrawRecord(
      String algorithm,
      long seed,
      String poolDigest,
      ImmutableList<String> quotas,
      String distributionDigest,
      ImmutableList<String> panel) {
    this(algorithm, seed, poolDigest, quotas, distributionDigest, panel, Optional.empty());
  }

  /**
   * A probability as a record keeps it: rounded to {@value #PROBABILITY_DIGITS} decimals, half to
   * even, without trailing zeros.
   *
   * @param probability a probability from 0 to 1
   * @return it, as recorded
   */
  public static BigDecimal probability(double probability) {
    checkArgument(
        probability >= 0 && probability <= 1,
        "Invalid probability '%s': must be from 0 to 1",
        probability);
    return BigDecimal.valueOf(probability)
        .setScale(PROBABILITY_DIGITS, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  /**
   * Returns a copy that records the distribution's minimum probability.
   *
   * @param minimum the least chance a volunteer had, from 0 to 1
   * @return the copy, or this record if nothing changes
   */
  public PanelDrawRecord withMinimumProbability(BigDecimal minimum) {
    checkNotNull(minimum, "minimum must not be null");
    return minimumProbability.equals(Optional.of(minimum))
        ? this
        : new PanelDrawRecord(
            algorithm, seed, poolDigest, quotas, distributionDigest, panel, Optional.of(minimum));
  }

  /**
   * The panel's size.
   *
   * @return the number of members drawn
   */
  public int size() {
    return panel.size();
  }
}
