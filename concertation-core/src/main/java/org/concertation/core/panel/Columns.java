package org.concertation.core.panel;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The panel compositions (members per type) known to a column generation, each once. */
final class Columns {
  final List<int[]> list = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  /** Adds a composition; false if it was known. */
  @CanIgnoreReturnValue
  boolean add(int[] column) {
    if (seen.add(Arrays.toString(column))) {
      list.add(column);
      return true;
    }
    return false;
  }

  /**
   * Adds panels until every type that can sit on some panel sits on one of them: each panel
   * maximises the members of types not yet seated; when it seats none, the others cannot sit.
   *
   * @return for each type, whether it can sit on a panel
   */
  boolean[] cover(Model model, Model.Program program) {
    int types = model.types();
    boolean[] covered = new boolean[types];
    while (true) {
      double[] weights = new double[types];
      for (int t = 0; t < types; t++) {
        weights[t] = covered[t] ? 0 : 1;
      }
      int[] column = program.best(weights).orElseThrow(Columns::infeasible);
      boolean progress = false;
      for (int t = 0; t < types; t++) {
        if (column[t] > 0 && !covered[t]) {
          covered[t] = true;
          progress = true;
        }
      }
      if (progress || list.isEmpty()) {
        add(column);
      }
      if (!progress) {
        return covered;
      }
    }
  }

  static IllegalStateException infeasible() {
    return new IllegalStateException("No panel meets the quotas, though they were checked");
  }
}
