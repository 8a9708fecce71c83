package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concertation.core.exact.Q;
import org.jspecify.annotations.Nullable;

/**
 * A participatory budgeting election on approval ballots: a budget, the projects and, for each
 * voter, the set of projects it approves. Identical ballots are stored once with their count.
 *
 * <p>Voters may be weighted ({@link Builder#add(Collection, Q)}), each by a positive rational. A
 * voter's weight is its share in the rules: its approval counts for its weight in greedy's votes,
 * its share of the budget in equal shares is proportional to it ({@code budget * w / W} for total
 * weight {@code W}), and it earns money at a rate proportional to it in Phragmén. The rules count
 * whole multiples of the {@linkplain #weightUnit() weight unit}, the greatest common divisor of the
 * ballots' weights; every rule is unchanged when all weights are multiplied by a constant, so an
 * election whose voters all weigh the same counts as the unweighted one. A minimum number of
 * approvals ({@link BudgetRule#withMinApprovals}) counts voters, whatever their weights, as the
 * eligibility thresholds of participatory budgets count votes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetElection {
  private final long budget;
  private final ImmutableList<Project> projects;
  private final ImmutableMap<String, Integer> index;

  /** Distinct ballots: the project indexes each approves, ascending. */
  final int[][] ballots;

  /**
   * The weight of each distinct ballot's voters in units of {@link #unit}: how many voters cast it,
   * for an unweighted election.
   */
  final long[] counts;

  /** How many voters cast each distinct ballot: {@link #counts} for an unweighted election. */
  final long[] voterCounts;

  /** Per project, the distinct ballots approving it. */
  final int[][] supporters;

  /** Per project, the weight of the voters approving it, in units of {@link #unit}. */
  final long[] approvals;

  /** Per project, the number of voters approving it: {@link #approvals} when unweighted. */
  final long[] voterApprovals;

  /** The total weight in units of {@link #unit}: the number of voters, when unweighted. */
  final long units;

  /** The weight of one unit; one for an unweighted election. */
  private final Q unit;

  private final boolean weighted;

  /**
   * Per project, its place when the ids are sorted by code points (the order of Python's strings,
   * which pabutools' ties follow); UTF-16 order differs for ids beyond U+FFFF.
   */
  final int[] rank;

  private final long voters;

  private BudgetElection(
      long budget,
      ImmutableList<Project> projects,
      int[][] ballots,
      long[] voterCounts,
      long[] counts,
      Q unit,
      boolean weighted) {
    this.budget = budget;
    this.voterCounts = voterCounts;
    this.unit = unit;
    this.weighted = weighted;
    this.projects = projects;
    ImmutableMap.Builder<String, Integer> builder = ImmutableMap.builder();
    for (int i = 0; i < projects.size(); i++) {
      builder.put(projects.get(i).id(), i);
    }
    this.index = builder.buildOrThrow();
    this.ballots = ballots;
    this.counts = counts;
    int m = projects.size();
    int[] sizes = new int[m];
    approvals = new long[m];
    voterApprovals = weighted ? new long[m] : approvals;
    long total = 0;
    long people = 0;
    for (int b = 0; b < ballots.length; b++) {
      total = Math.addExact(total, counts[b]);
      people = Math.addExact(people, voterCounts[b]);
      for (int p : ballots[b]) {
        sizes[p]++;
        approvals[p] += counts[b];
        if (weighted) {
          voterApprovals[p] += voterCounts[b];
        }
      }
    }
    this.units = total;
    this.voters = people;
    supporters = new int[m][];
    for (int p = 0; p < m; p++) {
      supporters[p] = new int[sizes[p]];
    }
    int[] fill = new int[m];
    for (int b = 0; b < ballots.length; b++) {
      for (int p : ballots[b]) {
        supporters[p][fill[p]++] = b;
      }
    }
    Integer[] order = new Integer[m];
    for (int p = 0; p < m; p++) {
      order[p] = p;
    }
    Arrays.sort(order, (a, b) -> compareIds(projects.get(a).id(), projects.get(b).id()));
    rank = new int[m];
    for (int r = 0; r < m; r++) {
      rank[order[r]] = r;
    }
  }

  /**
   * Compares two ids by their code points, as Python compares strings.
   *
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
   */
  static int compareIds(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** Compares two projects by the code points of their ids. */
  int compareIds(int p, int q) {
    return Integer.compare(rank[p], rank[q]);
  }

  /**
   * An election with one ballot per voter.
   *
   * @param budget the budget limit, at least 0
   * @param projects the projects, ids unique
   * @param ballots per voter, the ids of the projects it approves
   * @return the election
   */
  public static BudgetElection of(
      long budget, Iterable<Project> projects, Iterable<? extends Collection<String>> ballots) {
    checkNotNull(ballots, "ballots must not be null");
    Builder builder = builder(budget, projects);
    for (Collection<String> ballot : ballots) {
      builder.add(ballot, 1);
    }
    return builder.build();
  }

  /**
   * A builder that adds ballots one at a time.
   *
   * @param budget the budget limit, at least 0
   * @param projects the projects, ids unique
   * @return the builder
   */
  public static Builder builder(long budget, Iterable<Project> projects) {
    return new Builder(budget, projects);
  }

  /** Builds a {@link BudgetElection}; not thread-safe. */
  public static final class Builder {
    private final long budget;
    private final ImmutableList<Project> projects;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private Map<Key, Integer> distinct = new java.util.HashMap<>();
    private final List<int[]> ballots = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();

    /** The total weight of each distinct ballot, once some voter is weighted; else null. */
    private @Nullable List<Q> weights;

    private Builder(long budget, Iterable<Project> projects) {
      checkArgument(budget >= 0, "Invalid budget '%s': must be at least 0", budget);
      this.budget = budget;
      this.projects = ImmutableList.copyOf(checkNotNull(projects, "projects must not be null"));
      for (Project p : this.projects) {
        checkArgument(
            index.put(p.id(), index.size()) == null,
            "Invalid projects: id '%s' appears twice",
            p.id());
      }
    }

    /**
     * Adds {@code count} voters approving these projects.
     *
     * @param approved the ids of the approved projects
     * @param count how many voters cast this ballot, at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder add(Collection<String> approved, long count) {
      checkNotNull(approved, "approved must not be null");
      checkArgument(count >= 1, "Invalid ballot count '%s': must be at least 1", count);
      addIndexed(approved, count);
      return this;
    }

    /**
     * Adds one voter of this weight approving these projects. Voters with the same ballot are
     * stored once with their total weight: the rules treat them alike, each in proportion to its
     * weight.
     *
     * @param approved the ids of the approved projects
     * @param weight the voter's weight, positive
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder add(Collection<String> approved, Q weight) {
      checkNotNull(approved, "approved must not be null");
      checkNotNull(weight, "weight must not be null");
      checkArgument(weight.signum() > 0, "Invalid weight '%s': must be positive", weight);
      if (weights == null) {
        List<Q> initial = new ArrayList<>(counts.size() + 1);
        for (long c : counts) {
          initial.add(Q.of(c));
        }
        weights = initial;
      }
      List<Q> w = weights;
      int at = addIndexed(approved, 1);
      // addIndexed counted the voter with weight one.
      w.set(at, w.get(at).minus(Q.ONE).plus(weight));
      return this;
    }

    /** Adds a ballot and returns the index of its distinct ballot. */
    @CanIgnoreReturnValue
    int addIndexed(Collection<String> approved, long count) {
      int[] ids = new int[approved.size()];
      int k = 0;
      for (String id : approved) {
        Integer i = index.get(id);
        checkArgument(i != null, "Invalid ballot %s: unknown project '%s'", approved, id);
        ids[k++] = i;
      }
      Arrays.sort(ids);
      int distinctIds = 0;
      for (int i = 0; i < ids.length; i++) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          ids[distinctIds++] = ids[i];
        }
      }
      return addSorted(Arrays.copyOf(ids, distinctIds), count);
    }

    /**
     * Adds a ballot given as project indexes, ascending and distinct (the array is kept), and
     * returns the index of its distinct ballot.
     */
    @CanIgnoreReturnValue
    int addSorted(int[] ids, long count) {
      Key key = new Key(ids);
      Integer at = distinct.get(key);
      if (at == null) {
        at = ballots.size();
        distinct.put(key, at);
        ballots.add(ids);
        counts.add(count);
        if (weights != null) {
          weights.add(Q.of(count));
        }
      } else {
        addCount(at, count);
      }
      return at;
    }

    /** Sizes the table of distinct ballots for up to {@code ballots} more, before any is added. */
    void expectBallots(int ballots) {
      if (distinct.isEmpty()) {
        distinct = new java.util.HashMap<>((int) Math.min(1 << 30, ballots / 0.75 + 1));
      }
    }

    /** Adds voters to a distinct ballot already added. */
    void addCount(int at, long count) {
      counts.set(at, Math.addExact(counts.get(at), count));
      if (weights != null) {
        weights.set(at, weights.get(at).plus(Q.of(count)));
      }
    }

    /** A sorted array of project indexes as a map key. */
    private record Key(int[] ids) {
      @Override
      public boolean equals(Object other) {
        return other instanceof Key k && Arrays.equals(ids, k.ids);
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(ids);
      }

      @Override
      public String toString() {
        return Arrays.toString(ids);
      }
    }

    /**
     * The election.
     *
     * @return the election
     */
    public BudgetElection build() {
      long[] voterCounts = counts.stream().mapToLong(Long::longValue).toArray();
      List<Q> w = weights;
      if (w == null) {
        return new BudgetElection(
            budget,
            projects,
            ballots.toArray(new int[0][]),
            voterCounts,
            voterCounts,
            Q.ONE,
            false);
      }
      Q unit = null;
      for (Q weight : w) {
        unit = unit == null ? weight : Q.gcd(unit, weight);
      }
      unit = unit == null ? Q.ONE : unit;
      long maxCost = 1;
      for (Project p : projects) {
        maxCost = Math.max(maxCost, p.cost());
      }
      // Greedy compares votes per unit of cost by cross products of weights and costs.
      long limit = Long.MAX_VALUE / maxCost;
      long[] units = new long[voterCounts.length];
      long total = 0;
      try {
        for (int b = 0; b < units.length; b++) {
          units[b] = w.get(b).dividedBy(unit).longValueExact();
          total = Math.addExact(total, units[b]);
        }
      } catch (ArithmeticException e) {
        total = Long.MAX_VALUE;
      }
      checkArgument(
          total <= limit,
          "Invalid weights: counted in their common unit %s, the total weight exceeds %s units",
          unit,
          limit);
      return new BudgetElection(
          budget, projects, ballots.toArray(new int[0][]), voterCounts, units, unit, true);
    }
  }

  /**
   * The budget limit.
   *
   * @return the budget
   */
  public long budget() {
    return budget;
  }

  /**
   * The projects, in input order.
   *
   * @return the projects
   */
  public ImmutableList<Project> projects() {
    return projects;
  }

  /**
   * The number of voters, whatever their weights.
   *
   * @return the number of voters
   */
  public long voters() {
    return voters;
  }

  /**
   * Whether some voter was given a weight.
   *
   * @return true when a ballot was added with {@link Builder#add(Collection, Q)}
   */
  public boolean isWeighted() {
    return weighted;
  }

  /**
   * The total weight of the voters: their number when unweighted.
   *
   * @return the total weight
   */
  public Q totalWeight() {
    return unit.times(units);
  }

  /**
   * The weight the rules count in whole multiples of: the greatest common divisor of the distinct
   * ballots' weights, one for an unweighted election.
   *
   * @return the unit, positive
   */
  public Q weightUnit() {
    return unit;
  }

  /**
   * The number of voters approving a project, whatever their weights.
   *
   * @param projectId the project's id
   * @return the approvals
   */
  public long approvals(String projectId) {
    return voterApprovals[indexOf(projectId)];
  }

  /**
   * The total weight of the voters approving a project: {@link #approvals} when unweighted.
   *
   * @param projectId the project's id
   * @return the weight of its approvals
   */
  public Q approvalWeight(String projectId) {
    return unit.times(approvals[indexOf(projectId)]);
  }

  private int indexOf(String projectId) {
    Integer i = index.get(checkNotNull(projectId, "projectId must not be null"));
    checkArgument(i != null, "Unknown project '%s'", projectId);
    return i;
  }

  /**
   * The distinct ballots with the total weight of the voters that cast each: their number when
   * unweighted.
   *
   * @return each distinct set of approved project ids, with its weight
   */
  public ImmutableMap<ImmutableSet<String>, Q> ballotWeights() {
    ImmutableMap.Builder<ImmutableSet<String>, Q> map = ImmutableMap.builder();
    for (int b = 0; b < ballots.length; b++) {
      map.put(idSet(b), unit.times(counts[b]));
    }
    return map.buildOrThrow();
  }

  private ImmutableSet<String> idSet(int b) {
    ImmutableSet.Builder<String> set = ImmutableSet.builder();
    for (int p : ballots[b]) {
      set.add(projects.get(p).id());
    }
    return set.build();
  }

  /** An amount counted in units, as a number in weight: the long itself when unweighted. */
  Number amount(long inUnits) {
    return weighted ? unit.times(inUnits).toNumber() : (Number) inUnits;
  }

  /**
   * The distinct ballots with the number of voters that cast each.
   *
   * @return each distinct set of approved project ids, with its count
   */
  public ImmutableMap<ImmutableSet<String>, Long> ballots() {
    ImmutableMap.Builder<ImmutableSet<String>, Long> map = ImmutableMap.builder();
    for (int b = 0; b < ballots.length; b++) {
      ImmutableSet.Builder<String> set = ImmutableSet.builder();
      for (int p : ballots[b]) {
        set.add(projects.get(p).id());
      }
      map.put(set.build(), voterCounts[b]);
    }
    return map.buildOrThrow();
  }

  int size() {
    return projects.size();
  }

  long cost(int p) {
    return projects.get(p).cost();
  }

  String id(int p) {
    return projects.get(p).id();
  }

  @Override
  public String toString() {
    return "BudgetElection[budget "
        + budget
        + ", "
        + projects.size()
        + " projects, "
        + voters
        + " voters]";
  }
}
