package org.concertation.examples.demo;

import java.util.Locale;

/**
 * The processes the demo tells on the same town: the flagship concertation (both logics and their
 * comparison) and a participatory budget.
 */
public enum DemoProcess {
  /** The flagship: a concertation run under the project logic and under the mission logic. */
  CONCERTATION,
  /** A participatory budget: proposals with a cost, feasibility, approval ballots, Equal Shares. */
  BUDGET;

  /**
   * The process's name in lower case, as the command line spells it: {@code concertation} or {@code
   * budget}.
   *
   * @return the name
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The process of this name, ignoring case and surrounding spaces.
   *
   * @param name {@code concertation} or {@code budget}
   * @return the process
   * @throws IllegalArgumentException if the name is neither
   */
  public static DemoProcess parse(String name) {
    for (DemoProcess process : values()) {
      if (process.label().equalsIgnoreCase(name.strip())) {
        return process;
      }
    }
    throw new IllegalArgumentException(
        "Invalid process '" + name + "': expected 'concertation' or 'budget'");
  }
}
