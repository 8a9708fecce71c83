package org.concertation.core.simulation;

import java.util.Collection;

/**
 * An actor's satisfaction with a set of adopted proposals: where the set's utility falls between
 * the worst and the best sets it could have been, from 0 to 1. Utilities add up over proposals, so
 * the worst set adopts exactly the proposals of negative utility to the actor and the best those of
 * positive utility. An actor indifferent to every proposal is fully satisfied.
 */
final class Satisfaction {
  private Satisfaction() {}

  static double[] of(
      Territory territory, Collection<ProposalModel> standing, Collection<ProposalModel> adopted) {
    int n = territory.actors().size();
    double[] satisfaction = new double[n];
    for (int i = 0; i < n; i++) {
      double low = 0;
      double high = 0;
      for (ProposalModel model : standing) {
        double u = model.utility(i);
        if (u < 0) {
          low += u;
        } else {
          high += u;
        }
      }
      double got = 0;
      for (ProposalModel model : adopted) {
        got += model.utility(i);
      }
      satisfaction[i] = scale(got, low, high);
    }
    return satisfaction;
  }

  static double scale(double got, double low, double high) {
    return high - low <= 0 ? 1.0 : Math.max(0.0, Math.min(1.0, (got - low) / (high - low)));
  }
}
