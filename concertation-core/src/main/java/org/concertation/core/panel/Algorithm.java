package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/** How the chances of selection are shared among the volunteers. */
public enum Algorithm {
  /**
   * The greedy draw of the Sortition Foundation's tools, the baseline the paper measured: while
   * seats remain, take the feature whose unmet minimum is largest against the volunteers left with
   * it, then a volunteer with it at random; start again when a draw fails. Its chances have no
   * closed form: they are estimated from many seeded draws.
   */
  LEGACY,
  /** Maximises the lowest chance of selection (a linear program over panels). */
  MAXIMIN,
  /**
   * Maximises the lowest chance of selection, then the next lowest, and so on (the algorithm of
   * Flanigan et al., which has selected real assemblies).
   */
  LEXIMIN,
  /** Maximises the geometric mean of the chances (the product, or Nash welfare). */
  NASH;

  /**
   * The algorithm with a name, ignoring case.
   *
   * @param label {@code legacy}, {@code maximin}, {@code leximin} or {@code nash}
   * @return the algorithm
   * @throws IllegalArgumentException if no algorithm has that name
   */
  public static Algorithm fromLabel(String label) {
    checkNotNull(label, "label must not be null");
    for (Algorithm algorithm : values()) {
      if (algorithm.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException(
        "Invalid algorithm '" + label + "': expected legacy, maximin, leximin or nash");
  }

  /**
   * The algorithm's name in lower case, as the command line takes it.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
