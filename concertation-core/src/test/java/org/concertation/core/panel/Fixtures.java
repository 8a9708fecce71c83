package org.concertation.core.panel;

import com.google.common.collect.ImmutableList;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small hand-made pools and quotas, and brute-force answers to compare with. */
final class Fixtures {
  private Fixtures() {}

  /** A pool with ids 1, 2, ... and one row of space-separated features per volunteer. */
  static Pool pool(List<String> categories, String... rows) {
    List<String> ids = new ArrayList<>();
    List<List<String>> features = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      ids.add(Integer.toString(i + 1));
      features.add(Arrays.asList(rows[i].split(" ")));
    }
    return Pool.of(ids, categories, features, List.of());
  }

  /** Quotas, one per {@code "category feature min max"}. */
  static ImmutableList<Quota> quotas(String... lines) {
    ImmutableList.Builder<Quota> quotas = ImmutableList.builder();
    for (String line : lines) {
      String[] parts = line.split(" ");
      quotas.add(
          new Quota(parts[0], parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
    }
    return quotas.build();
  }

  /** Every panel of the size that meets the quotas, by brute force, as ids. */
  static List<List<String>> allPanels(Pool pool, List<Quota> quotas, int size) {
    List<List<String>> panels = new ArrayList<>();
    subsets(pool, quotas, size, 0, new ArrayList<>(), panels);
    return panels;
  }

  private static void subsets(
      Pool pool,
      List<Quota> quotas,
      int size,
      int from,
      List<String> chosen,
      List<List<String>> panels) {
    if (chosen.size() == size) {
      if (Panels.violations(pool, quotas, chosen).isEmpty()) {
        panels.add(List.copyOf(chosen));
      }
      return;
    }
    for (int i = from; i <= pool.size() - (size - chosen.size()); i++) {
      chosen.add(pool.ids().get(i));
      subsets(pool, quotas, size, i + 1, chosen, panels);
      chosen.remove(chosen.size() - 1);
    }
  }

  /** The best lowest chance over all panels, by one linear program over every panel. */
  static double bruteForceMaximin(Pool pool, List<List<String>> panels) {
    MPSolver lp = Solvers.create("GLOP");
    try {
      MPVariable z = lp.makeNumVar(0, 1, "z");
      MPConstraint total = lp.makeConstraint(1, 1, "total");
      MPConstraint[] chance = new MPConstraint[pool.size()];
      for (int i = 0; i < pool.size(); i++) {
        chance[i] = lp.makeConstraint(0, MPSolver.infinity(), "c" + i);
        chance[i].setCoefficient(z, -1);
      }
      for (int p = 0; p < panels.size(); p++) {
        MPVariable x = lp.makeNumVar(0, 1, "p" + p);
        total.setCoefficient(x, 1);
        for (String id : panels.get(p)) {
          chance[pool.indexOf(id).orElseThrow()].setCoefficient(x, 1);
        }
      }
      lp.objective().setCoefficient(z, 1);
      lp.objective().setMaximization();
      if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
        throw new AssertionError("the brute-force program failed");
      }
      return z.solutionValue();
    } finally {
      lp.delete();
    }
  }
}
