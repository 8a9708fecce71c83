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

/**
 * A participatory budgeting election on approval ballots: a budget, the projects and, for each
 * voter, the set of projects it approves. Identical ballots are stored once with their count.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetElection {
  private final long budget;
  private final ImmutableList<Project> projects;
  private final ImmutableMap<String, Integer> index;

  /** Distinct ballots: the project indexes each approves, ascending. */
  final int[][] ballots;

  /** How many voters cast each distinct ballot. */
  final long[] counts;

  /** Per project, the distinct ballots approving it. */
  final int[][] supporters;

  /** Per project, the number of voters approving it. */
  final long[] approvals;

  private final long voters;

  private BudgetElection(
      long budget, ImmutableList<Project> projects, int[][] ballots, long[] counts) {
    this.budget = budget;
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
    long total = 0;
    for (int b = 0; b < ballots.length; b++) {
      total = Math.addExact(total, counts[b]);
      for (int p : ballots[b]) {
        sizes[p]++;
        approvals[p] += counts[b];
      }
    }
    this.voters = total;
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
      return new BudgetElection(
          budget,
          projects,
          ballots.toArray(new int[0][]),
          counts.stream().mapToLong(Long::longValue).toArray());
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
   * The number of voters.
   *
   * @return the number of voters
   */
  public long voters() {
    return voters;
  }

  /**
   * The number of voters approving a project.
   *
   * @param projectId the project's id
   * @return the approvals
   */
  public long approvals(String projectId) {
    Integer i = index.get(checkNotNull(projectId, "projectId must not be null"));
    checkArgument(i != null, "Unknown project '%s'", projectId);
    return approvals[i];
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
      map.put(set.build(), counts[b]);
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
