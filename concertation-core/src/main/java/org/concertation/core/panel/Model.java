package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A panel problem: the pool, the quotas and the panel's size, with the volunteers grouped into
 * types of interchangeable volunteers (the same features and no housemate in the pool), so that
 * programs count members per type instead of choosing each volunteer. Volunteers who share a
 * household are types of their own.
 */
final class Model {
  private static final Logger LOG = LoggerFactory.getLogger(Model.class);

  final Pool pool;
  final ImmutableList<Quota> quotas;
  final int size;

  /** For each volunteer and category, the index of the volunteer's quota. */
  final int[][] quotaOf;

  /** For each type, its volunteers, in the pool's order. */
  final int[][] members;

  /** For each type, its quotas (one per category). */
  final int[][] typeQuotas;

  /** For each volunteer, its type. */
  final int[] typeOf;

  /** Groups of types that share a household (each type there has one volunteer). */
  final List<int[]> households;

  Model(Pool pool, List<Quota> quotas, int size, boolean byVolunteer) {
    this.pool = checkNotNull(pool, "pool must not be null");
    this.quotas = ImmutableList.copyOf(checkNotNull(quotas, "quotas must not be null"));
    checkArgument(size >= 1, "Invalid panel size '%s': must be at least 1", size);
    this.size = size;
    Map<String, Set<String>> known = Pool.known(this.quotas);
    checkArgument(
        known.keySet().equals(Set.copyOf(pool.categories())),
        "Invalid quotas: their categories %s are not the pool's %s",
        known.keySet(),
        pool.categories());
    Map<String, Integer> quotaIndex = new HashMap<>();
    for (int q = 0; q < this.quotas.size(); q++) {
      Quota quota = this.quotas.get(q);
      checkArgument(
          quotaIndex.put(quota.category() + "\t" + quota.feature(), q) == null,
          "Invalid quotas: %s/%s appears twice",
          quota.category(),
          quota.feature());
    }
    int n = pool.size();
    int categories = pool.categories().size();
    quotaOf = new int[n][categories];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < categories; c++) {
        String category = pool.categories().get(c);
        String feature = pool.features(i).get(c);
        Integer q = quotaIndex.get(category + "\t" + feature);
        checkArgument(
            q != null,
            "Invalid pool: volunteer '%s' has the feature %s/%s, which no quota names",
            pool.ids().get(i),
            category,
            feature);
        quotaOf[i][c] = q;
      }
    }
    Map<String, List<Integer>> byHousehold = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Optional<String> household = pool.household(i);
      if (household.isPresent() && !household.get().isEmpty()) {
        byHousehold.computeIfAbsent(household.get(), h -> new ArrayList<>()).add(i);
      }
    }
    boolean[] shared = new boolean[n];
    for (List<Integer> group : byHousehold.values()) {
      if (group.size() > 1) {
        group.forEach(i -> shared[i] = true);
      }
    }
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String key = byVolunteer || shared[i] ? "#" + i : Arrays.toString(quotaOf[i]);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    members = new int[byKey.size()][];
    typeQuotas = new int[byKey.size()][];
    typeOf = new int[n];
    int t = 0;
    for (List<Integer> group : byKey.values()) {
      members[t] = group.stream().mapToInt(Integer::intValue).toArray();
      typeQuotas[t] = quotaOf[members[t][0]];
      for (int i : members[t]) {
        typeOf[i] = t;
      }
      t++;
    }
    households = new ArrayList<>();
    for (List<Integer> group : byHousehold.values()) {
      if (group.size() > 1) {
        households.add(group.stream().mapToInt(i -> typeOf[i]).toArray());
      }
    }
  }

  int types() {
    return members.length;
  }

  /** An integer program over the panels; quotas not in {@code active} are left out. */
  Program program(boolean[] active) {
    return new Program(active);
  }

  /** An integer program over the panels that meet every quota. */
  Program program() {
    boolean[] all = new boolean[quotas.size()];
    Arrays.fill(all, true);
    return new Program(all);
  }

  /**
   * Whether some panel meets the active quotas.
   *
   * @param active which quotas count
   */
  boolean feasible(boolean[] active) {
    Program program = program(active);
    try {
      return program.best(new double[types()]).isPresent();
    } finally {
      program.close();
    }
  }

  /**
   * Up to this many quotas, a conflict smaller than the deletion filter's is searched for among all
   * the smaller sets of quotas; beyond, the filter's set is kept (the sets grow too many).
   */
  static final int EXACT_SEARCH_QUOTAS = 20;

  /**
   * The most integer programs that the search for a smaller conflict solves; when it runs out, the
   * deletion filter's set is kept.
   */
  static final int EXACT_SEARCH_PROGRAMS = 2_000;

  /**
   * Throws if no panel meets the quotas, naming an irreducible set of quotas that conflict: the
   * smallest such set when there are at most {@value #EXACT_SEARCH_QUOTAS} quotas and it is found
   * within {@value #EXACT_SEARCH_PROGRAMS} programs, else the one a deletion filter finds.
   */
  void checkFeasible() {
    boolean[] active = new boolean[quotas.size()];
    Arrays.fill(active, true);
    if (feasible(active)) {
      return;
    }
    Arrays.fill(active, false);
    if (!feasible(active)) {
      throw new InfeasibleQuotasException(size, ImmutableList.of());
    }
    boolean[] filtered = deletionFilter();
    boolean[] conflicting = smallerConflict(filtered).orElse(filtered);
    ImmutableList.Builder<Quota> conflict = ImmutableList.builder();
    for (int q = 0; q < quotas.size(); q++) {
      if (conflicting[q]) {
        conflict.add(quotas.get(q));
      }
    }
    throw new InfeasibleQuotasException(size, conflict.build());
  }

  /**
   * The deletion filter, for quotas that no panel meets: each quota in turn is dropped, and kept
   * out when the rest still conflict; what remains is an irreducible conflict.
   *
   * @return which quotas remain
   */
  boolean[] deletionFilter() {
    boolean[] active = new boolean[quotas.size()];
    Arrays.fill(active, true);
    for (int q = 0; q < quotas.size(); q++) {
      active[q] = false;
      if (feasible(active)) {
        active[q] = true; // needed for the conflict
      }
    }
    return active;
  }

  /**
   * A conflict smaller than the one given, the smallest there is: the sets of quotas are tried by
   * growing size, so the first that no panel meets is a smallest conflict (and irreducible, every
   * smaller set having been met).
   *
   * @param found the conflict the deletion filter found
   * @return a smaller conflict, or empty when there is none, there are too many quotas or the
   *     search ran out of programs
   */
  private Optional<boolean[]> smallerConflict(boolean[] found) {
    int foundSize = 0;
    for (boolean a : found) {
      foundSize += a ? 1 : 0;
    }
    int n = quotas.size();
    if (n > EXACT_SEARCH_QUOTAS) {
      return Optional.empty();
    }
    int programs = 0;
    for (int k = 1; k < foundSize; k++) {
      int[] chosen = new int[k];
      for (int i = 0; i < k; i++) {
        chosen[i] = i;
      }
      while (true) {
        if (++programs > EXACT_SEARCH_PROGRAMS) {
          LOG.debug("no smaller conflict than {} quotas within {} programs", foundSize, programs);
          return Optional.empty();
        }
        boolean[] active = new boolean[n];
        for (int q : chosen) {
          active[q] = true;
        }
        if (!feasible(active)) {
          return Optional.of(active);
        }
        if (!nextCombination(chosen, n)) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /** Moves to the next set of {@code chosen.length} indices below n, in lexicographic order. */
  private static boolean nextCombination(int[] chosen, int n) {
    int k = chosen.length;
    int i = k - 1;
    while (i >= 0 && chosen[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    chosen[i]++;
    for (int j = i + 1; j < k; j++) {
      chosen[j] = chosen[j - 1] + 1;
    }
    return true;
  }

  /** The panels as counts per type, with an objective that can be changed between solves. */
  final class Program {
    private final MPSolver solver;
    private final MPVariable[] counts;
    private double scale = 1;

    private Program(boolean[] active) {
      solver = Solvers.create("SCIP");
      counts = new MPVariable[types()];
      MPConstraint total = solver.makeConstraint(size, size, "size");
      for (int t = 0; t < counts.length; t++) {
        counts[t] = solver.makeIntVar(0, members[t].length, "n" + t);
        total.setCoefficient(counts[t], 1);
      }
      for (int q = 0; q < quotas.size(); q++) {
        if (!active[q]) {
          continue;
        }
        MPConstraint quota =
            solver.makeConstraint(quotas.get(q).min(), quotas.get(q).max(), "q" + q);
        for (int t = 0; t < counts.length; t++) {
          for (int feature : typeQuotas[t]) {
            if (feature == q) {
              quota.setCoefficient(counts[t], 1);
            }
          }
        }
      }
      for (int h = 0; h < households.size(); h++) {
        MPConstraint household = solver.makeConstraint(0, 1, "h" + h);
        for (int t : households.get(h)) {
          household.setCoefficient(counts[t], 1);
        }
      }
    }

    /**
     * A panel of largest weight, as counts per type, or empty if no panel meets the quotas.
     *
     * @param weights the weight of one member of each type
     */
    Optional<int[]> best(double[] weights) {
      MPObjective objective = solver.objective();
      double largest = 0;
      for (double weight : weights) {
        largest = Math.max(largest, Math.abs(weight));
      }
      // the solver's tolerances are absolute: weights scaled to at most 1 keep them relative
      scale = largest > 0 ? 1 / largest : 1;
      for (int t = 0; t < counts.length; t++) {
        objective.setCoefficient(counts[t], weights[t] * scale);
      }
      objective.setMaximization();
      MPSolver.ResultStatus status = solver.solve(Solvers.exact());
      if (status == MPSolver.ResultStatus.INFEASIBLE) {
        return Optional.empty();
      }
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        throw new IllegalStateException("The panel program ended with status " + status);
      }
      int[] result = new int[counts.length];
      for (int t = 0; t < counts.length; t++) {
        result[t] = (int) Math.round(counts[t].solutionValue());
      }
      return Optional.of(result);
    }

    /** An upper bound on the weight of any panel, proved by the solver at its last solve. */
    double bound() {
      return solver.objective().bestBound() / scale;
    }

    void close() {
      solver.delete();
    }
  }
}
