package org.concertation.core.simulation;

/**
 * Seeds derived from seeds, so that every run of a batch has its own stream whatever the order in
 * which runs are executed.
 */
public final class Seeds {
  private Seeds() {}

  /**
   * The seed of one run of a batch: a function of the batch's seed and the run's index only.
   *
   * @param batchSeed the batch's seed
   * @param index the run's index, from 0
   * @return the run's seed
   */
  public static long ofRun(long batchSeed, long index) {
    return mix(batchSeed, index);
  }

  /** Stafford's variant 13 of the 64-bit finaliser, over the seed and a stream number. */
  static long mix(long seed, long stream) {
    long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
