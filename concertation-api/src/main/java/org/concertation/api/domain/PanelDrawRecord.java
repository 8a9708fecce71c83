package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

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
 */
public record PanelDrawRecord(
    String algorithm,
    long seed,
    String poolDigest,
    ImmutableList<String> quotas,
    String distributionDigest,
    ImmutableList<String> panel) {
  /**
   * Validates the record.
   *
   * @param algorithm how the chances were shared
   * @param seed the seed of the draw
   * @param poolDigest the pool's digest
   * @param quotas the quotas, one line each
   * @param distributionDigest the distribution's digest
   * @param panel the ids drawn, at least one
   */
  public PanelDrawRecord {
    Checks.text("panel draw algorithm", algorithm);
    Checks.text("panel draw pool digest", poolDigest);
    quotas = ImmutableList.copyOf(checkNotNull(quotas, "quotas must not be null"));
    Checks.text("panel draw distribution digest", distributionDigest);
    panel = ImmutableList.copyOf(checkNotNull(panel, "panel must not be null"));
    checkArgument(!panel.isEmpty(), "Invalid panel draw: no member drawn");
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
