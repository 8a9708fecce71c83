package org.concertation.core.simulation;

/**
 * How a simulated actor's acceptance threshold moves over the rounds of a negotiation.
 * Time-dependent tactics as in the negotiation literature (Faratin, Sierra and Jennings): at
 * relative time {@code t} from 0 (first round) to 1 (last round) the threshold falls from the
 * actor's aspiration to its reservation value by the fraction {@code t^(1/e)}.
 */
public enum Strategy {
  /** Sincere: the threshold stays at the reservation value in every round. */
  SINCERE(Double.NaN),
  /** Boulware: holds on to its aspiration and concedes only at the last round ({@code e = 0.2}). */
  BOULWARE(0.2),
  /** Linear concession ({@code e = 1}). */
  LINEAR(1.0),
  /** Conceder: concedes early ({@code e = 5}). */
  CONCEDER(5.0);

  private final double exponent;

  Strategy(double exponent) {
    this.exponent = exponent;
  }

  /**
   * The share of the way from aspiration down to reservation conceded at relative time {@code t}.
   *
   * @param t relative time, from 0 to 1
   * @return the concession, from 0 to 1; always 1 for {@link #SINCERE}
   */
  double concession(double t) {
    if (this == SINCERE) {
      return 1.0;
    }
    return Math.pow(Math.max(0.0, Math.min(1.0, t)), 1.0 / exponent);
  }
}
